// Finds (and where allowed, installs) Chromium, and launches it with the built extension.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_HINT =
  'Install Chromium and run again:\n' +
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium\n' +
  '  or point CHROME_PATH at a Chromium or Chrome binary (Chrome 137+ stable builds ignore --load-extension; use Chromium or Chrome for Testing).';

export function findChromium() {
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH)) throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
    return process.env.CHROME_PATH;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function canInstallWithApt() {
  if (process.platform !== 'linux') return undefined;
  if (spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status !== 0) return undefined;
  if (process.getuid?.() === 0) return [];
  if (spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return ['sudo', '-n'];
  return undefined;
}

/** Returns a Chromium path, installing Debian's package when missing and allowed (root or passwordless sudo). */
export function ensureChromium({ log = console.log } = {}) {
  const found = findChromium();
  if (found) return found;
  const prefix = canInstallWithApt();
  if (!prefix) throw new Error(`Chromium was not found.\n${INSTALL_HINT}`);
  log('Chromium is missing: installing it with apt-get (Debian package "chromium")…');
  const run = (args) => execFileSync(prefix[0] ?? args[0], prefix.length ? [...prefix.slice(1), ...args] : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
  const installed = findChromium();
  if (!installed) throw new Error(`apt-get finished but Chromium is still missing.\n${INSTALL_HINT}`);
  return installed;
}

/** The flags every run uses: quiet, offline-friendly, and root-safe for CI containers. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

/**
 * Launches Chromium with an unpacked extension in a persistent profile and returns the context,
 * the extension id (read from its service worker) and the worker itself. Without `extensionPath`
 * it launches a plain browser (for comparisons) and only `context` is set.
 *
 * @param {{ extensionPath?: string, userDataDir: string, headless?: boolean, executablePath?: string, extraArgs?: string[] }} options
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, worker: import('playwright-core').Worker, extensionId: string }>}
 */
export async function launchWithExtension({ extensionPath, userDataDir, headless = true, executablePath, extraArgs = [] }) {
  const { chromium } = await import('playwright-core');
  const args = [...CHROMIUM_FLAGS, ...extraArgs];
  if (extensionPath) args.push(`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: executablePath ?? ensureChromium(),
    headless,
    args,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    viewport: { width: 1100, height: 800 },
  });
  if (!extensionPath) return /** @type {any} */ ({ context });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

/**
 * The tab id Chromium gave a page, asked of the extension (it can see localhost tabs in the e2e build).
 * @param {import('playwright-core').Worker} worker
 * @param {string} pageUrl
 * @returns {Promise<{ tabId: number, windowId: number } | undefined>}
 */
export async function tabIdFor(worker, pageUrl) {
  return worker.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((candidate) => candidate.url === url || candidate.pendingUrl === url);
    return tab ? { tabId: tab.id, windowId: tab.windowId } : undefined;
  }, pageUrl);
}

/**
 * The id Chromium gives an unpacked extension: derived from its absolute path, so tests can
 * write a managed policy for it before the browser starts.
 * @param {string} absolutePath
 */
export function extensionIdForPath(absolutePath) {
  const hex = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export function chromiumVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}
