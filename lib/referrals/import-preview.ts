/** Turns converted services into a preview; shared by the JSON and CSV importers. */
import type { ConvertedService } from './hsds-service';
import type { DirectorySource, ImportIssue, ImportPreview, InvalidRow, Referral } from './model';

export class PreviewBuilder {
  private readonly valid: Referral[] = [];
  private readonly invalid: InvalidRow[] = [];
  private readonly warnings: ImportIssue[] = [];
  private readonly rowById = new Map<string, number>();

  constructor(private readonly source: DirectorySource) {}

  add(converted: ConvertedService, row: number, file?: string): void {
    this.warnings.push(...converted.issues.warnings);
    const referral = converted.referral;
    const errors = [...converted.issues.errors];
    if (referral) {
      const firstRow = this.rowById.get(referral.id);
      if (firstRow !== undefined) {
        errors.push({ row, ...(file ? { file } : {}), field: 'id', message: `'${referral.id}' is already used by row ${firstRow}: ids must be unique` });
      }
    }
    if (!referral || errors.length > 0) {
      this.invalid.push({ row, ...(file ? { file } : {}), ...(converted.name ? { name: converted.name } : {}), errors });
      return;
    }
    this.rowById.set(referral.id, row);
    this.valid.push(referral);
  }

  invalidRow(row: InvalidRow): void {
    this.invalid.push(row);
  }

  warn(issue: ImportIssue): void {
    this.warnings.push(issue);
  }

  build(fatal?: string): ImportPreview {
    return {
      valid: this.valid,
      invalid: this.invalid.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.row - b.row),
      warnings: this.warnings,
      source: this.source,
      ...(fatal ? { fatal } : {}),
    };
  }
}

export function fatalPreview(source: DirectorySource, message: string): ImportPreview {
  return { valid: [], invalid: [], warnings: [], source, fatal: message };
}
