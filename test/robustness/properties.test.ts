/**
 * Property-based tests: for random Markdown and text, and for random mutations of the
 * evaluation articles (characters, lines and paragraphs inserted, deleted or
 * duplicated; the language swapped), factCheck never throws, every finding points at
 * exactly the text it quotes, line and column agree with the offset, and the same
 * input always gives byte-identical output. Runs are few and inputs small so the
 * suite stays fast; a failure prints the seed and the shrunk input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factCheck, type FactCheckOptions } from '../../src/factcheck/index.js';
import { expectValidFindings } from './positions.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

/** The evaluation articles: the development set and the held-out batches. */
function articles(): { name: string; text: string; format: 'markdown' | 'text' }[] {
  const dirs = readdirSync('test/fixtures')
    .filter((d) => d.startsWith('articles') || d === 'eval-dev')
    .sort()
    .map((d) => join('test/fixtures', d));
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => /\.(md|txt)$/.test(file))
      .sort()
      .map((file) => ({
        name: join(dir, file),
        text: readFileSync(join(dir, file), 'utf8'),
        format: file.endsWith('.md') ? ('markdown' as const) : ('text' as const),
      })),
  );
}

/** Runs factCheck twice; checks positions and that both runs agree byte for byte. */
function holds(input: string, options: FactCheckOptions): void {
  const first = factCheck(input, options);
  expectValidFindings(input, first.findings);
  expect(JSON.stringify(factCheck(input, options))).toBe(JSON.stringify(first));
}

const options = fc.record({
  format: fc.constantFrom('markdown' as const, 'text' as const),
  language: fc.constantFrom('en' as const, 'nb' as const, undefined),
});

/** Words the engine knows, so random text has claims in it, and markup around them. */
const WORDS = [
  'Mesotherapy',
  'mesoterapi',
  'reduces',
  'reduserer',
  'cellulite',
  'cellulitter',
  'hair',
  'loss',
  'hårtap',
  'is',
  'er',
  'not',
  'ikke',
  'no',
  'FDA-approved',
  'godkjent',
  'av',
  'FDA',
  'safe',
  'trygg',
  'downtime',
  'fat',
  'fett',
  'double',
  'chin',
  'a',
  '2012',
  'study',
  'studie',
  'of',
  'six',
  'people',
  'but',
  'men',
  'it',
  'the',
  'treatment',
  'behandlingen',
  'proven',
  'may',
  'kan',
  'help',
  'hjelpe',
  'melts',
  'Kybella',
  'deoxycholic',
  'acid',
  'and',
  'og',
];
const PUNCTUATION = [
  '.',
  '. ',
  ', ',
  '; ',
  ': ',
  '! ',
  '? ',
  '…',
  ' – ',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  ' ',
  ' ',
  ' ',
  ' ',
];
const MARKUP = [
  '# ',
  '## ',
  '- ',
  '* ',
  '1. ',
  '> ',
  '**',
  '*',
  '_',
  '`',
  '```\n',
  '\n```\n',
  '<div>',
  '</div>',
  '<!-- ',
  ' -->',
  '[',
  '](http://x)',
  '|',
  '• ',
  '    ',
  '\t',
  '\\',
  '&amp;',
  '\u200B',
  '\u202E',
  '\uFEFF',
  '\0',
  '\uD800',
  '\uDC00',
  '😀',
];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const document = fc.array(token, { maxLength: 120 }).map((parts) => parts.join(''));

describe('random Markdown and text', () => {
  it('never throws, points at what it quotes, and is deterministic', () => {
    fc.assert(
      fc.property(document, options, (input, opts) => {
        holds(input, opts);
      }),
      { numRuns: RUNS },
    );
  });

  it('any string at all (full Unicode, lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), options, (input, opts) => {
        holds(input, opts);
      }),
      { numRuns: RUNS },
    );
  });
});

/** One edit of a text: what it does, where, and with what. */
const mutation = fc.record({
  kind: fc.constantFrom(
    'insert-char',
    'delete-char',
    'duplicate-char',
    'insert-line',
    'delete-line',
    'duplicate-line',
    'delete-paragraph',
    'duplicate-paragraph',
    'swap-lines',
  ),
  at: fc.nat(),
  other: fc.nat(),
  text: fc.oneof(fc.constantFrom(...PUNCTUATION, ...MARKUP, ...WORDS), fc.string({ unit: 'binary', maxLength: 3 })),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  if (text.length === 0) return m.text;
  const at = m.at % (text.length + 1);
  const split = (separator: string): string[] => text.split(separator);
  const editParts = (separator: string, edit: (parts: string[], index: number) => void): string => {
    const parts = split(separator);
    edit(parts, m.at % parts.length);
    return parts.join(separator);
  };
  switch (m.kind) {
    case 'insert-char':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete-char':
      return text.slice(0, at) + text.slice(at + 1 + (m.other % 8));
    case 'duplicate-char':
      return text.slice(0, at) + text.slice(at, at + 1 + (m.other % 8)) + text.slice(at);
    case 'insert-line':
      return editParts('\n', (parts, i) => parts.splice(i, 0, m.text));
    case 'delete-line':
      return editParts('\n', (parts, i) => parts.splice(i, 1));
    case 'duplicate-line':
      return editParts('\n', (parts, i) => parts.splice(i, 0, parts[i] as string));
    case 'delete-paragraph':
      return editParts('\n\n', (parts, i) => parts.splice(i, 1));
    case 'duplicate-paragraph':
      return editParts('\n\n', (parts, i) => parts.splice(i, 0, parts[i] as string));
    case 'swap-lines':
      return editParts('\n', (parts, i) => {
        const j = m.other % parts.length;
        [parts[i], parts[j]] = [parts[j] as string, parts[i] as string];
      });
  }
}

describe('mutations of the evaluation articles', () => {
  const corpus = articles();

  it('the corpus is there to mutate', () => {
    expect(corpus.length).toBeGreaterThan(10);
  });

  it('a mutated article (either format, either language) never throws, points at what it quotes, and is deterministic', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: corpus.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        options,
        (index, edits, opts) => {
          const article = corpus[index] as (typeof corpus)[number];
          holds(edits.reduce(mutate, article.text), opts);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('every unmutated article, in its own format, in both languages', () => {
    for (const article of corpus)
      for (const language of ['en', 'nb', undefined] as const)
        holds(article.text, { format: article.format, language });
  });
});
