import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReadAloud } from '../../../lib/speech/read-aloud';
import { fakeSpeech, voice } from './fake-synthesis';

const segments = [
  { id: 'a', sentences: ['One.', 'Two.'] },
  { id: 'b', sentences: ['Three.'] },
];

describe('read aloud', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('reads one utterance per sentence in the chosen voice, then goes idle', () => {
    const speech = fakeSpeech(undefined, { msPerSentence: 1000 });
    const reader = createReadAloud(speech.host);
    reader.load(segments, 'es');
    reader.play();
    expect(reader.state()).toMatchObject({ status: 'speaking', position: { segment: 0, sentence: 0 }, voiceName: 'Paulina' });
    expect(speech.spoken[0]!.lang).toBe('es-MX');
    vi.advanceTimersByTime(2000);
    expect(reader.state().position).toEqual({ segment: 1, sentence: 0 });
    vi.advanceTimersByTime(1000);
    expect(speech.texts()).toEqual(['One.', 'Two.', 'Three.']);
    expect(reader.state()).toMatchObject({ status: 'idle', position: null });
  });

  it('pauses, resumes the same sentence, skips by sentence and section, and goes back', () => {
    const speech = fakeSpeech(undefined, { msPerSentence: 1000 });
    const reader = createReadAloud(speech.host);
    reader.load(segments, 'en');
    reader.play();
    vi.advanceTimersByTime(1500);
    reader.pause();
    expect(reader.state()).toMatchObject({ status: 'paused', position: { segment: 0, sentence: 1 } });
    vi.advanceTimersByTime(5000);
    expect(speech.texts()).toEqual(['One.', 'Two.']);
    reader.resume();
    expect(speech.texts().at(-1)).toBe('Two.');
    reader.back();
    expect(reader.state().position).toEqual({ segment: 0, sentence: 0 });
    reader.skipSentence();
    expect(reader.state().position).toEqual({ segment: 0, sentence: 1 });
    reader.skip();
    expect(speech.texts().at(-1)).toBe('Three.');
    reader.back();
    expect(speech.texts().at(-1)).toBe('One.');
    reader.stop();
    expect(reader.state()).toMatchObject({ status: 'idle', position: null });
    vi.advanceTimersByTime(5000);
    expect(speech.texts().at(-1)).toBe('One.');
  });

  it('clamps the rate and applies it from the current sentence', () => {
    const speech = fakeSpeech();
    const reader = createReadAloud(speech.host);
    reader.load(segments, 'en');
    reader.play();
    reader.setRate(3);
    expect(reader.state().rate).toBe(1.5);
    expect(speech.spoken.at(-1)).toMatchObject({ text: 'One.', rate: 1.5 });
    reader.setRate(0.1);
    expect(reader.state().rate).toBe(0.5);
  });

  it('says when the device has no voice for the language, naming it', () => {
    const speech = fakeSpeech([voice('en-US', 'Ava')]);
    const reader = createReadAloud(speech.host);
    reader.load(segments, 'vi');
    expect(reader.state()).toMatchObject({ voiceAvailable: false, language: 'vi', problem: null });
    reader.play();
    expect(reader.state()).toMatchObject({ status: 'idle', problem: 'no-voice', language: 'vi' });
    expect(speech.spoken).toHaveLength(0);
  });

  it('starts once voices arrive late (voiceschanged), and unsubscribes on dispose', () => {
    const speech = fakeSpeech([]);
    const reader = createReadAloud(speech.host);
    reader.load(segments, 'en');
    // An empty list means "not loaded yet", not "no voice".
    expect(reader.state().voiceAvailable).toBe(true);
    reader.play();
    expect(reader.state().problem).toBe('no-voice');
    speech.setVoices([voice('en-US', 'Ava')]);
    expect(reader.state()).toMatchObject({ status: 'speaking', problem: null, voiceAvailable: true });
    expect(speech.texts()).toEqual(['One.']);
    reader.dispose();
    expect(speech.listenerCount()).toBe(0);
  });

  it('ignores events from a cancelled sentence and reports engine failures', () => {
    const speech = fakeSpeech();
    const reader = createReadAloud(speech.host);
    reader.load(segments, 'en');
    reader.play();
    const first = speech.spoken[0]!;
    reader.stop();
    first.onend?.({});
    expect(speech.spoken).toHaveLength(1);
    reader.play();
    speech.spoken.at(-1)!.onerror?.({ error: 'synthesis-failed' });
    expect(reader.state()).toMatchObject({ status: 'idle', problem: 'failed' });
  });
});
