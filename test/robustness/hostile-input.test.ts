/**
 * Hostile input to the fact-check engine and the remark plugin: a 10 MB line,
 * 100,000-deep nesting, NUL and binary bytes, lone surrogates, invisible characters
 * inside words, megabyte words, claims hidden in code and HTML, a file of headings,
 * CR and CRLF line ends. Each must give an answer, in time that grows linearly (a
 * doubled input may take at most 3× as long), with memory well below 20× the input,
 * and every finding must point at exactly the text it quotes.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { factCheck, type Finding } from '../../src/factcheck/index.js';
import remarkMesoEvidence from '../../src/remark.js';
import { expectValidFindings } from './positions.js';

const CLAIM_EN = 'Mesotherapy reduces cellulite. ';
const CLAIM_NB = 'Mesoterapi er ikke godkjent av FDA. ';
const LANGUAGES = ['en', 'nb', undefined] as const;
const FORMATS = ['markdown', 'text'] as const;

function check(input: string, options: Parameters<typeof factCheck>[1] = {}): readonly Finding[] {
  const { findings } = factCheck(input, options);
  expectValidFindings(input, findings);
  return findings;
}

function remarkFindings(input: string, options: Parameters<typeof remarkMesoEvidence>[0] = {}): Finding[] {
  const file = new VFile(input);
  const processor = unified().use(remarkParse).use(remarkMesoEvidence, options);
  processor.runSync(processor.parse(file), file);
  const findings = file.messages.map((m) => (m as unknown as { data: Finding }).data);
  expectValidFindings(input, findings);
  return findings;
}

/** The CPU time `run` takes, in milliseconds: unlike wall time, other processes on a busy machine do not count. */
function time(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/**
 * How much longer twice the input takes: the best of three tries, each the faster of
 * two runs, so one slow moment on a busy machine does not decide.
 */
function doublingRatio(make: (size: number) => string, run: (input: string) => void, size: number): number {
  const small = make(size);
  const large = make(2 * size);
  run(small);
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && best > 3; attempt++) {
    const a = Math.min(
      time(() => {
        run(small);
      }),
      time(() => {
        run(small);
      }),
    );
    const b = Math.min(
      time(() => {
        run(large);
      }),
      time(() => {
        run(large);
      }),
    );
    best = Math.min(best, b / Math.max(a, 1));
  }
  return best;
}

/** Heap growth while `run` holds its result, in bytes. */
function heapGrowth(run: () => unknown): number {
  const before = process.memoryUsage().heapUsed;
  const result = run();
  const after = process.memoryUsage().heapUsed;
  expect(result).toBeDefined();
  return after - before;
}

const repeatTo = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('a 10 MB single line', () => {
  const input = repeatTo(CLAIM_EN + CLAIM_NB, 10_000_000);

  it.each(FORMATS)(
    'as %s: answers with exact positions, and memory well below 20× the input',
    (format) => {
      let findings: readonly Finding[] = [];
      const growth = heapGrowth(() => (findings = check(input, { format, language: 'en' })));
      // One finding per claim and line: the long line has the claims of its first stretch.
      const once = factCheck(CLAIM_EN + CLAIM_NB, { format, language: 'en' }).findings;
      expect(once.length).toBeGreaterThan(0);
      expect(findings.map((f) => f.claim)).toEqual(once.map((f) => f.claim));
      expect(growth).toBeLessThan(20 * input.length);
    },
    60_000,
  );

  it('through the remark plugin', () => {
    const findings = remarkFindings(input.slice(0, 2_000_000), { language: 'en' });
    expect(findings.map((f) => f.claim)).toEqual(
      factCheck(CLAIM_EN + CLAIM_NB, { language: 'en' }).findings.map((f) => f.claim),
    );
  }, 60_000);

  it.each(FORMATS)(
    'as %s: time grows linearly',
    (format) => {
      const ratio = doublingRatio(
        (size) => repeatTo(CLAIM_EN + CLAIM_NB, size),
        (text) => factCheck(text, { format }),
        250_000,
      );
      expect(ratio).toBeLessThanOrEqual(3);
    },
    60_000,
  );

  it('without a sentence break (one run-on sentence): time grows linearly', () => {
    const run = (size: number): string => repeatTo('mesotherapy reduces cellulite and fat and ', size);
    expect(check(run(100_000), { format: 'text' }).length).toBeGreaterThan(0);
    expect(doublingRatio(run, (text) => factCheck(text, { format: 'text' }), 200_000)).toBeLessThanOrEqual(3);
  }, 60_000);
});

