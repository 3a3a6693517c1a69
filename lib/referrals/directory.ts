/**
 * A Directory is the set of referrals the panel matches against. Changing it is all or nothing:
 * a failed import hands back the directory the officer already had, untouched.
 */
import { addMonths } from './dates';
import {
  BundledDirectorySchema,
  DirectorySchema,
  type Directory,
  type DirectorySource,
  type ImportPreview,
  type Referral,
} from './model';

export type CommitResult =
  | { ok: true; directory: Directory }
  | { ok: false; error: string; directory: Directory };

export function emptyDirectory(now: Date = new Date(0)): Directory {
  return { referrals: [], importedAt: now.toISOString(), source: { kind: 'empty' } };
}

/**
 * Replaces the directory with the preview's valid referrals. Invalid rows do not block the
 * commit (the officer saw them listed in the preview); a preview with nothing valid, a fatal
 * reading error, duplicate ids or anything the schema rejects does, and then `previous` comes back.
 */
export function commitImport(
  previous: Directory,
  preview: ImportPreview,
  now: Date = new Date(),
  extra: { etag?: string; source?: DirectorySource } = {},
): CommitResult {
  const fail = (error: string): CommitResult => ({ ok: false, error, directory: previous });
  if (preview.fatal) return fail(preview.fatal);
  if (preview.valid.length === 0) {
    return fail(
      preview.invalid.length > 0
        ? `None of the ${preview.invalid.length} services could be imported; fix the rows listed and try again. The current directory is unchanged.`
        : 'The file has no services in it. The current directory is unchanged.',
    );
  }
  const seen = new Set<string>();
  for (const referral of preview.valid) {
    if (seen.has(referral.id)) return fail(`Two services share the id '${referral.id}'. The current directory is unchanged.`);
    seen.add(referral.id);
  }
  const candidate = {
    referrals: preview.valid,
    importedAt: now.toISOString(),
    source: extra.source ?? preview.source,
    ...(extra.etag ? { etag: extra.etag } : {}),
  };
  // Parsing also copies every object, so the new directory shares nothing with the preview.
  const checked = DirectorySchema.safeParse(candidate);
  if (!checked.success) {
    const first = checked.error.issues[0];
    return fail(`The import was not applied: ${first?.path.join('.') ?? ''} ${first?.message ?? 'is invalid'}. The current directory is unchanged.`);
  }
  return { ok: true, directory: checked.data };
}

export interface StaleListing {
  id: string;
  name: string;
  dateVerified?: string;
  reason: 'never verified' | 'verified over 12 months ago';
}

/** Listings nobody has confirmed in the last 12 months (or ever): numbers go out of service. */
export function staleListings(directory: Directory, now: Date): StaleListing[] {
  const stale: StaleListing[] = [];
  for (const referral of directory.referrals) {
    const verified = verificationDate(referral);
    if (!verified) {
      stale.push({ id: referral.id, name: referral.name, reason: 'never verified' });
    } else if (addMonths(verified, 12).toISOString().slice(0, 10) < now.toISOString().slice(0, 10)) {
      // Compared as calendar dates: verified 2025-11-22 is still fresh all of 2026-11-22.
      stale.push({ id: referral.id, name: referral.name, dateVerified: verified, reason: 'verified over 12 months ago' });
    }
  }
  return stale;
}

export function verificationDate(referral: Referral): string | undefined {
  return referral.dateVerified ?? referral.assuredDate ?? (referral.lastModified?.match(/^\d{4}-\d{2}-\d{2}/)?.[0]);
}

/** Loads public/content/referrals/national-*.json after validating it. */
export function loadBundledDirectory(
  json: unknown,
  name: string,
): { ok: true; directory: Directory } | { ok: false; error: string } {
  const parsed = BundledDirectorySchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, error: `${name} is not a valid referral file: ${first?.path.join('.') ?? ''} ${first?.message ?? ''}` };
  }
  return {
    ok: true,
    directory: {
      referrals: parsed.data.referrals,
      importedAt: `${parsed.data.reviewedAt}T00:00:00.000Z`,
      source: { kind: 'bundled', name },
    },
  };
}

/** Bundled national lines plus the department's own listings; the department wins on an id clash. */
export function mergeDirectories(base: Directory, local: Directory): Directory {
  const ids = new Set(local.referrals.map((r) => r.id));
  return { ...local, referrals: [...local.referrals, ...base.referrals.filter((r) => !ids.has(r.id))] };
}
