import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factCheck, judgeBlocks } from '../../src/factcheck/fact-check.js';
import { markdownBlocks, parseMarkdown } from '../../src/factcheck/markdown-blocks.js';
import { withinMarkdownLimits } from '../../src/factcheck/markdown-limits.js';
import {
  chunkedMarkdownBlocks,
  MARKDOWN_CHUNK,
  markdownChunks,
  parseParts,
} from '../../src/factcheck/markdown-chunks.js';
import { knowledgeBase } from '../../src/index.js';

const folders = readdirSync('test/fixtures')
  .filter((name) => name.startsWith('articles'))
  .map((name) => `test/fixtures/${name}`);
const articles = folders.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(`${dir}/${name}`, 'utf8')),
);

describe('Markdown read in pieces', () => {
  it('covers the document exactly, cutting only at the start of a line', () => {
    const doc = articles.join('\n\n');
    const chunks = markdownChunks(doc, 200);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks[0]?.[0]).toBe(0);
    expect(chunks.at(-1)?.[1]).toBe(doc.length);
    for (let i = 1; i < chunks.length; i++) {
      expect(chunks[i]?.[0]).toBe(chunks[i - 1]?.[1]);
      const start = chunks[i]?.[0] as number;
      expect(doc[start - 1]).toBe('\n');
      // Never before a quotation line or indented continuation, which may belong to the block above.
      expect(doc[start]).toMatch(/[^>\t ]/);
    }
  });

  it('never cuts inside a fenced code block or a quotation; cuts before list items, fences and after them', () => {
    const doc = 'Intro:\n\n- one\n\n- two\n\n```\ncode\n\nMesotherapy melts fat.\n```\n\n> quoted\n\n> still\n\nEnd.\n';
    const starts = markdownChunks(doc, 1).map(([start]) => start);
    expect(starts.map((s) => doc.slice(s, s + 5))).toEqual(['Intro', '- one', '- two', '```\nc', '\n> qu', 'End.\n']);
  });

  it('gives the same findings as reading the whole document at once', () => {
    const doc = [...articles, ...articles].join('\n\n');
    const whole = judgeBlocks(markdownBlocks(parseMarkdown(doc), doc), doc, 'en', knowledgeBase);
    const pieces = judgeBlocks(chunkedMarkdownBlocks(doc), doc, 'en', knowledgeBase);
    expect(markdownChunks(doc).length).toBeGreaterThan(1);
    expect(JSON.stringify(pieces)).toBe(JSON.stringify(whole));
  });
});

describe('a run of link definitions is cut between definitions (issue 16, item 1)', () => {
  // micromark re-reads a run of definitions once per definition: 16 KB of them as one piece
  // took ≈300 ms, against ≈170 ms for 256 KB in pieces.
  const run = '[a]: /b\n'.repeat(2_048);

  it('16 KB of definitions is cut into pieces of about the chunk size', () => {
    const chunks = markdownChunks(run);
    expect(chunks.length).toBeGreaterThanOrEqual(run.length / MARKDOWN_CHUNK - 1);
    for (const [start, end] of chunks) expect(end - start).toBeLessThanOrEqual(MARKDOWN_CHUNK + 16);
  });

  it('cuts only where every line of the run is a definition of its own', () => {
    // After a paragraph line, `[b]: /c` is the paragraph's text; with a title on the next
    // line, or a destination the simple form does not take, the run is not cut either.
    for (const unit of ['text\n[a]: /b\n', '[a]: /b\n"title"\n', '[a]: /b(\n', '[a]:\n/b\n'])
      expect(markdownChunks(unit.repeat(400), 64)).toHaveLength(1);
    expect(markdownChunks('[a]: /b "t"\n[c]: <d e>\n'.repeat(40), 64).length).toBeGreaterThan(10);
  });

  it('gives the findings of reading the document whole, references to definitions in other pieces included', () => {
    const doc = [
      'Mesotherapy [melts fat] and is FDA-approved [1].\n\n',
      run,
      '\n[1]: http://example.org\n[melts fat]: /y\n\nIt [melts fat] [1].\n',
    ].join('');
    expect(markdownChunks(doc).length).toBeGreaterThan(3);
    const whole = judgeBlocks(markdownBlocks(parseMarkdown(doc), doc), doc, 'en', knowledgeBase);
    expect(whole.length).toBeGreaterThan(0);
    expect(JSON.stringify(factCheck(doc).findings)).toBe(JSON.stringify(whole));
  });
});

