// `npm run bench`: builds, then measures (scripts/bench/index.ts, run with tsx).
import { spawnSync } from 'node:child_process';
import { ensureDependencies, ROOT, run } from './lib/setup.mjs';

/** Builds quietly (Rollup's warnings about zod's comments are noise here); shows output on failure. */
function build(args) {
  const result = spawnSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    process.exit(result.status ?? 1);
  }
}

ensureDependencies();
if (!process.argv.includes('--no-build')) {
  console.log('Building the production and e2e extensions…');
  build([]);
  build(['--mode', 'e2e']);
  const widget = spawnSync('npm', ['run', '-s', 'build:widget'], { cwd: ROOT, encoding: 'utf8' });
  if (widget.status !== 0) {
    process.stderr.write(widget.stdout + widget.stderr);
    process.exit(widget.status ?? 1);
  }
}
run('npx', ['tsx', 'scripts/bench/index.ts']);
