/**
 * The one pass over a block's words (issue 17): `scanWords` finds what `tokenize`'s regular
 * expression finds, the language scores from a scan are those of reading the text again, and
 * the table of words seen stays bounded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';
import { buildLexicon } from '../../src/claims/lexicon.js';
import { scannedTokens, scanWords, tokenize, WordFormCache, writtenWordCount } from '../../src/claims/tokenize.js';
import { readable } from '../../src/factcheck/fact-check.js';
import { languageDetector, nextBlockLanguage, scoreLanguages } from '../../src/factcheck/language.js';

/** Letters, digits, format characters, apostrophes, surrogate pairs (and lone halves), spaces and marks. */
const PARTS = [
  'a',
  'Z',
  '9',
  'é',
  'å',
  'ø',
  'ß',
  '٣',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u00ad',
  '\u0301',
  '\u3164',
  '\u{E0001}',
  '\u{1D400}',
  '\u{1F600}',
  '\ud800',
  '\udc00',
  ' ',
  '\n',
  '-',
  '‑',
  '.',
  ',',
  "'",
  '’',
  'the ',
  'og ',
  'ikke ',
  'Mesoterapi ',
  'fjerner ',
  "don't ",
  'l’homme ',
  'hvad ',
  'jeg ',
  'och ',
  'nicht ',
];
const text = fc.array(fc.constantFrom(...PARTS), { maxLength: 60 }).map((parts) => parts.join(''));
const WORD = /[\p{L}\p{N}]+(?:\p{Cf}+[\p{L}\p{N}]+)*/gu;
const detector = languageDetector(readable(knowledgeBase.dataset));

describe('scanWords', () => {
  it('finds the words and offsets the tokenizer’s regular expression finds', () => {
    fc.assert(
      fc.property(text, (input) => {
        const scan = scanWords(input);
        expect(scan.words.map((w, i) => [w.text, scan.starts[i]])).toEqual(
          [...input.matchAll(WORD)].map((m) => [m[0], m.index]),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('gives each stretch the tokens tokenize gives it, or none when a word crosses its ends', () => {
    const lexicon = buildLexicon(readable(knowledgeBase.dataset), 'nb');
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (input, a, b) => {
        const from = Math.min(a, b) % (input.length + 1);
        const to = Math.max(from, Math.max(a, b) % (input.length + 1));
        const scanned = scannedTokens(input, scanWords(input), 0, from, to, lexicon.words);
        const read = tokenize(input.slice(from, to), lexicon.endings, from, lexicon.folding, lexicon.words);
        if (scanned) expect(scanned.tokens).toEqual(read);
        else {
          // Only a word cut by an end of the stretch is left to tokenize.
          const cut = [...input.matchAll(WORD)].some(
            (m) => (m.index < from && m.index + m[0].length > from) || (m.index < to && m.index + m[0].length > to),
          );
          expect(cut).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('makes the tokens a lexicon reads with a constructor, which V8 never makes in the old generation', () => {
    // V8 decides per object literal whether to make its objects in the old generation, from how
    // many it sees alive at one minor collection; a sentence's tokens all live while it is read,
    // so a token literal could be turned old for the life of the process (peak 21–27× the input on
    // a 4 MB line of entities: test/robustness/fuzz-script.test.ts). `new` has no such site.
    const lexicon = buildLexicon(readable(knowledgeBase.dataset), 'nb');
    const input = 'Rynker og hårtap-fri hud.';
    const read = tokenize(input, lexicon.endings, 0, lexicon.folding, lexicon.words);
    const scanned = scannedTokens(input, scanWords(input), 0, 0, input.length, lexicon.words)?.tokens ?? [];
    expect(read).toHaveLength(5);
    expect(scanned).toEqual(read);
    for (const token of [...read, ...scanned]) expect(Object.getPrototypeOf(token)).not.toBe(Object.prototype);
  });

  it('keeps at most WordFormCache.LIMIT distinct words', () => {
    const many = Array.from({ length: WordFormCache.LIMIT + 10 }, (_, i) => `w${i.toString(36)}`).join(' ');
    const scan = scanWords(many);
    expect(scan.words).toHaveLength(WordFormCache.LIMIT + 10);
    expect(writtenWordCount()).toBeGreaterThan(0);
    expect(writtenWordCount()).toBeLessThanOrEqual(WordFormCache.LIMIT);
    // Words seen before the table started afresh are still read as written.
    expect(scanWords('w0 w1').words.map((w) => w.text)).toEqual(['w0', 'w1']);
  });
});

describe('language scores from a scan', () => {
  it('are the scores of reading the text again, in the same order', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect([...scoreLanguages(input, detector, scanWords(input))]).toEqual([...scoreLanguages(input, detector)]);
      }),
      { numRuns: 2000 },
    );
  });

  it('tell the same block language when the block is longer than the sample read', () => {
    const long = fc.array(fc.constantFrom(...PARTS), { minLength: 300, maxLength: 700 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(long, fc.constantFrom('en', 'nb', 'da'), (input, current) => {
        expect(nextBlockLanguage(input, current, 'en', detector, scanWords(input))).toBe(
          nextBlockLanguage(input, current, 'en', detector),
        );
      }),
      { numRuns: 300 },
    );
  });
});
