import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { Handout } from '../../components/handout/Handout';
import { buildHandout } from '../../lib/handout/build-handout';
import { qrMatrix } from '../../lib/handout/qr';
import { parseRightsScript, type RightsScript } from '../../lib/content/script-schema';
import { selectScript } from '../../lib/content/select-script';
import { translatorFromFiles, type MessageFile } from '../../lib/i18n';
import { blankIncident } from '../../lib/store/types';
import type { CategoryId } from '../../lib/taxonomy';
import { median } from './stats';

/** Rights-script selection and handout rendering, on the bundled scripts (Node; happy-dom for the DOM). */
export function contentFigures(root: string) {
  const dir = join(root, 'public/content/scripts');
  const library: RightsScript[] = readdirSync(dir)
    .filter((file) => file !== 'index.json')
    .map((file) => parseRightsScript(JSON.parse(readFileSync(join(dir, file), 'utf8'))))
    .flatMap((parsed) => (parsed.ok ? [parsed.script] : []));
  const requests: { jurisdiction: string; categories: CategoryId[]; language: string }[] = [
    { jurisdiction: 'US-CA', categories: ['domestic-family-violence'], language: 'es' },
    { jurisdiction: 'US-TX', categories: ['adult-sexual-assault', 'stalking-harassment'], language: 'en' },
    { jurisdiction: 'US-WA', categories: ['identity-theft-fraud'], language: 'en' },
    { jurisdiction: 'GB-ENG', categories: ['homicide-survivors'], language: 'es-MX' },
  ];
  const selectSamples: number[] = [];
  for (let round = 0; round < 500; round++) {
    for (const request of requests) {
      const start = performance.now();
      selectScript(library, { ...request, federalBaseline: true });
      selectSamples.push(performance.now() - start);
    }
  }

  const window = new Window();
  const document = window.document as unknown as Document;
  // Preact compares against the global document; give it this one for the measurement.
  (globalThis as { document?: unknown }).document = document;
  const es = JSON.parse(readFileSync(join(root, 'public/_locales/es/messages.json'), 'utf8')) as MessageFile;
  const t = translatorFromFiles({ es }, 'es');
  const incident = {
    ...blankIncident('2026-004417', 0),
    entries: Array.from({ length: 5 }, (_, i) => ({ itemId: 'referral-given', state: 'done' as const, at: i, details: { referralId: `r${i}`, name: `Service ${i}`, phone: '(503) 555-0142' } })),
  };
  const selection = selectScript(library, requests[0]!);
  const renderSamples: number[] = [];
  for (let round = 0; round < 50; round++) {
    const container = document.createElement('div');
    const start = performance.now();
    const handout = buildHandout({ selection, incident, caseNumber: '2026-004417', language: 'es', now: new Date(), qrUrl: 'https://harbor-county.example/victims', qrMatrix, liaison: { name: 'Unit', phone: '(503) 555-0100' } });
    render(h(Handout, { handout, t }), container as unknown as Element);
    renderSamples.push(performance.now() - start);
  }
  void window.happyDOM.close();
  delete (globalThis as { document?: unknown }).document;
  return { selectMedian: median(selectSamples), selectRuns: selectSamples.length, handoutMedian: median(renderSamples), handoutRuns: renderSamples.length };
}