describe('a stretch with no block boundary is cut anyway (issue 16, item 1)', () => {
  const HARD = 4 * MARKDOWN_CHUNK;
  const longest = (doc: string): number => Math.max(...markdownChunks(doc).map(([start, end]) => end - start));

  it.each([
    ['link definitions', '[a]: /b "c"\n'],
    ['a list item with lazy lines', '- item\nlazy line\n'],
    ['a bullet item, a pipe table and lazy lines', '+ a\n| b | c |\n|---|---|\n~    melts\n'],
    ['one long paragraph', 'mesotherapy melts fat\n'],
  ])('%s: no piece the parser sees grows with the input', (_, unit) => {
    const doc = unit.repeat(Math.ceil(200_000 / unit.length));
    expect(longest(doc)).toBeLessThanOrEqual(2 * HARD + unit.length);
    expect(longest(doc + doc)).toBeLessThanOrEqual(2 * HARD + unit.length);
  });

  it('cuts after a sentence, never before a line that would turn into indented code', () => {
    const doc = '- intro\n' + 'Mesotherapy melts fat and\n    removes cellulite.\n'.repeat(2_000);
    const starts = markdownChunks(doc)
      .map(([start]) => start)
      .slice(1);
    expect(starts.length).toBeGreaterThan(1);
    for (const start of starts) {
      expect(doc.slice(start, start + 4)).not.toBe('    ');
      expect(doc.slice(start - 2, start)).toBe('.\n');
    }
    const whole = judgeBlocks(markdownBlocks(parseMarkdown(doc), doc), doc, 'en', knowledgeBase);
    const pieces = judgeBlocks(chunkedMarkdownBlocks(doc), doc, 'en', knowledgeBase);
    const where = (findings: typeof whole) => findings.map((f) => [f.verdict, f.text, f.position.start.offset]);
    expect(where(pieces)).toEqual(where(whole));
    expect(whole.length).toBeGreaterThan(1_000);
  });
});

describe('a long run of indented code is cut (issue 17)', () => {
  const HARD = 4 * MARKDOWN_CHUNK;
  const longest = (doc: string): number => Math.max(...markdownChunks(doc).map(([start, end]) => end - start));
  const code = (lines: number): string =>
    Array.from({ length: lines }, (_, i) => `    Mesotherapy melts fat ${i}.\n${i % 7 === 6 ? '\n' : ''}`).join('');

  it.each([
    ['at the start of a document', ''],
    ['after a paragraph and a blank line', 'Mesotherapy is not FDA-approved.\n\n'],
    ['after a list closed by a paragraph', '- an item\n\nA paragraph.\n\n'],
    ['with tabs', ''],
  ])('%s: no piece grows with the run, and the findings are those of one parse', (name, before) => {
    const run = name === 'with tabs' ? code(8_000).replace(/^ {4}/gm, '\t') : code(8_000);
    const doc = `${before}${run}\nMesotherapy is not FDA-approved.\n`;
    expect(doc.length).toBeGreaterThan(10 * HARD);
    expect(longest(doc)).toBeLessThanOrEqual(HARD + 64);
    expect(chunkedMarkdownBlocks(doc).some((b) => b.text.includes('melts'))).toBe(false);
    const whole = judgeBlocks(markdownBlocks(parseMarkdown(doc), doc), doc, 'en', knowledgeBase);
    const pieces = judgeBlocks(chunkedMarkdownBlocks(doc), doc, 'en', knowledgeBase);
    expect(pieces).toEqual(whole);
    expect(pieces.length).toBe(before.includes('FDA') ? 2 : 1);
  });

  it("a list item's indented paragraphs are not code, and are not cut into code", () => {
    const doc = `- Mesotherapy:\n\n${'    melts fat and removes cellulite.\n\n'.repeat(600)}`;
    for (const [start] of markdownChunks(doc).slice(1)) expect(doc.slice(start, start + 4)).not.toBe('    ');
    const whole = judgeBlocks(markdownBlocks(parseMarkdown(doc), doc), doc, 'en', knowledgeBase);
    expect(judgeBlocks(chunkedMarkdownBlocks(doc), doc, 'en', knowledgeBase)).toEqual(whole);
    expect(whole.length).toBeGreaterThan(100);
  });
});