describe('100,000-deep nesting', () => {
  const prefixes = { 'block quotes': '> ', lists: '- ', 'ordered lists': '1. ', 'quotes and lists mixed': '> - ' };
  const deep = Object.fromEntries(
    Object.entries(prefixes).map(([name, prefix]) => [
      name,
      (size: number) => prefix.repeat(size / prefix.length) + CLAIM_EN,
    ]),
  );

  it.each(Object.entries(prefixes))(
    '%s: read, past the depth limit, as plain text; the claim is found where it is',
    (_, prefix) => {
      for (const [language, claim] of [
        ['en', CLAIM_EN],
        ['nb', CLAIM_NB],
        [undefined, CLAIM_EN],
      ] as const) {
        for (const format of FORMATS) {
          const input = prefix.repeat(100_000) + claim;
          const findings = check(input, { format, language });
          expect(findings.map((f) => f.text)).toEqual([claim.trim()]);
          expect(findings[0]?.position.start.offset).toBe(100_000 * prefix.length);
        }
      }
    },
    60_000,
  );

  it.each(Object.entries(deep))(
    '%s: time grows linearly',
    (_, make) => {
      expect(doublingRatio(make, (text) => factCheck(text), 50_000)).toBeLessThanOrEqual(3);
    },
    60_000,
  );

  it('within the limit, nesting is read as Markdown', () => {
    const input = '> '.repeat(30) + CLAIM_EN + '\n\n```\n' + CLAIM_EN + '\n```\n';
    // Read as text, the claim in the code block would count too.
    expect(check(input).length).toBe(1);
  });

  it('a 100,000-deep tree given to the remark plugin is walked without recursion', () => {
    const source = '> '.repeat(100_000) + CLAIM_EN;
    const at = source.indexOf('M');
    const end = at + CLAIM_EN.trimEnd().length;
    const point = (offset: number) => ({ line: 1, column: offset + 1, offset });
    let node: Root['children'][number] = {
      type: 'paragraph',
      children: [{ type: 'text', value: CLAIM_EN.trimEnd(), position: { start: point(at), end: point(end) } }],
      position: { start: point(at), end: point(end) },
    };
    for (let depth = 0; depth < 100_000; depth++) node = { type: 'blockquote', children: [node] };
    const tree: Root = { type: 'root', children: [node] };
    const file = new VFile(source);
    unified().use(remarkMesoEvidence, { language: 'en' }).runSync(tree, file);
    expect(file.messages.map((m) => m.actual)).toEqual(['Mesotherapy reduces cellulite.']);
  });

  it('remark-parse output for 2,000-deep quotes goes through the plugin', () => {
    expect(remarkFindings('> '.repeat(2000) + CLAIM_EN, { language: 'en' }).length).toBe(1);
  }, 60_000);
});

describe('control and binary characters', () => {
  const binary = (): string => {
    let out = '';
    for (let i = 0; i < 4096; i++) out += String.fromCharCode((i * 7919) % 256);
    return out;
  };
  const inputs = {
    'NUL bytes between words': `Meso\0therapy\0 reduces\0cellulite.\0\0 ${CLAIM_EN}\0`,
    'binary bytes around a claim': `${binary()}\n\n${CLAIM_EN}\n\n${binary()}`,
    'lone surrogates': `\uD800${CLAIM_EN}\uDC00 \uDBFF\uDFFF \uDFFF${CLAIM_NB}\uD83D`,
    'only a lone surrogate': '\uD800',
    empty: '',
  };

  it.each(Object.entries(inputs))('%s: no exception, exact positions', (_, input) => {
    for (const language of LANGUAGES) for (const format of FORMATS) check(input, { format, language });
    remarkFindings(input);
  });

  it('a claim after binary noise is still found', () => {
    const input = inputs['binary bytes around a claim'];
    expect(check(input, { language: 'en' }).map((f) => f.text)).toContain('Mesotherapy reduces cellulite.');
  });
});

