import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoriesOf, startSession, textsOf, type Session } from './harness';
import type { Chrome } from './chrome';

declare const chrome: Chrome;

/**
 * The deployment docs/deploy.md recommends: a department build with its RMS origin in the manifest
 * (`VSP_RMS_ORIGINS`), force-installed, configured by managed policy. No officer is asked for
 * anything: the reader runs on the RMS origin from the first page load, and the policy's site
 * rule applies there. The RMS is served over https under its own host name, as in production.
 */
const DEPARTMENT_EXTENSION = resolve(__dirname, '../../.output/chrome-mv3-department');
const RMS_HOST = 'rms.department.test';
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/victim-services-panel-department-e2e.json`;

let session: Session;
let tlsServer: Server;
let rmsOrigin = '';
const certDir = mkdtempSync(join(tmpdir(), 'vsp-tls-'));

/** An https front for the demo server, with a throwaway self-signed certificate. */
async function startHttpsProxy(target: string): Promise<string> {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${RMS_HOST}`, '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')], { stdio: 'ignore' });
  tlsServer = createServer({ key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) }, (req, res) => {
    const upstream = httpRequest(`${target}${req.url ?? '/'}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((done) => tlsServer.listen(0, '127.0.0.1', done));
  const address = tlsServer.address();
  return `https://${RMS_HOST}:${typeof address === 'object' && address ? address.port : 0}`;
}

beforeAll(async () => {
  session = await startSession({
    extensionPath: DEPARTMENT_EXTENSION,
    mapHosts: [RMS_HOST],
    // The certificate is self-signed; a department's RMS has a real one.
    extraArgs: ['--ignore-certificate-errors'],
    beforeLaunch: ({ extensionId }) => {
      const settings = {
        jurisdiction: 'US-CA',
        rmsSites: [{ match: `https://${RMS_HOST}/*`, incidentSelector: '#ctl00_ContentPlaceHolder1_txtIncType' }],
      };
      try {
        mkdirSync(POLICY_DIR, { recursive: true });
        writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: settings } } }));
      } catch (error) {
        throw new Error(`This suite writes ${POLICY_FILE} and needs root (CI runs as root): ${String(error)}`);
      }
    },
  });
  rmsOrigin = await startHttpsProxy(session.baseUrl);
});
afterAll(async () => {
  await session?.close();
  await new Promise((done) => tlsServer?.close(done));
  rmSync(POLICY_FILE, { force: true });
  rmSync(certDir, { recursive: true, force: true });
});

describe('a department build deployed by policy', () => {
  it('holds access to exactly its RMS origin from install, with no prompt', async () => {
    const granted = await session.worker.evaluate(() => chrome.permissions.getAll());
    expect(granted.origins).toEqual([`https://${RMS_HOST}/*`]);
    const scripts = await session.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(scripts.map((script) => script.matches)).toEqual([[`https://${RMS_HOST}/*`]]);
  });

  it('reads the RMS page on first load and applies the policy’s site rule there', async () => {
    const rms = await session.openRms(`${rmsOrigin}/reports/incident-2026-004417.html`);
    const panel = await session.openPanel({ tabId: rms.tabId });
    await expect.poll(() => textsOf(panel), { timeout: 15_000 }).toEqual(['DOM VIOL - BATTERY (243(E)(1) PC)']);
    expect(await categoriesOf(panel)).toContain('domestic-family-violence');
    await panel.close();
    await rms.page.close();
  });

  it('does not read a site outside its origins', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.baseUrl}/reports/incident-2026-004417.html`);
    // Without access the extension cannot even see the tab's URL: find the tab by elimination.
    const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({})).find((tab) => !tab.url)?.id);
    expect(tabId).toBeDefined();
    const panel = await session.openPanel({ tabId: tabId! });
    await expect.poll(() => panel.locator('[data-testid=page-status]').getAttribute('data-state', { timeout: 250 }).catch(() => null), { timeout: 10_000 }).toBe('unavailable');
    expect(await textsOf(panel)).toEqual([]);
    await panel.close();
    await page.close();
  });
});