describe('raw HTML and code are never read as prose (issue 16, item 2)', () => {
  const claim = 'Mesotherapy melts belly fat permanently.';
  const filler = 'Nothing to see here, just words.\n\n'.repeat(600); // about 20 KB, with blank lines
  it.each([
    ['an HTML comment', `<!--\n${filler}${claim}\n\n${filler}-->`],
    ['a <pre> block', `<pre>\n${filler}${claim}\n\n${filler}</pre>`],
    ['a <script> block', `<script>\n${filler}${claim}\n\n${filler}</script>`],
    ['an unclosed fence', `\`\`\`\n${filler}${claim}\n\n${filler}`],
  ])('a claim inside %s over 16 KB with blank lines is not reported', (_, raw) => {
    const doc = `# Title\n\nIntro.\n\n${raw}\n\nThe end.\n`;
    expect(doc.length).toBeGreaterThan(16_384);
    expect(chunkedMarkdownBlocks(doc).some((b) => b.text.includes('melts'))).toBe(false);
    const whole = judgeBlocks(markdownBlocks(parseMarkdown(doc), doc), doc, 'en', knowledgeBase);
    const pieces = judgeBlocks(chunkedMarkdownBlocks(doc), doc, 'en', knowledgeBase);
    expect(pieces).toEqual(whole);
    // Outside the raw block the same claim is read.
    const prose = `${claim}\n\n${doc}`;
    expect(judgeBlocks(chunkedMarkdownBlocks(prose), prose, 'en', knowledgeBase).length).toBeGreaterThan(0);
  });
});

describe('a run of setext headings is cut between headings (issue 16, item 1)', () => {
  // `a\n=\n` repeated has no blank line and no line that starts a block of its own: it was cut
  // only at twice the hard limit (32 KB pieces, read whole), and peaked at 23–30× the input.
  it('no piece grows past the chunk size, and each cut follows an underline under a paragraph line', () => {
    for (const unit of ['a\n=\n', 'Mesotherapy melts fat\n---\n', 'Two lines\nof a heading\n===\n']) {
      const doc = unit.repeat(Math.ceil(200_000 / unit.length));
      const chunks = markdownChunks(doc);
      expect(chunks.length).toBeGreaterThan(doc.length / MARKDOWN_CHUNK - 1);
      for (const [start, end] of chunks) expect(end - start).toBeLessThanOrEqual(MARKDOWN_CHUNK + unit.length);
      for (const [start] of chunks.slice(1)) expect(doc.slice(0, start)).toMatch(/\n[^\n=-][^\n]*\n(?:=+|-+)\n$/);
    }
  });

  it('is not cut after a line that only looks like an underline', () => {
    // Lazy lines of a quote, text after a definition or indented code, an underline indented
    // four columns: none closes a paragraph as a heading, so the line after may continue it.
    for (const unit of [
      '> a\n=\n',
      '> a\nb\n=\nc\n',
      '[a]: /b\n=\n',
      '    a\n=\n',
      'a\n    =\n',
      'a\n= =\n',
      'a\n=x\n',
    ])
      expect(markdownChunks(unit.repeat(400), 64)).toHaveLength(1);
  });

  it('gives the blocks and findings of reading the document whole', () => {
    const unit =
      'Mesotherapy melts fat\n===\nIt is FDA-approved and removes cellulite.\nSide effects\n---\n' +
      'Mesotherapy is not FDA-approved.\nIt melts fat\npermanently.\nAfter\n---\n';
    const mixed = '- it melts fat\n- permanently\nA list\n---\n> quoted\nlazy\n===\n    code\n\n';
    const doc = unit.repeat(Math.ceil(40_000 / unit.length)) + mixed.repeat(100) + unit.repeat(100);
    const starts = markdownChunks(doc).map(([start]) => start);
    // Cut after underlines, and (in the parser's smaller parts) within the pieces too.
    expect(starts.filter((start) => /(?:===|---)\n$/.test(doc.slice(0, start))).length).toBeGreaterThan(5);
    expect(chunkedMarkdownBlocks(doc)).toEqual(markdownBlocks(parseMarkdown(doc), doc));
    const whole = judgeBlocks(markdownBlocks(parseMarkdown(doc), doc), doc, 'en', knowledgeBase);
    expect(whole.length).toBeGreaterThan(50);
    expect(judgeBlocks(chunkedMarkdownBlocks(doc), doc, 'en', knowledgeBase)).toEqual(whole);
  });
});

describe('a list after a cut is a new list unless the part starts with one of its items', () => {
  // A piece cut before a thematic break, code or HTML at column 0 after a list item: the list
  // after it is a new one, led in by the item before, not by the closed list's lead-in.
  const lazy = 'Mesotherapy melts fat\n'.repeat(300);
  it.each([
    ['a thematic break', '***\n'],
    ['fenced code', '```\ncode\n```\n'],
    ['an HTML comment', '<!-- c -->\n'],
    ['nothing (the same list)', ''],
  ])('after %s', (_, between) => {
    const doc = `Used against:\n\n- cellulite and\n${lazy}${between}- double chins\n`;
    expect(markdownChunks(doc).length).toBeGreaterThan(1);
    const whole = markdownBlocks(parseMarkdown(doc), doc);
    expect(whole.at(-1)?.leadIn).toBe(between === '' ? 0 : 1);
    expect(chunkedMarkdownBlocks(doc)).toEqual(whole);
  });
});

