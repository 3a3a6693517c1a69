import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { startSession, textOf, type Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await startSession({ lang: 'es' });
});
afterAll(async () => {
  await session?.close();
});

it('speaks Spanish when the browser does', async () => {
  const rms = await session.openRms('/reports/incident-2026-004417.html');
  const panel = await session.openPanel({ windowId: rms.windowId });
  await expect.poll(() => textOf(panel, 'h1')).toBe('Servicios a víctimas');
  await expect.poll(() => textOf(panel, '[data-testid=page-title]')).toContain('Leyendo Incident Report 2026-004417');
  expect(await panel.getAttribute('html', 'lang')).toMatch(/^es/);
  expect(await axeViolations(panel)).toEqual([]);
});
