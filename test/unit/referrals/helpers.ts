import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { commitImport, emptyDirectory } from '../../../lib/referrals/directory';
import type { Directory, ReferralInput } from '../../../lib/referrals/model';
import { ReferralSchema } from '../../../lib/referrals/model';

export function fixture(name: string): string {
  return readFileSync(resolve(__dirname, 'fixtures', name), 'utf8');
}

export function publicFile(name: string): string {
  return readFileSync(resolve(__dirname, '../../../public/content/referrals', name), 'utf8');
}

/** A referral with defaults filled in, for matching and schedule tests. */
export function referral(input: Partial<ReferralInput> & { id: string }): ReturnType<typeof ReferralSchema.parse> {
  return ReferralSchema.parse({ name: input.id, url: 'https://example.org', ...input });
}

export function directoryOf(referrals: ReturnType<typeof referral>[]): Directory {
  const result = commitImport(emptyDirectory(), { valid: referrals, invalid: [], warnings: [], source: { kind: 'template-csv' } }, new Date('2026-01-01T00:00:00Z'));
  if (!result.ok) throw new Error(result.error);
  return result.directory;
}
