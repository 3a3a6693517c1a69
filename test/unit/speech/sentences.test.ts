import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/speech/sentences';

describe('splitSentences', () => {
  it('keeps citations and abbreviations inside their sentence', () => {
    expect(splitSentences('You have rights under 18 U.S.C. § 3771. You may be heard. Cal. Penal Code 679.026 applies to you. Ask us.')).toEqual([
      'You have rights under 18 U.S.C. § 3771.',
      'You may be heard.',
      'Cal. Penal Code 679.026 applies to you.',
      'Ask us.',
    ]);
  });

  it('does not break after Stat., No. or §, nor inside section numbers', () => {
    expect(splitSentences('See Fla. Stat. § 960.001. Case No. 12 is yours. Read § 3.2. Then call.')).toEqual([
      'See Fla. Stat. § 960.001.',
      'Case No. 12 is yours.',
      'Read § 3.2.',
      'Then call.',
    ]);
  });

  it('splits Spanish with opening marks and keeps a text without a final stop', () => {
    expect(splitSentences('Tiene derechos. ¿Tiene preguntas? Llámenos')).toEqual(['Tiene derechos.', '¿Tiene preguntas?', 'Llámenos']);
    expect(splitSentences('Las leyes de EE. UU. le protegen. Gracias.')).toEqual(['Las leyes de EE. UU. le protegen.', 'Gracias.']);
  });

  it('cuts a very long sentence after a comma or semicolon, so Chrome does not stop mid-way', () => {
    const clause = 'you have the right to be told about the case and about every hearing in it';
    const long = `${clause}, ${clause}; ${clause}, ${clause}.`;
    const pieces = splitSentences(long);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.length <= 200)).toBe(true);
    expect(pieces.join(' ')).toBe(long);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});