describe('a long list is parsed in small parts, cut between its items (issue 16, item 1)', () => {
  // A list is one block to the chunker's pieces, and a part the parser reads whole lives as
  // long as its blocks take to check: a 4 KB list of claims took longer than the collector's
  // young generation lasts, so its events filled the old generation (peak RSS 40× input).
  const lines = (count: number, line: (i: number) => string): string =>
    Array.from({ length: count }, (_, i) => line(i)).join('');
  const markers = ['-', '*', '+'];
  const lists: [string, (count: number) => string][] = [
    ['one bullet', (count) => lines(count, (i) => `- mesotherapy ${i} melts fat\n`)],
    [
      'bullets of three kinds',
      (count) => lines(count, (i) => `${markers[((i * 7) % 5) % 3] as string} mesotherapy ${i} melts fat\n`),
    ],
    ['ordered items', (count) => lines(count, (i) => `${(i % 9) + 1}. mesotherapy ${i} melts fat\n`)],
    // A loose list whose items each have a lazy line (fuzz random unit 6): the item before a
    // cut is no longer one line, but its paragraph is the last block and sits in the list.
    ['loose items with lazy lines', (count) => lines(count, (i) => `9. fat ${i}\n<a href="x">> x\n\n`)],
  ];
  it.each(lists)('%s: no part much past 1 KB', (_, list) => {
    const doc = list(2_000);
    const parts = parseParts(doc);
    expect(parts.length).toBeGreaterThan(doc.length / 1_300);
    for (const [start, end] of parts) expect(end - start).toBeLessThan(1_300);
  });

  // Within one piece (under MARKDOWN_CHUNK, so the document parsed whole is the reference):
  // where a line only looks like an item of the list before, or starts a new list, the list
  // is not cut there, and every block keeps its text, place and lead-in. (Each stays within
  // the parser's limits, MARKDOWN_LIMITS: 250 list items, or it is read as plain text.)
  const tricky: [string, string][] = [
    ...lists.map(([name, list]): [string, string] => [name, `Against cellulite:\n\n${list(120)}`]),
    ['ordered lines continuing a paragraph', lines(100, (i) => `Intro ${i}:\n2. a\n2. b\n\n`)],
    ['ordered lines continuing an item', lines(80, (i) => `1. a ${i}\n2) b\n2) c\n`)],
    ['a list after an HTML line', lines(100, (i) => `<span>\n- a ${i}\n- b\n\n`)],
    ['a list after a table', lines(100, (i) => `| a | b |\n|---|---|\n- a ${i}\n- b\n\n`)],
    ['nested lists', lines(80, (i) => `- a ${i}\n  - b\n- c\n`)],
    ['lead-ins and new lists', lines(40, (i) => `Against cellulite ${i}:\n- a\n- b\n* c\n* d\n1. e\n1) f\n`)],
    ['items and thematic breaks', lines(100, (i) => `- a ${i}\n- b\n${i % 2 === 0 ? '---' : '***'}\n`)],
    ['loose items', lines(100, (i) => `- a ${i}\n\n- b\n`)],
    ['loose items with a nested list', lines(60, (i) => `- a ${i}\nlazy\n  - nested\n\n- b\nlazy\n\n`)],
    ['loose items, then another marker', lines(60, (i) => `- a ${i}\nlazy\n\n* b\nlazy\n\n`)],
    ['loose items, then an HTML block', lines(60, (i) => `- a ${i}\n<div>\n\n- b\nlazy\n\n`)],
    ['loose items with lazy quotations', lines(60, (i) => `1. a ${i}\n> quoted\n\n1. b\nlazy &amp; more\n\n`)],
    ['loose items after two blank lines', lines(60, (i) => `- a ${i}\nlazy\n\n\n- b\n\n`)],
  ];
  it.each(tricky)('%s: the blocks of the document parsed whole', (_, doc) => {
    expect(markdownChunks(doc)).toHaveLength(1);
    expect(withinMarkdownLimits(doc)).toBe(true);
    const whole = markdownBlocks(parseMarkdown(doc), doc);
    expect(chunkedMarkdownBlocks(doc)).toEqual(whole);
  });
  it('cuts the lists it may cut within a piece', () => {
    for (const [, doc] of tricky.slice(0, 4)) expect(parseParts(doc).length).toBeGreaterThanOrEqual(3);
  });
});
