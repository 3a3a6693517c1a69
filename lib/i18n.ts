import type enMessages from '../public/_locales/en/messages.json';

/** Every UI string has a key in public/_locales/en/messages.json; this type keeps code honest. */
export type MessageKey = keyof typeof enMessages;

export type MessageParams = Record<string, string | number>;

/** Translate a key, filling `{name}` placeholders. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * Builds a translator over a raw message lookup (the browser's i18n in the extension, bundled
 * messages in the widget and tests). Placeholders use `{name}` rather than Chrome's `$1`
 * substitutions so the same message files work in every host without the browser's help.
 * A missing key falls back to the key itself: visible in review, never a crash.
 */
export function createTranslator(lookup: (key: MessageKey) => string | undefined): Translate {
  return (key, params) => {
    const message = lookup(key) || key;
    if (!params) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
    );
  };
}

export type MessageFile = Record<string, { message: string; description?: string }>;

/** A translator from message files, picking the best language for `locale` (es-MX -> es). */
export function translatorFromFiles(files: Record<string, MessageFile>, locale: string, fallback = 'en'): Translate {
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? fallback;
  const chosen = files[locale] ?? files[base] ?? files[fallback] ?? {};
  const backup = files[fallback] ?? {};
  return createTranslator((key) => chosen[key]?.message ?? backup[key]?.message);
}
