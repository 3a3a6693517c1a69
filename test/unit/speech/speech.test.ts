import { describe, expect, it } from 'vitest';
import { createReadAloud } from '../../../lib/speech/read-aloud';
import { splitSentences } from '../../../lib/speech/sentences';
import { chooseVoice } from '../../../lib/speech/voices';
import { fakeSpeech, voice } from './fake-synthesis';

describe('splitSentences', () => {
  it('keeps citations and abbreviations inside their sentence', () => {
    expect(splitSentences('You have rights under 18 U.S.C. § 3771. You may be heard. Cal. Penal Code 679.026 applies to you. Ask us.')).toEqual([
      'You have rights under 18 U.S.C. § 3771.',
      'You may be heard.',
      'Cal. Penal Code 679.026 applies to you.',
      'Ask us.',
    ]);
  });
  it('splits Spanish with opening marks and keeps a text without a final stop', () => {
    expect(splitSentences('Tiene derechos. ¿Tiene preguntas? Llámenos')).toEqual(['Tiene derechos.', '¿Tiene preguntas?', 'Llámenos']);
  });
});

describe('chooseVoice', () => {
  const voices = [voice('en-US', 'Cloud', false, true), voice('en-GB', 'Local GB'), voice('en-US', 'Local US'), voice('es-US', 'Local ES')];
  it('prefers the exact tag, then a voice on the device', () => {
    expect(chooseVoice(voices, 'en-US')?.name).toBe('Local US');
    expect(chooseVoice(voices, 'en')?.name).toMatch(/^Local (US|GB)$/);
  });
  it('takes another region of the same language, and nothing from another language', () => {
    expect(chooseVoice(voices, 'es-MX')?.name).toBe('Local ES');
    expect(chooseVoice(voices, 'vi')).toBeUndefined();
  });
});

describe('read aloud', () => {
  const segments = [
    { id: 'a', sentences: ['One.', 'Two.'] },
    { id: 'b', sentences: ['Three.'] },
  ];

  it('reads sentence by sentence in the chosen voice, then stops', () => {
    const speech = fakeSpeech();
    const reader = createReadAloud(speech.host);
    reader.load(segments, 'es');
    reader.play();
    expect(reader.state()).toMatchObject({ status: 'speaking', position: { segment: 0, sentence: 0 }, voiceName: 'Paulina' });
    expect(speech.spoken[0]!.lang).toBe('es-MX');
    speech.finish();
    speech.finish();
    expect(reader.state().position).toEqual({ segment: 1, sentence: 0 });
    speech.finish();
    expect(speech.texts()).toEqual(['One.', 'Two.', 'Three.']);
    expect(reader.state().status).toBe('idle');
  });

  it('pauses, resumes the same sentence, skips and goes back by section', () => {
    const speech = fakeSpeech();
    const reader = createReadAloud(speech.host);
    reader.load(segments, 'en');
    reader.play();
    speech.finish();
    reader.pause();
    expect(reader.state()).toMatchObject({ status: 'paused', position: { segment: 0, sentence: 1 } });
    reader.resume();
    expect(speech.texts().at(-1)).toBe('Two.');
    reader.skip();
    expect(speech.texts().at(-1)).toBe('Three.');
    reader.back();
    expect(speech.texts().at(-1)).toBe('One.');
    reader.stop();
    expect(reader.state()).toMatchObject({ status: 'idle', position: null });
  });

  it('says when the device has no voice for the language, and clamps the rate', () => {
    const speech = fakeSpeech([voice('en-US', 'Ava')]);
    const reader = createReadAloud(speech.host);
    reader.load(segments, 'vi');
    expect(reader.hasVoice()).toBe(false);
    reader.play();
    expect(reader.state()).toMatchObject({ status: 'idle', problem: 'no-voice' });
    expect(speech.spoken).toHaveLength(0);
    reader.setRate(3);
    expect(reader.state().rate).toBe(1.5);
  });

  it('ignores events from a cancelled sentence', () => {
    const speech = fakeSpeech();
    const reader = createReadAloud(speech.host);
    reader.load(segments, 'en');
    reader.play();
    const first = speech.spoken[0]!;
    reader.stop();
    first.onend?.({});
    expect(speech.spoken).toHaveLength(1);
    expect(reader.state().status).toBe('idle');
  });
});
