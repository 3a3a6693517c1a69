import { fireEvent, render } from '@testing-library/preact';
import { OptionsApp } from '../../../../components/options/OptionsApp';
import { createFakePlatform } from '../fake-platform';

/** Renders the options page over a fake platform; returns the fake to inspect saves. */
export function renderOptions(options: Parameters<typeof createFakePlatform>[0] = {}) {
  const fake = createFakePlatform(options);
  const view = render(<OptionsApp platform={fake.platform} />);
  return { fake, view };
}

export function typeInto(element: Element, value: string) {
  fireEvent.input(element, { target: { value } });
}

export function choose(element: Element, value: string) {
  fireEvent.change(element, { target: { value } });
}
