import { render } from '@testing-library/preact';
import { App } from '../../../../components/App';
import { createFakePlatform } from '../fake-platform';

/** The whole panel over a fake platform, on a given page reading. */
export function renderPanel(options: Parameters<typeof createFakePlatform>[0] = {}) {
  const fake = createFakePlatform(options);
  const view = render(<App platform={fake.platform} />);
  return { fake, view };
}

/** A page whose incident field says `text` (and a case number, when given). */
export function readingPage(text: string, caseNumber?: string) {
  return {
    kind: 'reading' as const,
    tabId: 1,
    page: {
      title: 'Incident Report',
      url: 'https://rms.example/report/1',
      reading: {
        signals: [{ text, label: 'Incident Type', source: 'label' as const, frame: 'top', at: 0 }],
        hasIncidentField: true,
        ...(caseNumber ? { caseNumber: { value: caseNumber, label: 'Case #' } } : {}),
      },
    },
  };
}
