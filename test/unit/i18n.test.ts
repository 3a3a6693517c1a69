import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import { createTranslator, translatorFromFiles } from '../../lib/i18n';

/** Messages that may legitimately read the same in both languages. */
// Words that are the same in both languages ("No", and "PIN", which Spanish uses as is).
const SAME_IN_BOTH: string[] = ['valueNo', 'lockPin'];

describe('message files', () => {
  it('English and Spanish have exactly the same keys', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('every Spanish message is translated, non-empty and keeps the placeholders', () => {
    for (const [key, entry] of Object.entries(en)) {
      const spanish = (es as Record<string, { message: string }>)[key]!.message;
      expect(spanish.trim(), key).not.toBe('');
      if (!SAME_IN_BOTH.includes(key)) expect(spanish, `${key} is not translated`).not.toBe(entry.message);
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(spanish), key).toEqual(placeholders(entry.message));
    }
  });

  it('every English message says where it is used, for translators', () => {
    for (const [key, entry] of Object.entries(en)) expect((entry as { description?: string }).description, key).toBeTruthy();
  });

  it('names its own language, which the UI uses for lang=', () => {
    expect(en.messageLanguage.message).toBe('en');
    expect(es.messageLanguage.message).toBe('es');
  });

  it('uses no $ (Chrome would treat it as a substitution)', () => {
    for (const file of [en, es]) for (const entry of Object.values(file)) expect(entry.message).not.toContain('$');
  });
});

describe('translator', () => {
  it('fills {name} placeholders and leaves unknown ones visible', () => {
    const t = createTranslator(() => 'Reading {title} ({missing})');
    expect(t('statusReading', { title: '<b>Report</b>' })).toBe('Reading <b>Report</b> ({missing})');
  });

  it('falls back to the key when a message is missing', () => {
    expect(createTranslator(() => undefined)('panelTitle')).toBe('panelTitle');
  });

  it('picks the base language for a regional locale and English otherwise', () => {
    const files = { en, es };
    expect(translatorFromFiles(files, 'es-MX')('panelTitle')).toBe(es.panelTitle.message);
    expect(translatorFromFiles(files, 'fr')('panelTitle')).toBe(en.panelTitle.message);
  });
});
