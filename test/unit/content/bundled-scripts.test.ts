import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mentionsCounsel } from '../../../lib/content/counsel-notice';
import { entriesFor, loadScriptIndex, loadScripts, SCRIPTS_DIR } from '../../../lib/content/load-scripts';
import { parseRightsScript, type RightsScript } from '../../../lib/content/script-schema';
import { selectScript } from '../../../lib/content/select-script';
import { CATEGORY_IDS } from '../../../lib/taxonomy';

// The bundled content is what officers read aloud: these checks are the floor every file must meet.
// Vitest runs from the repository root (vitest.config.ts lives there).
const publicDir = `${resolve(process.cwd(), 'public')}/`;
const scriptsDir = `${publicDir}${SCRIPTS_DIR}/`;
const readJson = (path: string): unknown => JSON.parse(readFileSync(`${publicDir}${path}`, 'utf8'));
const files = readdirSync(scriptsDir).filter((f) => f.endsWith('.json') && f !== 'index.json').sort();

const scripts = new Map<string, RightsScript>();
for (const file of files) {
  const result = parseRightsScript(JSON.parse(readFileSync(`${scriptsDir}${file}`, 'utf8')));
  if (result.ok) scripts.set(file, result.script);
}

describe('bundled rights scripts', () => {
  it('include the required jurisdictions', () => {
    const jurisdictions = new Set([...scripts.values()].map((s) => s.jurisdiction));
    for (const j of ['US', 'US-CA', 'US-TX', 'US-FL', 'GB-ENG']) expect(jurisdictions).toContain(j);
    expect(jurisdictions.has('US-NY') || jurisdictions.has('US-IL')).toBe(true);
  });

  it.each(files)('%s parses', (file) => {
    const result = parseRightsScript(JSON.parse(readFileSync(`${scriptsDir}${file}`, 'utf8')));
    expect(result.ok, JSON.stringify(!result.ok && result.errors, null, 1)).toBe(true);
  });

  it.each(files)('%s is named after its jurisdiction and language, draft, dated and with the counsel notice', (file) => {
    const s = scripts.get(file)!;
    expect(file).toBe(`${s.jurisdiction}.${s.language}.json`);
    expect(s.reviewStatus).toEqual({ status: 'draft' });
    expect(s.lastReviewed).toBe('2026-11-22');
    expect(mentionsCounsel(s.notice)).toBe(true);
  });

  it.each(files)('%s cites a source for every section, with http(s) URLs, and no phone numbers', (file) => {
    const s = scripts.get(file)!;
    for (const source of s.sources) expect(source.url).toMatch(/^https?:\/\//);
    const used = new Set(s.sections.flatMap((sec) => sec.sourceIds));
    for (const section of s.sections) expect(section.sourceIds.length).toBeGreaterThan(0);
    // An unused source is a sign that a right was removed but its citation was not.
    expect(s.sources.filter((src) => !used.has(src.id)).map((src) => src.id)).toEqual([]);
    const text = s.sections.flatMap((sec) => [sec.title, ...sec.paragraphs]).join('\n');
    expect(text).not.toMatch(/\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b/);
    expect(text).not.toMatch(/\b1-8\d\d\b/);
  });

  it.each(files)('%s has a twin in the other language with the same sections and sources', (file) => {
    const s = scripts.get(file)!;
    const twinLanguage = s.language === 'en' ? 'es' : 'en';
    const twin = scripts.get(`${s.jurisdiction}.${twinLanguage}.json`);
    expect(twin, `missing ${s.jurisdiction}.${twinLanguage}.json`).toBeDefined();
    const shape = (x: RightsScript) =>
      x.sections.map((sec) => ({ id: sec.id, kind: sec.kind, categories: sec.categories, requiredByLaw: sec.requiredByLaw, sourceIds: sec.sourceIds }));
    expect(shape(twin!)).toEqual(shape(s));
    expect(twin!.sources).toEqual(s.sources);
    expect(twin!.version).toBe(s.version);
    for (const [i, section] of s.sections.entries()) {
      expect(twin!.sections[i]!.paragraphs.length, `${section.id} paragraph count`).toBe(section.paragraphs.length);
    }
  });

  it('index.json lists exactly the files present, with matching metadata', async () => {
    const loaded = await loadScriptIndex(async (path) => readJson(path));
    expect(loaded.ok, JSON.stringify(!loaded.ok && loaded.errors)).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.index.scripts.map((e) => e.file).sort()).toEqual(files);
    for (const entry of loaded.index.scripts) {
      const s = scripts.get(entry.file)!;
      expect({ id: entry.id, jurisdiction: entry.jurisdiction, language: entry.language, version: entry.version, lastReviewed: entry.lastReviewed, alsoCovers: entry.alsoCovers }).toEqual({
        id: s.id,
        jurisdiction: s.jurisdiction,
        language: s.language,
        version: s.version,
        lastReviewed: s.lastReviewed,
        alsoCovers: s.alsoCovers,
      });
    }
  });

  it('loads lazily: a state request fetches the state and federal files only', async () => {
    const loaded = await loadScriptIndex(async (path) => readJson(path));
    if (!loaded.ok) throw new Error('index invalid');
    const entries = entriesFor(loaded.index, 'us-tx');
    expect(entries.map((e) => e.file).sort()).toEqual(['US-TX.en.json', 'US-TX.es.json', 'US.en.json', 'US.es.json']);
    const fetched: string[] = [];
    const { scripts: loadedScripts, failures } = await loadScripts(async (path) => {
      fetched.push(path);
      return readJson(path);
    }, entries);
    expect(failures).toEqual([]);
    expect(loadedScripts).toHaveLength(4);
    expect(fetched.every((p) => p.startsWith(`${SCRIPTS_DIR}/`))).toBe(true);
    expect(entriesFor(loaded.index, 'GB-WLS').map((e) => e.file).sort()).toEqual(['GB-ENG.en.json', 'GB-ENG.es.json']);
  });

  it('reports a broken file instead of showing it', async () => {
    const { scripts: ok, failures } = await loadScripts(
      async () => ({ id: 'broken' }),
      [{ file: 'US.en.json', id: 'us-en', jurisdiction: 'US', language: 'en', version: '1.0.0', lastReviewed: '2026-11-22' }],
    );
    expect(ok).toEqual([]);
    expect(failures[0]!.file).toBe('US.en.json');
    expect(failures[0]!.errors.length).toBeGreaterThan(0);
  });

  it('every category selects without error in every bundled jurisdiction and language', () => {
    const library = [...scripts.values()];
    for (const s of library) {
      const r = selectScript(library, { jurisdiction: s.jurisdiction, categories: [...CATEGORY_IDS], language: s.language });
      expect(r.script?.id).toBe(s.id);
      const ids = r.sections.map((x) => x.section.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(r.sections.at(-1)!.section.kind).toBe('officer-action');
    }
  });

  it('California sexual assault and domestic violence get their add-ons and cards', () => {
    const library = [...scripts.values()];
    const r = selectScript(library, { jurisdiction: 'US-CA', categories: ['adult-sexual-assault', 'domestic-family-violence'], language: 'es' });
    const ids = r.sections.map((x) => x.section.id);
    expect(ids).toEqual(expect.arrayContaining(['sexual-assault-rights', 'no-polygraph', 'safe-at-home', 'domestic-violence-safety', 'give-marsy-card', 'give-dv-card', 'give-sexual-assault-card']));
    expect(ids.filter((id) => id === 'safe-at-home')).toHaveLength(1);
  });

  it('Texas includes the 56A.401 status sentence in its officer action', () => {
    const tx = scripts.get('US-TX.en.json')!;
    const notice = tx.sections.find((s) => s.id === 'give-written-notice')!;
    expect(notice.paragraphs.join(' ')).toContain(
      "You may call the law enforcement agency's telephone number for the status of the case and information about victims' rights.",
    );
  });

  it('the Victims\' Code script has its 12 rights in order', () => {
    const gb = scripts.get('GB-ENG.en.json')!;
    const rights = gb.sections.filter((s) => s.id.startsWith('right-')).map((s) => Number(s.id.split('-')[1]));
    expect(rights).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});
