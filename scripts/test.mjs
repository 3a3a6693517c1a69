// `npm test`: type-check, unit tests, builds, then end-to-end tests in real Chromium, in that order.
// Stops at the first failing stage. SKIP_E2E=1 (never in CI) skips e2e and says so loudly.
import { spawnSync } from 'node:child_process';
import { ensureDependencies, ROOT } from './lib/setup.mjs';

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
ensureDependencies();

const { ensureChromium, chromiumVersion, INSTALL_HINT } = await import('./lib/chromium.mjs');
const skipE2e = process.env.SKIP_E2E === '1';
if (skipE2e && process.env.CI) {
  console.error('SKIP_E2E=1 is not allowed in CI: end-to-end tests must run.');
  process.exit(1);
}

const stages = [
  { name: 'typecheck', run: ['npx', ['tsc', '--noEmit', '-p', '.']] },
  { name: 'unit', run: ['npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']], results: 'test-results/unit.json' },
  // Recognition accuracy on the labelled public lists beside the repository (../shared): a
  // regression guard that fails the run when a target is missed. A clone without them says so.
  { name: 'accuracy', run: ['npx', ['tsx', 'scripts/eval-incidents.ts']], needsData: true },
  { name: 'build', run: ['npm', ['run', '--silent', 'build:all']] },
  // A department build (its RMS origin in the manifest), for the deployment e2e (department.e2e.test.ts).
  { name: 'build', run: ['npx', ['wxt', 'build', '--mode', 'department']], env: { VSP_RMS_ORIGINS: 'https://rms.department.test/*' } },
  { name: 'e2e', run: ['npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/e2e.json']], results: 'test-results/e2e.json', browser: true },
].filter((stage) => !only || stage.name === only || (only === 'e2e' && stage.name === 'build'));

let passed = 0;
let failed = 0;
const { readFileSync, existsSync, rmSync } = await import('node:fs');
for (const stage of stages) {
  if (stage.browser) {
    if (skipE2e) {
      console.warn('\n' + '!'.repeat(72) + '\n!!  SKIP_E2E=1: END-TO-END TESTS DID NOT RUN. This run proves nothing about the browser.\n' + '!'.repeat(72) + '\n');
      continue;
    }
    try {
      const path = ensureChromium();
      process.env.CHROME_PATH = path;
      console.log(`\ne2e browser: ${chromiumVersion(path)} (${path})`);
    } catch (error) {
      console.error(`\nEnd-to-end tests need Chromium and could not find or install it.\n${error.message}\n${INSTALL_HINT}\nOnly SKIP_E2E=1 skips them (never in CI).`);
      console.log(`\ntests: ${passed} passed, ${failed + 1} failed`);
      process.exit(1);
    }
  }
  if (stage.needsData) {
    const dir = process.env.INCIDENT_TYPES_DIR ?? `${ROOT}/../shared/data/incident-types`;
    if (!existsSync(dir)) {
      // A measurement on data outside the repository, not a test of the code: say so loudly.
      console.warn(`\n!! ${stage.name}: NOT MEASURED, no labelled incident lists at ${dir} (set INCIDENT_TYPES_DIR).`);
      continue;
    }
  }
  if (stage.results) rmSync(`${ROOT}/${stage.results}`, { force: true });
  console.log(`\n▶ ${stage.name}`);
  const result = spawnSync(stage.run[0], stage.run[1], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...stage.env } });
  if (stage.results && existsSync(`${ROOT}/${stage.results}`)) {
    const report = JSON.parse(readFileSync(`${ROOT}/${stage.results}`, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
  if (result.status !== 0) {
    console.error(`\n✖ ${stage.name} failed`);
    console.log(`\ntests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