describe('invisible and right-to-left characters inside words', () => {
  it.each([
    ['zero-width space', 'meso\u200Btherapy reduces cellulite.'],
    ['zero-width joiner', 'meso\u200Dtherapy reduces cellu\u200Dlite.'],
    ['byte-order mark', 'Meso\uFEFFtherapy reduces cellulite.'],
    ['right-to-left override', 'Mesotherapy reduces cellu\u202Elite.'],
    ['right-to-left mark', 'Meso\u200Ftherapy reduces cellulite\u200F.'],
    ['soft hyphen', 'Meso\u00ADtherapy reduces cellu\u00ADlite.'],
  ])('%s: the word is read as a reader sees it, and the finding quotes the input as written', (_, input) => {
    for (const format of FORMATS) {
      const findings = check(input, { format, language: 'en' });
      expect(findings.map((f) => [f.claim.subject, f.claim.object, f.verdict])).toEqual([
        ['mesotherapy', 'cellulite', 'overstated'],
      ]);
      expect(findings[0]?.text).toBe(input);
    }
    expect(remarkFindings(input, { language: 'en' }).length).toBe(1);
  });

  it('a Norwegian claim with a zero-width space in the name', () => {
    const findings = check('Meso\u200Bterapi er ikke godkjent av FDA.', { format: 'text' });
    expect(findings.map((f) => [f.claim.predicate, f.claim.polarity, f.verdict])).toEqual([
      ['fda-approved', 'negate', 'supported'],
    ]);
  });
});

describe('a word split by inline HTML (issue 16, item 3)', () => {
  const split: [string, string, string, string][] = [
    [
      'an empty <span>',
      'en',
      'Intro line.\n\nMesotherapy re<span></span>moves cellulite.\n',
      'mesotherapy effective-for cellulite',
    ],
    [
      'an empty <b>',
      'nb',
      'Innledning.\n\nMesoterapi fj<b></b>erner fett.\n',
      'mesotherapy effective-for localized-fat',
    ],
    ['a comment', 'en', 'Mesotherapy reduces cellu<!-- x -->lite.\n', 'mesotherapy effective-for cellulite'],
    [
      'a tag around a letter, on the second line',
      'nb',
      'Mesoterapi fjerner\ncellu<i>l</i>itter.\n',
      'mesotherapy effective-for cellulite',
    ],
  ];

  it.each(split)(
    '%s (%s): the claim is found, and the finding points at the source as written',
    (_, language, input, expected) => {
      const markdown = check(input);
      expect(markdown.map((f) => `${f.claim.subject} ${f.claim.predicate} ${f.claim.object ?? ''}`.trim())).toEqual([
        expected,
      ]);
      const finding = markdown[0] as Finding;
      // The quoted text runs from the sentence's first letter to its stop, HTML included.
      expect(finding.text).toMatch(/^Meso.*\.$/s);
      expect(finding.text).toContain('<');
      expect(factCheck(input).language).toBe(language);
      expect(remarkFindings(input)).toEqual(markdown);
    },
  );

  it('a line break, an image or a block tag still splits a word, and a citation mark does not swallow the word before it', () => {
    expect(check('Mesotherapy re<br>moves cellulite.\n')).toEqual([]);
    expect(check('Mesotherapy re<div></div>moves cellulite.\n')).toEqual([]);
    expect(check('Mesotherapy re![](x.png)moves cellulite.\n')).toEqual([]);
    expect(check('Mesotherapy reduces fat<sup>1</sup>.\n').map((f) => f.claim.object)).toEqual(['localized-fat']);
  });
});

describe('very long words', () => {
  const word = 'a'.repeat(1_000_000);

  it.each(FORMATS)(
    'a 1 MB word (%s), alone and before a claim: no exception, the claim is found',
    (format) => {
      expect(check(word, { format })).toEqual([]);
      const input = `${word} ${CLAIM_EN}\n\n${CLAIM_EN}`;
      expect(check(input, { format, language: 'en' }).length).toBeGreaterThan(0);
    },
    30_000,
  );

  it('time grows linearly', () => {
    expect(
      doublingRatio(
        (size) => 'x'.repeat(size) + ' ' + CLAIM_EN,
        (text) => factCheck(text),
        500_000,
      ),
    ).toBeLessThanOrEqual(3);
  }, 60_000);
});

