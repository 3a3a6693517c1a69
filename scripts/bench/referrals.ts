import { buildIndex, commitImport, emptyDirectory, generateServices, importHsdsJson, matchReferrals } from '../../lib/referrals';
import type { CategoryId } from '../../lib/taxonomy';
import { median, percentile } from './stats';

/** Import and matching over 20,000 generated HSDS services, in Node (the panel runs the same code). */
export function referralFigures() {
  const json = JSON.stringify(generateServices(20_000, 7));
  const start = performance.now();
  const preview = importHsdsJson(json, { name: 'bench.json' });
  const committed = commitImport(emptyDirectory(), preview, new Date());
  const importMs = performance.now() - start;
  if (!committed.ok) throw new Error(`bench import failed: ${committed.error}`);

  const indexStart = performance.now();
  const index = buildIndex(committed.directory);
  const indexMs = performance.now() - indexStart;

  const queries: { categories: CategoryId[]; language?: string }[] = [
    { categories: ['domestic-family-violence'], language: 'es' },
    { categories: ['adult-sexual-assault'], language: 'en' },
    { categories: ['identity-theft-fraud'] },
    { categories: ['child-physical-abuse-neglect', 'domestic-family-violence'], language: 'vi' },
    { categories: ['homicide-survivors'], language: 'en' },
  ];
  const samples: number[] = [];
  for (let round = 0; round < 40; round++) {
    for (const query of queries) {
      const t0 = performance.now();
      matchReferrals(index, { categories: query.categories, ...(query.language ? { language: query.language } : {}), now: new Date(), limit: 50 });
      samples.push(performance.now() - t0);
    }
  }
  return {
    services: preview.valid.length,
    importMs,
    indexMs,
    matchP95: percentile(samples, 95),
    matchMedian: median(samples),
    queries: samples.length,
  };
}
