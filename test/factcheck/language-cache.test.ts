/**
 * Language scores are worked out once per distinct word (a cache per detector) and letters
 * counted without an array: the scores and the main language must be exactly what reading
 * every word afresh gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord } from '../../src/claims/fold.js';
import { readable } from '../../src/factcheck/fact-check.js';
import {
  countLetters,
  languageDetector,
  mainLanguage,
  scoreLanguages,
  type LanguageDetector,
} from '../../src/factcheck/language.js';
import { knowledgeBase } from '../../src/index.js';
import type { LanguageCode } from '../../src/schema/language.js';

/** The scores as the detector read them before the cache: every word folded afresh. */
function reference(text: string, detector: LanguageDetector): Map<LanguageCode, number> {
  const scores = new Map<LanguageCode, number>();
  const letterScores = new Map<LanguageCode, number>();
  for (const match of text.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)) {
    const word = foldWord(match[0]);
    const weights = detector.words.get(word);
    if (weights) for (const [code, weight] of weights) scores.set(code, (scores.get(code) ?? 0) + weight);
    if (/^[a-z']*$/.test(word)) continue;
    const seen = new Set<LanguageCode>();
    for (const char of word) for (const code of detector.letters.get(char) ?? []) seen.add(code);
    for (const code of seen) letterScores.set(code, (letterScores.get(code) ?? 0) + 0.5);
  }
  for (const [code, score] of letterScores) scores.set(code, (scores.get(code) ?? 0) + Math.min(score, 1.5));
  return scores;
}

const WORDS = [
  'og',
  'ikkje',
  'the',
  'Behandlingen',
  'fedt',
  'HÅR',
  'ÆØÅ',
  'über',
  'är',
  'mesoterapi',
  'x',
  '𝒜bc',
  "it's",
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((words) => words.join(' '));

describe('language evidence per distinct word', () => {
  const detector = languageDetector(readable(knowledgeBase.dataset));

  it('scores a text exactly as reading every word afresh does, repeated words and all', () => {
    fc.assert(
      fc.property(text, (sample) => {
        expect([...scoreLanguages(sample, detector)]).toEqual([...reference(sample, detector)]);
        // Again, now from the cache.
        expect([...scoreLanguages(sample, detector)]).toEqual([...reference(sample, detector)]);
      }),
      { numRuns: 500 },
    );
  });

  it('counts letters as code points, a letter outside the BMP once', () => {
    // 6 letters in bokmål against 5 in Danish, of which 3 are astral (six code units).
    expect(mainLanguage(['abcdef', '𝒜𝒜𝒜de'], ['nb', 'da'], 'da')).toBe('nb');
    expect(mainLanguage(['abcde', '𝒜𝒜𝒜def'], ['nb', 'da'], 'nb')).toBe('da');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), ([a, b]) => {
        const count = (s: string) => s.match(/\p{L}/gu)?.length ?? 0;
        const expected = count(b as string) > count(a as string) ? 'da' : 'nb';
        expect(mainLanguage([a as string, b as string], ['nb', 'da'], 'nb')).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('counts the letters of every code unit, astral letters and lone surrogates as the regular expression does', () => {
    const regex = (s: string): number => s.match(/\p{L}/gu)?.length ?? 0;
    // Every BMP unit once, in runs of 4,096 (lone surrogates among them), then astral letters and non-letters.
    for (let from = 0; from < 0x10000; from += 0x1000) {
      const units = String.fromCharCode(...Array.from({ length: 0x1000 }, (_, i) => from + i));
      expect(countLetters(units)).toBe(regex(units));
    }
    for (const sample of ['𝒜𝒜b', '😀a', '\ud835', 'a\udc9c', '\ud835\ud835\udc9c', 'Hår 2024, 𝐀!'])
      expect(countLetters(sample)).toBe(regex(sample));
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (sample) => {
        expect(countLetters(sample)).toBe(regex(sample));
      }),
      { numRuns: 1000 },
    );
  });
});
