/**
 * Bundled scripts are written by the project, not by a department's lawyers, so each one carries
 * this notice and the panel shows it beside the script. A department that has its own script
 * reviewed by counsel replaces the notice (or drops it) in its own copy.
 */
export const COUNSEL_NOTICE = {
  en: "Verify with your department's counsel before use. This script summarises the law in plain language; it is not legal advice and has not been reviewed by counsel.",
  es: 'Verifique con el asesor legal de su departamento antes de usarlo. Este guion resume la ley en lenguaje sencillo; no es asesoría legal y no ha sido revisado por un abogado.',
} as const;

/** True when a notice tells the reader to check with counsel (used by the content tests). */
export function mentionsCounsel(notice: string | undefined): boolean {
  return notice !== undefined && /counsel|asesor legal|abogado/i.test(notice);
}
