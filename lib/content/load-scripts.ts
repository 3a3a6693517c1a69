import * as z from '../zod';
import { jurisdictionSchema, languageTagSchema, parseRightsScript, type RightsScript } from './script-schema';
import { FEDERAL_JURISDICTION } from './select-script';
import { toContentErrors, type ContentError } from './validation-errors';

/**
 * Loading bundled (or department-hosted) scripts. The host supplies `fetchJson`, so this stays
 * free of browser APIs: the extension passes a fetch of `browser.runtime.getURL(path)`, tests
 * pass a reader of the public/ folder. The index lets the panel fetch only the jurisdiction in use.
 */

export const SCRIPTS_DIR = 'content/scripts';
export const SCRIPT_INDEX_PATH = `${SCRIPTS_DIR}/index.json`;

export const scriptIndexSchema = z.strictObject({
  scripts: z
    .array(
      z.strictObject({
        file: z.string().check(
          z.regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?\.[a-z]{2,3}(-[A-Za-z0-9]+)*\.json$/, {
            error: 'file must be named <jurisdiction>.<language>.json',
          }),
        ),
        id: z.string().check(z.minLength(1)),
        jurisdiction: jurisdictionSchema,
        alsoCovers: z.optional(z.array(jurisdictionSchema)),
        language: languageTagSchema,
        version: z.string().check(z.minLength(1)),
        lastReviewed: z.iso.date(),
      }),
    )
    .check(z.minLength(1)),
});

export type ScriptIndex = z.infer<typeof scriptIndexSchema>;
export type ScriptIndexEntry = ScriptIndex['scripts'][number];
export type FetchJson = (path: string) => Promise<unknown>;

export interface LoadFailure {
  file: string;
  errors: ContentError[];
}

export async function loadScriptIndex(
  fetchJson: FetchJson,
): Promise<{ ok: true; index: ScriptIndex } | { ok: false; errors: ContentError[] }> {
  const result = scriptIndexSchema.safeParse(await fetchJson(SCRIPT_INDEX_PATH));
  return result.success ? { ok: true, index: result.data } : { ok: false, errors: toContentErrors(result.error) };
}

/** The index entries needed to answer a request for this jurisdiction, including the federal fallback. */
export function entriesFor(index: ScriptIndex, jurisdiction: string): ScriptIndexEntry[] {
  const wanted = jurisdiction.trim().toUpperCase();
  const covers = (e: ScriptIndexEntry, j: string) => e.jurisdiction === j || (e.alsoCovers?.includes(j) ?? false);
  return index.scripts.filter(
    (e) => covers(e, wanted) || (wanted.startsWith(`${FEDERAL_JURISDICTION}-`) && e.jurisdiction === FEDERAL_JURISDICTION),
  );
}

/**
 * Loads and validates the given entries. A broken file is reported, never shown: the officer must
 * not read a half-valid script.
 */
export async function loadScripts(
  fetchJson: FetchJson,
  entries: readonly ScriptIndexEntry[],
): Promise<{ scripts: RightsScript[]; failures: LoadFailure[] }> {
  const results = await Promise.all(
    entries.map(async (entry) => {
      try {
        return { entry, parsed: parseRightsScript(await fetchJson(`${SCRIPTS_DIR}/${entry.file}`)) };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { entry, parsed: { ok: false as const, errors: [{ path: '(file)', message }] } };
      }
    }),
  );
  const scripts: RightsScript[] = [];
  const failures: LoadFailure[] = [];
  for (const { entry, parsed } of results) {
    if (parsed.ok) scripts.push(parsed.script);
    else failures.push({ file: entry.file, errors: parsed.errors });
  }
  return { scripts, failures };
}
