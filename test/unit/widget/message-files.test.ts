import { describe, expect, it } from 'vitest';
import { loadMessageFiles, messageFileUrl } from '../../../lib/widget/message-files';

const file = (text: string) => ({ panelTitle: { message: text } });

/** A fake server: a map of URL -> body (or an Error to fail with), counting requests. */
function server(files: Record<string, unknown>) {
  const calls: string[] = [];
  const fetchJson = async (url: string) => {
    calls.push(url);
    const body = files[url];
    if (body === undefined) throw new Error(`${url}: 404`);
    return body;
  };
  return { calls, fetchJson, files };
}

describe('loadMessageFiles', () => {
  it('loads English and the officer’s language from the base, once per page however many widgets ask', async () => {
    const base = 'https://rms.test/a/';
    const { calls, fetchJson } = server({ [`${base}_locales/en/messages.json`]: file('Victim services'), [`${base}_locales/es/messages.json`]: file('Servicios a víctimas') });
    const [first, second] = await Promise.all([loadMessageFiles(fetchJson, base, 'es'), loadMessageFiles(fetchJson, base, 'es')]);
    expect(first).toEqual({ en: file('Victim services'), es: file('Servicios a víctimas') });
    expect(second).toEqual(first);
    expect(calls).toEqual([`${base}_locales/en/messages.json`, `${base}_locales/es/messages.json`]);
  });

  it('falls back to English when the officer’s language is missing, and fails when English is', async () => {
    const base = 'https://rms.test/b/';
    const { fetchJson, files } = server({ [`${base}_locales/en/messages.json`]: file('Victim services') });
    expect(await loadMessageFiles(fetchJson, base, 'es')).toEqual({ en: file('Victim services') });
    delete files[`${base}_locales/en/messages.json`];
    const other = 'https://rms.test/c/';
    await expect(loadMessageFiles(fetchJson, other, 'en')).rejects.toThrow('404');
  });

  it('rejects a file that is not a message file, and asks again after a failure', async () => {
    const base = 'https://rms.test/d/';
    const url = `${base}_locales/en/messages.json`;
    const { calls, fetchJson, files } = server({ [url]: { panelTitle: { message: 42 } } });
    await expect(loadMessageFiles(fetchJson, base, 'en')).rejects.toThrow('not a message file');
    files[url] = file('Victim services');
    expect(await loadMessageFiles(fetchJson, base, 'en')).toEqual({ en: file('Victim services') });
    expect(calls).toEqual([url, url]);
  });

  it('asks for the build’s content-hashed copy when it names one, else the plain file', async () => {
    const base = 'https://rms.test/e/';
    const names = { en: '_locales/en/messages.0123456789.json' };
    expect(messageFileUrl(base, 'en', names)).toBe(`${base}_locales/en/messages.0123456789.json`);
    expect(messageFileUrl(base, 'es', names)).toBe(`${base}_locales/es/messages.json`);
    const { calls, fetchJson } = server({ [`${base}_locales/en/messages.0123456789.json`]: file('Victim services'), [`${base}_locales/es/messages.json`]: file('Servicios a víctimas') });
    expect(await loadMessageFiles(fetchJson, base, 'es', names)).toEqual({ en: file('Victim services'), es: file('Servicios a víctimas') });
    expect(calls).toEqual([`${base}_locales/en/messages.0123456789.json`, `${base}_locales/es/messages.json`]);
  });
});
