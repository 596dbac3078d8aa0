/**
 * The lexicon's per-word caches (issue 17): each distinct word is folded, stemmed and
 * looked up once per lexicon; tokens and matches are the same as without the caches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';
import { buildLexicon, compileLexicon, lexiconFrom } from '../../src/claims/lexicon.js';
import { tokenize, WordFormCache } from '../../src/claims/tokenize.js';
import { foldingOf, stemWord } from '../../src/claims/fold.js';
import { readable } from '../../src/factcheck/fact-check.js';

const WORDS = [
  'Mesoterapi',
  'mesoterapi',
  'fjerner',
  'FETT',
  'hår',
  'tap',
  'hårtap',
  'Cellulitter',
  'ikke',
  'godkjent',
  'av',
  'FDA',
  'Mesotherapy',
  'melts',
  'double',
  'chin',
  'risk-free',
  'Juvéderm',
  'meso\u200btherapy',
  'rynker',
  'og',
  // First words of many patterns (lists split by second token).
  'not',
  'the',
  'no',
  'fat',
  'skin',
  'approved',
  'Ikke',
];
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ', ', '-', '. ')), { maxLength: 40 })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(''));

describe('per-word caches', () => {
  for (const language of ['en', 'nb'] as const) {
    it(`give the same tokens and matches as folding every token afresh (${language})`, () => {
      // With the cue vocabulary: cues start the lists split by second token.
      const cached = buildLexicon(readable(knowledgeBase.dataset), language);
      const fresh = buildLexicon(readable(knowledgeBase.dataset), language);
      fc.assert(
        fc.property(text, (input) => {
          const tokens = tokenize(input, cached.endings, 3, cached.folding, cached.words);
          const plain = tokenize(input, fresh.endings, 3, fresh.folding);
          // Cached tokens carry the forms they share with every token of their word.
          expect(tokens.every((t) => t.forms?.folded === t.folded && t.forms.stem === t.stem)).toBe(true);
          expect(tokens.map(({ forms: _forms, ...rest }) => rest)).toEqual(plain);
          // Matched twice: the second time every word comes from the caches.
          const first = cached.match(tokens);
          expect(cached.match(tokens)).toEqual(first);
          expect(first.map((m) => [m.first, m.last, JSON.stringify(m.ref)])).toEqual(
            fresh.match(plain).map((m) => [m.first, m.last, JSON.stringify(m.ref)]),
          );
        }),
        { numRuns: 300 },
      );
    });
  }

  it('keep what a lexicon works out on a word for that lexicon only, and for its forms only', () => {
    const en = buildLexicon(knowledgeBase.dataset, 'en');
    const nb = buildLexicon(knowledgeBase.dataset, 'nb');
    const input = 'Mesoterapi fjerner ikke fett, hår tap og double chin: mesotherapy melts fat';
    const plain = (lexicon: typeof en): string[] =>
      lexicon
        .match(tokenize(input, lexicon.endings, 0, lexicon.folding))
        .map((m) => `${m.first}-${m.last} ${JSON.stringify(m.ref)}`);
    const enTokens = tokenize(input, en.endings, 0, en.folding, en.words);
    const nbTokens = tokenize(input, nb.endings, 0, nb.folding, nb.words);
    const found = (lexicon: typeof en, tokens: typeof enTokens): string[] =>
      lexicon.match(tokens).map((m) => `${m.first}-${m.last} ${JSON.stringify(m.ref)}`);
    // Each lexicon reads the same words' forms in turn: neither takes the other's entries.
    for (let round = 0; round < 2; round++) {
      expect(found(en, enTokens)).toEqual(plain(en));
      expect(found(nb, enTokens)).toEqual(plain(nb));
      expect(found(nb, nbTokens)).toEqual(plain(nb));
      expect(found(en, nbTokens)).toEqual(plain(en));
    }
    // A token whose forms are not its own (made by hand) is read by its own forms.
    const swapped = enTokens.map((t, i) => ({ ...t, forms: enTokens[(i + 1) % enTokens.length]?.forms }));
    expect(found(en, swapped)).toEqual(plain(en));
  });

  it('fold each distinct word once, and only for the endings and folding they were made for', () => {
    const lexicon = buildLexicon(knowledgeBase.dataset, 'nb');
    tokenize('Rynker, rynker og RYNKER og rynker.', lexicon.endings, 0, lexicon.folding, lexicon.words);
    expect(lexicon.words.size).toBe(4); // Rynker, rynker, og, RYNKER
    const other = tokenize('Rynker', ['er'], 0, foldingOf(knowledgeBase.dataset.languages), lexicon.words);
    expect(other[0]?.stem).toBe('rynk');
    expect(lexicon.words.size).toBe(4);
  });

  it('match as afresh after the lists kept per pair of words start afresh', () => {
    const lexicon = buildLexicon(readable(knowledgeBase.dataset), 'en');
    const fresh = (): ReturnType<typeof buildLexicon> => buildLexicon(readable(knowledgeBase.dataset), 'en');
    // "not" starts a list split by second token: each distinct word after it is a pair remembered.
    const many = Array.from({ length: WordFormCache.LIMIT + 10 }, (_, i) => `not w${i.toString(36)}`).join(' ');
    lexicon.match(tokenize(many, lexicon.endings, 0, lexicon.folding, lexicon.words));
    const sentence = 'Mesotherapy is not FDA-approved, not the fat of the skin, and no risk-free fix.';
    const read = (l: ReturnType<typeof buildLexicon>): string[] =>
      l.match(tokenize(sentence, l.endings, 0, l.folding)).map((m) => `${m.first}-${m.last} ${JSON.stringify(m.ref)}`);
    const expected = read(fresh());
    expect(expected.length).toBeGreaterThan(3);
    expect(read(lexicon)).toEqual(expected);
    expect(read(lexicon)).toEqual(expected);
  });

  it('stay bounded on text of endless distinct words', () => {
    const cache = new WordFormCache([]);
    const words = Array.from({ length: WordFormCache.LIMIT + 10 }, (_, i) => `w${i.toString(36)}`).join(' ');
    tokenize(words, [], 0, undefined, cache);
    expect(cache.size).toBeLessThanOrEqual(WordFormCache.LIMIT);
  });
});

describe('compounds written apart', () => {
  // The words' entries tell which pairs may join; every one-token name and compound part
  // split at any point must still be read across the gap (what `pairFor` finds).
  const data = compileLexicon(knowledgeBase.dataset, 'nb');
  const lexicon = buildLexicon(knowledgeBase.dataset, 'nb');
  const read = (text: string): string[] =>
    lexicon
      .match(tokenize(text, lexicon.endings, 0, lexicon.folding, lexicon.words))
      .filter((m) => m.first === 0 && m.last === 1)
      .map((m) => JSON.stringify(m.ref));
  const ref = (index: number): string => JSON.stringify(data.refs[index]);
  const plain = /^[a-zæøå]+$/u;

  it('read a one-token name split anywhere, or with its ending written apart', () => {
    let cases = 0;
    for (const [key, list] of data.patterns) {
      const single = list.find(([tokens]) => !tokens.includes(' ') && !tokens.includes('|'));
      if (!single || !plain.test(key) || key.length < 4) continue;
      for (let cut = 1; cut < key.length; cut++) {
        expect(read(`${key.slice(0, cut)} ${key.slice(cut)}`), key).toContain(ref(single[2]));
        cases++;
      }
      for (const ending of data.endings)
        if (plain.test(ending) && stemWord(key + ending, data.endings) === key) {
          expect(read(`${key} ${ending}`), `${key} ${ending}`).toContain(ref(single[2]));
          cases++;
        }
    }
    expect(cases).toBeGreaterThan(100);
  });

  it('read a compound prefix or suffix reaching across the gap', () => {
    let cases = 0;
    for (const [key, index] of data.prefixes)
      if (plain.test(key))
        for (let cut = 1; cut < key.length; cut++) {
          expect(read(`${key.slice(0, cut)} ${key.slice(cut)}a`), key).toContain(ref(index));
          cases++;
        }
    for (const [reversed, index] of data.suffixes) {
      const key = reversed.split('').reverse().join('');
      if (plain.test(key))
        for (let cut = 1; cut < key.length; cut++) {
          expect(read(`xy${key.slice(0, cut)} ${key.slice(cut)}`), key).toContain(ref(index));
          cases++;
        }
    }
    expect(cases).toBeGreaterThan(10);
  });

  it('come from patterns sorted by first token, so a cold process sorts nothing', () => {
    const keys = data.patterns.map(([key]) => key);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('are read the same from data whose patterns are not sorted', () => {
    const unsorted = lexiconFrom({ ...data, patterns: [...data.patterns].reverse() }, lexicon.folding);
    const readWith = (each: typeof lexicon, text: string): string =>
      JSON.stringify(each.match(tokenize(text, each.endings, 0, each.folding, each.words)));
    let cases = 0;
    for (const [key] of data.patterns)
      if (plain.test(key))
        for (let cut = 1; cut < key.length; cut++) {
          const text = `${key.slice(0, cut)} ${key.slice(cut)} og ${key} ${key.slice(0, cut)}`;
          expect(readWith(unsorted, text), text).toBe(readWith(lexicon, text));
          cases++;
        }
    expect(cases).toBeGreaterThan(1000);
  });
});
