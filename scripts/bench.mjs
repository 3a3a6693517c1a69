// `npm run bench`: builds, then measures (scripts/bench/index.ts, run with tsx).
import { ensureDependencies, run } from './lib/setup.mjs';

ensureDependencies();
if (!process.argv.includes('--no-build')) {
  console.log('Building the production and e2e extensions…');
  run('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  run('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
run('npx', ['tsx', 'scripts/bench/index.ts']);
