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
import { buildLexicon, compileLexicon, lexiconFrom, type LexiconData } from '../../src/claims/lexicon.js';
import { tokenize } from '../../src/claims/tokenize.js';
import { factCheck, readable, type FactCheckKnowledgeBase } from '../../src/factcheck/fact-check.js';
import { compileLanguageWords, languageDetector } from '../../src/factcheck/language.js';
import { bundledLanguageWords, bundledLexicon, markBundled } from '../../src/factcheck/prebuilt.js';
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
      expect(JSON.parse(JSON.stringify(compileLexicon(dataset, code)))).toEqual(loadTables().lexicons[code]);
    expect(JSON.parse(JSON.stringify(compileLanguageWords(dataset)))).toEqual(loadTables().languageWords);
  });

  it('are used only for the bundled knowledge base', () => {
    const other = { ...dataset };
    expect(bundledLexicon(other, 'en')).toBeUndefined();
    expect(bundledLanguageWords(other)).toBeUndefined();
    markBundled(other);
    expect(bundledLexicon(other, 'en')).toBe(loadTables().lexicons.en);
  });

  it('index into a lexicon that matches as the one built from the records', () => {
    const folding = foldingOf(dataset.languages);
    const text = documents.join('\n\n');
    for (const code of ['en', 'nb'] as const) {
      const built = buildLexicon(dataset, code);
      const read = lexiconFrom(JSON.parse(JSON.stringify(compileLexicon(dataset, code))) as LexiconData, folding);
      expect([...read.abbreviations]).toEqual([...built.abbreviations]);
      expect([...read.numbers]).toEqual([...built.numbers]);
      expect(read.endings).toEqual(built.endings);
      const tokens = tokenize(text, built.endings, 0, folding);
      const matches = built.match(tokens);
      expect(matches.length).toBeGreaterThan(1000);
      expect(read.match(tokens)).toEqual(matches);
    }
  });

  it('give the language detector the word weights the records give, in the same order', () => {
    const prebuilt = languageDetector(dataset);
    const fromRecords = languageDetector({ ...dataset });
    expect(prebuilt).not.toBe(fromRecords);
    const entries = (words: typeof prebuilt.words) => [...words].map(([word, weights]) => [word, [...weights]]);
    expect(entries(prebuilt.words)).toEqual(entries(fromRecords.words));
    expect([...prebuilt.letters]).toEqual([...fromRecords.letters]);
  });

  it('give the same findings as lexicons built from the records, on every fixture article', () => {
    expect(documents.length).toBeGreaterThan(50);
    for (const text of documents) expect(factCheck(text)).toEqual(factCheck(text, { knowledgeBase: rebuilt }));
  });
});
