/** Collects problems while one service or row is read, then decides valid or invalid. */
import type { ImportIssue } from './model';

export class IssueList {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];

  constructor(private readonly where: { row?: number; file?: string }) {}

  error(field: string, message: string, where: { row?: number; file?: string } = this.where): void {
    this.errors.push(issue(where, field, message));
  }

  warn(field: string, message: string, where: { row?: number; file?: string } = this.where): void {
    this.warnings.push(issue(where, field, message));
  }
}

function issue(where: { row?: number; file?: string }, field: string, message: string): ImportIssue {
  return {
    ...(where.row !== undefined ? { row: where.row } : {}),
    ...(where.file !== undefined ? { file: where.file } : {}),
    field,
    message,
  };
}

/** zod paths ("phones.0.number") in the words of the file ("phones[0].number"). */
export function fieldFromPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

/** A stable id from a name: "Harbor House (EXAMPLE)" -> "harbor-house-example". */
export function slugify(value: string): string {
  const slug = value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'service';
}