describe('claims inside code and HTML are not claims', () => {
  const hidden = {
    'fenced code': '```\nMesotherapy reduces cellulite.\n```\n',
    'tilde fence with a language': '~~~text\nMesotherapy reduces cellulite.\n~~~\n',
    'indented code': 'Intro.\n\n    Mesotherapy reduces cellulite.\n',
    'inline code': 'See `Mesotherapy reduces cellulite.` in the log.\n',
    'HTML block': '<div>\nMesotherapy reduces cellulite.\n</div>\n',
    'HTML comment': '<!-- Mesotherapy reduces cellulite. -->\n',
    script: '<script>\nconst claim = "Mesotherapy reduces cellulite.";\n</script>\n',
    'an unclosed fence to the end': '```\nMesotherapy reduces cellulite.\n\nMesotherapy reduces cellulite.\n',
  };

  it.each(Object.entries(hidden))('%s: zero findings from factCheck and the plugin', (_, input) => {
    for (const language of LANGUAGES) expect(check(input, { language })).toEqual([]);
    expect(remarkFindings(input)).toEqual([]);
  });

  it('the same claim outside code is found (so the cases above can fail)', () => {
    expect(check('Mesotherapy reduces cellulite.\n').length).toBe(1);
    expect(remarkFindings('Mesotherapy reduces cellulite.\n').length).toBe(1);
  });
});

describe('a Markdown file of only headings', () => {
  const input = Array.from(
    { length: 5000 },
    (_, i) => `${'#'.repeat((i % 6) + 1)} Mesotherapy reduces cellulite ${i}`,
  ).join('\n');

  it('has no claims (a heading names a topic), and no exception', () => {
    for (const language of LANGUAGES) expect(check(input, { language })).toEqual([]);
    expect(remarkFindings(input)).toEqual([]);
  });
});

describe('line ends', () => {
  const lines = [
    '# Mesotherapy',
    '',
    'It reduces cellulite.',
    '',
    '- Not FDA approved.',
    '',
    'Mesoterapi er ikke godkjent av FDA.',
    '',
  ];
  const claims = (findings: readonly Finding[]) =>
    findings.map((f) => [
      f.claim.predicate,
      f.claim.object,
      f.claim.polarity,
      f.position.start.line,
      f.position.start.column,
    ]);

  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
    ['mixed', undefined],
  ])('%s: the same claims on the same lines as with LF, with exact positions', (_, end) => {
    const lf = lines.join('\n');
    const input = end ? lines.join(end) : lines.map((line, i) => line + (['\r\n', '\n', '\r'][i % 3] ?? '')).join('');
    const expected = claims(check(lf, { language: 'en' }));
    expect(expected.length).toBeGreaterThan(1);
    expect(claims(check(input, { language: 'en' }))).toEqual(expected);
    expect(claims(remarkFindings(input, { language: 'en' }))).toEqual(expected);
    check(input, { format: 'text', language: 'en' });
  });
});

describe('Markdown that makes remark-parse quadratic', () => {
  // remark-parse's cost grows with the square of these; past the limits in
  // docs/security.md factCheck reads the document as plain text instead.
  const patterns = {
    'many short block quotes': (size: number) => repeatTo('> x\n\n', size) + CLAIM_EN,
    'many nested list lines': (size: number) => repeatTo('- - x\n', size) + '\n\n' + CLAIM_EN,
    'a run of asterisks': (size: number) => '*'.repeat(size / 2) + 'a' + '*'.repeat(size / 2) + '\n\n' + CLAIM_EN,
    'alternating emphasis': (size: number) => repeatTo('*a', size) + '\n\n' + CLAIM_EN,
    'unclosed links': (size: number) => repeatTo('[a](', size) + '\n\n' + CLAIM_EN,
  };

  it.each(Object.entries(patterns))(
    '%s: answers, finds the claim, and time grows linearly',
    (_, make) => {
      const findings = check(make(100_000), { language: 'en' });
      expect(findings.map((f) => f.text)).toEqual(['Mesotherapy reduces cellulite.']);
      expect(doublingRatio(make, (text) => factCheck(text, { language: 'en' }), 100_000)).toBeLessThanOrEqual(3);
    },
    60_000,
  );
});
