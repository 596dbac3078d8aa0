/**
 * The bundled knowledge base's lexicons and language word weights are compiled at build
 * time (src/generated/lexicons.ts; test/generated.test.ts checks the file is what
 * `npm run build:data` makes). Here: what is read from them matches what is built from
 * the records, token for token and finding for finding.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldingOf } from '../../src/claims/fold.js';
import { buildLexicon, compileLexicon, lexiconFrom, packLexicon, type LexiconData } from '../../src/claims/lexicon.js';
import { tokenize } from '../../src/claims/tokenize.js';
import { factCheck, readable, type FactCheckKnowledgeBase } from '../../src/factcheck/fact-check.js';
import { compileLanguageWords, languageDetector } from '../../src/factcheck/language.js';
import {
  bundledLanguageWords,
  bundledLexicon,
  markBundled,
  packLanguageWords,
  unpackLanguageWords,
  type PackedLanguageWords,
} from '../../src/factcheck/prebuilt.js';
import { loadTables } from '../../src/generated/lexicons.js';
import { knowledgeBase } from '../../src/index.js';

const FIXTURES = 'test/fixtures';
const documents = readdirSync(FIXTURES)
  .filter((dir) => dir.startsWith('articles') || dir === 'eval-dev')
  .flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(join(FIXTURES, dir, name), 'utf8')),
  );

/** The bundled records under another object: nothing prebuilt applies, so everything is built from them. */
const rebuilt: FactCheckKnowledgeBase = {
  dataset: { ...knowledgeBase.dataset },
  judge: (claim) => knowledgeBase.judge(claim),
};

describe('tables compiled at build time', () => {
  const dataset = readable(knowledgeBase.dataset);

  it('are the ones the records give, for every language the engine reads', () => {
    const read = dataset.languages.filter((p) => p.read).map((p) => p.id);
    expect(Object.keys(loadTables().lexicons).sort()).toEqual([...read].sort());
    for (const code of read)
      expect(JSON.parse(JSON.stringify(packLexicon(compileLexicon(dataset, code))))).toEqual(
        JSON.parse(loadTables().lexicons[code] as string),
      );
    const packed = JSON.parse(loadTables().languageWords) as PackedLanguageWords;
    expect(packed).toEqual(JSON.parse(JSON.stringify(packLanguageWords(compileLanguageWords(dataset)))));
    const weights = (words: ReadonlyMap<string, ReadonlyMap<string, number>>) =>
      [...words].map(([word, byLanguage]) => [word, [...byLanguage]]);
    // In word order (packed sorted, looked up by halves); each word's weights in the order compiled.
    expect(weights(unpackLanguageWords(packed))).toEqual(
      bySortedWord(JSON.parse(JSON.stringify(compileLanguageWords(dataset))) as [string, unknown][]),
    );
  });

  it('are used only for the bundled knowledge base', () => {
    const other = { ...dataset };
    expect(bundledLexicon(other, 'en')).toBeUndefined();
    expect(bundledLanguageWords(other)).toBeUndefined();
    markBundled(other);
    expect(bundledLexicon(other, 'en')).toEqual(JSON.parse(loadTables().lexicons.en as string));
    // Parsed once, then shared.
    const another = { ...dataset };
    markBundled(another);
    expect(bundledLexicon(other, 'en')).toBe(bundledLexicon(another, 'en'));
    expect(bundledLanguageWords(other)).toBe(bundledLanguageWords(another));
    expect(bundledLexicon(other, 'xx')).toBeUndefined();
    expect(bundledLexicon(other, 'constructor')).toBeUndefined();
  });

  it('index into a lexicon that matches as the one built from the records', () => {
    const folding = foldingOf(dataset.languages);
    const text = documents.join('\n\n');
    for (const code of ['en', 'nb'] as const) {
      const built = buildLexicon(dataset, code);
      const read = lexiconFrom(JSON.parse(JSON.stringify(compileLexicon(dataset, code))) as LexiconData, folding);
      const packed = lexiconFrom(
        JSON.parse(JSON.stringify(packLexicon(compileLexicon(dataset, code)))) as LexiconData,
        folding,
      );
      expect([...read.abbreviations]).toEqual([...built.abbreviations]);
      expect([...read.numbers]).toEqual([...built.numbers]);
      expect(read.endings).toEqual(built.endings);
      const tokens = tokenize(text, built.endings, 0, folding);
      const matches = built.match(tokens);
      expect(matches.length).toBeGreaterThan(1000);
      expect(read.match(tokens)).toEqual(matches);
      expect(packed.match(tokens)).toEqual(matches);
    }
  });

  it('give the language detector the word weights the records give, each in the same order', () => {
    // Marked as the bundled records: its word weights are the ones compiled at build time.
    const bundledRecords = { ...dataset };
    markBundled(bundledRecords);
    const prebuilt = languageDetector(bundledRecords);
    const fromRecords = languageDetector({ ...dataset });
    expect(prebuilt).not.toBe(fromRecords);
    expect(prebuilt.words).toBe(bundledLanguageWords(bundledRecords));
    const entries = (words: typeof prebuilt.words) =>
      [...words].map(([word, weights]): [string, unknown] => [word, [...weights]]);
    expect(entries(prebuilt.words)).toEqual(bySortedWord(entries(fromRecords.words)));
    for (const [word, weights] of fromRecords.words)
      expect([...(prebuilt.words.get(word) ?? [])]).toEqual([...weights]);
    expect(prebuilt.words.get('not a word')).toBeUndefined();
    expect(prebuilt.words.size).toBe(fromRecords.words.size);
    expect([...prebuilt.letters]).toEqual([...fromRecords.letters]);
  });

  it('give the same findings as lexicons built from the records, on every fixture article', () => {
    expect(documents.length).toBeGreaterThan(50);
    for (const text of documents) expect(factCheck(text)).toEqual(factCheck(text, { knowledgeBase: rebuilt }));
  });
});

