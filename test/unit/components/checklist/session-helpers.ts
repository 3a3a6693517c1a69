import { createIncidentSession } from '../../../../components/checklist/incident-session';
import { createPanelStore } from '../../../../components/panel-store';
import { createMemoryStore } from '../../../../lib/store';
import { createFakePlatform } from '../fake-platform';

/** A panel store and an incident session over a fake platform, started. */
export function setUpSession(options: Parameters<typeof createFakePlatform>[0] = {}, sessionOptions: Parameters<typeof createIncidentSession>[2] = {}) {
  const store = options.store ?? createMemoryStore({ crypto, pbkdf2Iterations: 1000 });
  const fake = createFakePlatform({ ...options, store });
  const panel = createPanelStore(fake.platform);
  const session = createIncidentSession(fake.platform, panel, sessionOptions);
  const stops = [panel.start(), session.start()];
  return { fake, panel, session, store, stop: () => stops.forEach((stop) => stop()) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

export async function until(check: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await settle();
  }
}
