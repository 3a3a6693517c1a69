import type * as z from '../zod';

/** One problem in a content file, pointing at where it is: `sections[3].sourceIds[0]`. */
export interface ContentError {
  path: string;
  message: string;
}

export type ParseResult<T, K extends string> =
  | ({ ok: true } & Record<K, T>)
  | { ok: false; errors: ContentError[] };

/** `['sections', 3, 'sourceIds', 0]` -> `sections[3].sourceIds[0]`; the root is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

export function toContentErrors(error: z.core.$ZodError): ContentError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** For logs and the options page: one line per problem. */
export function describeErrors(errors: readonly ContentError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}
