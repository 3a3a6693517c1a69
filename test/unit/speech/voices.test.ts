import { describe, expect, it } from 'vitest';
import { chooseVoice } from '../../../lib/speech/voices';
import { voice } from './fake-synthesis';

describe('chooseVoice', () => {
  const voices = [voice('en-US', 'Cloud', false, true), voice('en-GB', 'Local GB'), voice('en-US', 'Local US'), voice('es-US', 'Local ES')];

  it('prefers the exact tag, then a voice on the device', () => {
    expect(chooseVoice(voices, 'en-US')?.name).toBe('Local US');
    expect(chooseVoice([voice('en-US', 'Cloud', false), voice('en-US', 'Device')], 'en-US')?.name).toBe('Device');
  });

  it('takes another region of the same language, and nothing from another language', () => {
    expect(chooseVoice(voices, 'es-MX')?.name).toBe('Local ES');
    expect(chooseVoice(voices, 'en')?.name).toMatch(/^Local (US|GB)$/);
    expect(chooseVoice(voices, 'vi')).toBeUndefined();
    expect(chooseVoice([], 'en')).toBeUndefined();
  });

  it('reads Android-style tags with an underscore', () => {
    expect(chooseVoice([voice('es_MX', 'Android ES')], 'es-MX')?.name).toBe('Android ES');
  });
});
