// First-run set-up shared by `npm test`, `npm run demo` and `npm run bench`: only Node built-ins
// here, because it runs before dependencies are installed.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Installs the locked dependencies when node_modules is missing or older than the lock. */
export function ensureDependencies({ log = console.log } = {}) {
  const installed = `${ROOT}/node_modules/.package-lock.json`;
  const lock = `${ROOT}/package-lock.json`;
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  log('Installing the locked dependencies (npm install)…');
  // `npm install` rather than `npm ci`: it keeps a developer's node_modules where it can. The lock
  // is complete (every platform's optional packages), so it installs exactly the locked versions.
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
}

export function run(command, args, options = {}) {
  execFileSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
}
