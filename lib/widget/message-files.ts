import type { MessageFile } from '../i18n';

export type FetchJson = (url: string) => Promise<unknown>;

/** One request per file per page, however many widgets ask; a failure is not kept, so a later widget retries. */
const cache = new Map<string, Promise<MessageFile>>();

function isMessageFile(value: unknown): value is MessageFile {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value).every((entry) => !!entry && typeof (entry as { message?: unknown }).message === 'string');
}

/** One message file by URL, shared by every widget on the page (the panel's handout asks for them too). */
export function loadMessageFile(fetchJson: FetchJson, url: string): Promise<MessageFile> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchJson(url).then((value) => {
      if (!isMessageFile(value)) throw new Error(`${url} is not a message file`);
      return value;
    });
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

/** Built-in names of the message files by language (the widget build's content-hashed copies). */
export type MessageFileNames = Readonly<Record<string, string>>;

/** Where `lang`'s message file is under `base`: its hashed copy when the build named one. */
export function messageFileUrl(base: string, lang: string, names: MessageFileNames = {}): string {
  return new URL(names[lang] ?? `_locales/${lang}/messages.json`, base).href;
}

/**
 * The widget's message files (`_locales/<lang>/messages.json` under `base`): English always (it is
 * the fallback for any missing string) and the officer's language. A missing file for the officer's
 * language falls back to English; a missing English file is an error the widget shows.
 */
export async function loadMessageFiles(fetchJson: FetchJson, base: string, language: string, names: MessageFileNames = {}): Promise<Record<string, MessageFile>> {
  const url = (lang: string) => messageFileUrl(base, lang, names);
  const english = loadMessageFile(fetchJson, url('en'));
  const wanted = language === 'en' ? english : loadMessageFile(fetchJson, url(language)).catch(() => undefined);
  const [en, chosen] = await Promise.all([english, wanted]);
  return chosen ? { en, [language]: chosen } : { en };
}
