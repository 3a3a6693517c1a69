import type { RightsScript } from './script-schema';

/**
 * A department's own scripts (from policy or import) replace bundled ones for the same
 * jurisdiction and language; others are added. Kept separate from loading so the settings code
 * can call it with whatever it has already validated.
 */
export function mergeLibraries(
  bundled: readonly RightsScript[],
  department: readonly RightsScript[],
): { library: RightsScript[]; replaced: string[] } {
  const key = (s: RightsScript) => `${s.jurisdiction}|${s.language.toLowerCase()}`;
  const own = new Map(department.map((s) => [key(s), s]));
  const replaced = bundled.filter((s) => own.has(key(s))).map((s) => s.id);
  return { library: [...bundled.filter((s) => !own.has(key(s))), ...own.values()], replaced };
}