/** Entries sorted by word, by UTF-16 code units. */
function bySortedWord<T extends [string, unknown]>(entries: T[]): T[] {
  return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('packed language word weights', () => {
  it('unpack to the words and weights packed, in word order, sharing one map per weight list', () => {
    const entries = [
      [
        'og',
        [
          ['nb', 0.5],
          ['da', 0.5],
        ],
      ],
      ['ikkje', [['nn', 4]]],
      ['the', [['en', 1]]],
      [
        'og2',
        [
          ['nb', 0.5],
          ['da', 0.5],
        ],
      ],
      [
        'ok',
        [
          ['da', 0.5],
          ['nb', 0.5],
        ],
      ],
      ['å', [['nb', 1]]],
      ['a', [['en', 1]]],
    ] as const;
    const packed = packLanguageWords(entries);
    expect(packed.weights).toHaveLength(5);
    expect(packed.words).toBe('a=0 ikkje=1 og=2 og2=2 ok=3 the=0 \u00e5=4');
    const words = unpackLanguageWords(JSON.parse(JSON.stringify(packed)) as PackedLanguageWords);
    expect([...words].map(([word, byLanguage]) => [word, [...byLanguage]])).toEqual(
      bySortedWord(entries.map(([word, byLanguage]): [string, unknown] => [word, byLanguage])),
    );
    for (const [word, byLanguage] of entries) expect([...(words.get(word) ?? [])]).toEqual(byLanguage);
    expect(words.get('og')).toBe(words.get('og2'));
    for (const missing of ['', 'b', 'og1', 'o', 'ogg', 'zzz', '0', 'the ', 'a=0'])
      expect(words.get(missing)).toBeUndefined();
    expect(words.size).toBe(entries.length);
    expect(unpackLanguageWords(packLanguageWords([])).size).toBe(0);
    expect(unpackLanguageWords(packLanguageWords([])).get('og')).toBeUndefined();
  });

  it('find every word of a long list, and none between them', () => {
    const entries = Array.from({ length: 500 }, (_, i): [string, [['en', number]]] => [
      `w${String(i * 2)}`,
      [['en', i % 7]],
    ]);
    const words = unpackLanguageWords(packLanguageWords(entries));
    for (const [word, [[, weight]]] of entries) expect(words.get(word)?.get('en')).toBe(weight);
    for (let i = 0; i < 500; i++) expect(words.get(`w${String(i * 2 + 1)}`)).toBeUndefined();
  });

  it('refuse a word they could not unpack', () => {
    expect(() => packLanguageWords([['two words', [['en', 1]]]])).toThrow(/two words/);
    expect(() => packLanguageWords([['', [['en', 1]]]])).toThrow(/cannot pack/);
    expect(() => packLanguageWords([['a=b', [['en', 1]]]])).toThrow(/cannot pack/);
    expect(() =>
      packLanguageWords([
        ['og', [['en', 1]]],
        ['og', [['nb', 1]]],
      ]),
    ).toThrow(/twice/);
  });
});

describe('packed lexicon patterns', () => {
  const dataset = readable(knowledgeBase.dataset);
  const folding = foldingOf(dataset.languages);

  it('read as the patterns packed: the same matches, word by word, in either order of first tokens', () => {
    for (const code of ['en', 'nb'] as const) {
      const data = compileLexicon(dataset, code);
      const tokens = tokenize(documents.slice(0, 20).join('\n\n'), data.endings, 0, folding);
      const listed = lexiconFrom(data, folding);
      // Fresh lexicons for each order: each keeps what it has looked up.
      expect(lexiconFrom(packLexicon(data), folding).match(tokens)).toEqual(listed.match(tokens));
      const reversed = { ...data, patterns: [...data.patterns].reverse() };
      expect(lexiconFrom(packLexicon(reversed), folding).match(tokens)).toEqual(
        lexiconFrom(reversed, folding).match(tokens),
      );
    }
  });

  it('keep every first token and pattern', () => {
    const data = compileLexicon(dataset, 'nb');
    const lines = packLexicon(data).patterns.split('\n');
    expect(lines).toHaveLength(data.patterns.length);
    expect(lines.map((line) => line.split('\t').length - 1)).toEqual(data.patterns.map(([, list]) => list.length));
    const singles = data.patterns
      .filter(([, list]) => list.some(([tokens]) => !tokens.includes(' ')))
      .map(([key]) => key);
    expect(packLexicon(data).singles.split(' ')).toEqual([...singles].sort());
    expect(singles.length).toBeGreaterThan(100);
  });

  it('refuse a token they could not unpack', () => {
    const data = compileLexicon(dataset, 'en');
    expect(() => packLexicon({ ...data, patterns: [['a,b', [['a,b', 0, 0]]]] })).toThrow(/cannot pack/);
    expect(() => packLexicon({ ...data, patterns: [['a', [['a\tb', 0, 0]]]] })).toThrow(/cannot pack/);
    expect(() => packLexicon({ ...data, patterns: [['', [['a', 0, 0]]]] })).toThrow(/cannot pack/);
    expect(() => packLexicon({ ...data, patterns: [['a b', [['a b', 0, 0]]]] })).toThrow(/cannot pack/);
    expect(() =>
      packLexicon({
        ...data,
        patterns: [
          ['a', [['a', 0, 0]]],
          ['a', [['a b', 0, 0]]],
        ],
      }),
    ).toThrow(/twice/);
  });
});
