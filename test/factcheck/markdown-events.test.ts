/**
 * The event reader (src/factcheck/markdown-events.ts) against the tree reader it replaces
 * in the fact-check (remark-parse's mdast walked by markdownBlocks): the blocks must be
 * identical — kinds, depths, text, source pieces and lead-ins — on every fixture, every
 * piece the chunker cuts, every fuzz shape and random unit, tricky hand-written Markdown
 * and generated strings over Markdown's syntax.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownBlocks, parseMarkdown } from '../../src/factcheck/markdown-blocks.js';
import { MAX_TREE_DEPTH } from '../../src/factcheck/markdown-text.js';
import { markdownChunks } from '../../src/factcheck/markdown-chunks.js';
import { markdownEventBlocks } from '../../src/factcheck/markdown-events.js';
import { randomUnit, repeatTo, SHAPES } from '../robustness/markdown-grammar.js';

const treeBlocks = (markdown: string): unknown => markdownBlocks(parseMarkdown(markdown), markdown);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(?:md|txt)$/.test(name) ? [path] : [];
  });
}

const fixtures = [...files('test/fixtures'), ...files('examples')].map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
}));

/** Shapes that take the two readers down different roads if either gets one wrong. */
const TRICKY = [
  'Title\n=====\n\nSub\n---\n\nTwo lines\nof setext\n===\n',
  'Title  \n===\n\nHard  \nbreak and back\\\nslash break\n',
  '- a\n  - b\n    - c\n\n      still c\n  - d\n- e\n',
  'Lead-in:\n\n1. one\n2. two\n   > quoted in an item\n\n3) other list\n',
  '> quote\nlazy continuation\n> - item in quote\n>   lazy\n',
  '- item\nlazy line\n\n  second paragraph\n',
  '<div>\nMesotherapy melts fat.\n</div>\n\nAfter <span>the</span> html re<span></span>moves fat.\n',
  '<!-- comment -->\nText re<!-- x -->moves.\n\n<b\nclass="x">multi-line tag</b>\n',
  'Mesotherapy re<span\nclass="x"></span>moves fat, and in a quote:\n\n> re<span\n> class="x"></span>moves\n',
  '```js\ncode\n```\n\n~~~\ntilde\n~~~\n\n    indented\n    code\n\nText.\n',
  '[ref]: https://example.com "Title"\n[other]:\n  <b>\n\nA [link][ref], a [collapsed][], a [ref] and [inline](https://x.org "t") link.\n',
  '![alt *em* [in] ![nested](x)](y) image and ![ref] and ![ref][]\n\n[ref]: /z\n',
  'Entities &amp; &copy; &#65; &#x42; &nbsp;x &notanentity; &#xZZ; \\& \\* \\\\\n',
  'intra*word*emphasis and snake_case_words and __strong__ and ***both***\n',
  '| a | b |\n|---|---|\n| c | d |\n\nNot | a table\n',
  '<https://example.com> and <user@example.com> autolinks, `code span`, ``double `tick` ``\n',
  'Text with trailing spaces   \nand tabs\t\nand CRLF\r\nline\r\n\r\nNext\rpara\n',
  '# Heading #\n## Closed ##   \n###### Six\n####### seven\n#\n',
  '* * *\n- - -\n___\n\nText\n***\n',
  '• Fordeler:\n• hårtap\n• cellulitt\n\n✅ Dobbelthake\n✅ Fett\n',
  'Fordeler:\n\n- first\n\n  - nested\n\nHeading\n---\n- after setext\n',
  '> # heading in quote\n> para\n>\n> - list\n>   1. deeper\n',
  '- # heading in item\n- para in item\n\n  ```\n  code in item\n  ```\n',
  '[a\nb](c) link over lines, [x](<y z> "multi\nline title")\n',
  '*a **b** c* **a *b* c** _a_b_ *unclosed\n',
  'a\\\n\\\nb\n\nend\\\n',
  '\tTab-indented\n \tmixed\n\n- \titem with tab\n',
  '<pre>\nraw\n\nstill raw\n</pre>\n\n<script>x</script> text\n',
  '[foo]: /url\n"title"\n\nfoo [foo]\n',
  '10. ten\n11. eleven\n\n- [ ] task\n- [x] done\n',
  '&lt;span&gt; escaped html &auml;&Auml; &#0; &#1114111;\n',
  '',
  '\n\n\n',
  'plain',
  // Plain stretches read without parsing, between stretches that are parsed (see readSegments).
  'Lead-in:\n\n- a\n- b\n\nPlain between lists.\n\n- c\n\nAnother plain one\nover two lines.\n',
  '# Article 1\n\n#  Two  spaces  inside\n\n###### Six\n\n####### seven\n\n#hashtag line\n\n# Closed #\n',
  '> quote\n\nPlain after a quote.\n\n    indented code after plain\n\nPlain again.\n',
  '- item\nlazy\n\nPlain.\n- list that interrupts\n\n1. one\n\n10. ten\n\n2024. a year\n\n1234567890. not a list\n',
  '- item\n\n  <div>\n\n  still html\n\nPlain ends it.\n\n- ```\n\n  code\n\nPlain ends this too.\n',
  '\u00a0\n\nText | with | pipes\n\n| a | b |\n\nFordeler:\n• one\n• two\n\n✅ Dobbelthake\n',
  'Setext\n===\n\nPlain\n\n---\n\nPlain\n---\n\n=== not underline\n\n+ plus\n',
  'Trailing space \n\nPlain  \nhard break\n\nPlain\n  indented continuation\n\n  indented paragraph\n',
  'A [ref] here.\n\nPlain.\n\n[ref]: /url\n',
  '  ```\nfence indented\n\nplain inside the fence\n  ```\n\nAfter.\n',
  '   <!--\n\nplain inside a comment\n\n-->\n\nAfter.\n',
  'Fordeler:\n\n- a\n- b\n\n- c, the same list\n\nPara.\n\n- d\n\n* e, another list\n\nPara.\n',
  '# Heading\n\n- a\n- b\n\n  b continued\n\nPara.\n\n+ c\n+ d\n\n# Next\n\n-  two spaces\n- x\n',
  '- first in the piece\n- second\n\nLead:\n\n- a\n* b\n\nLead:\n\n- | a | b |\n- 10. not ordered\n',
  // Stretches of plain setext headings, read without parsing, and stretches that only look like them.
  'Plain\n===\nTwo words\n-\nThree\n==\n\nafter\n\n1990\n---\n\u00a0x\n=\n',
  'a\n=\nb\n\na\n=\n- b\n\na\n=\n=\n\na\nb\n=\n\n- item\n\nc\n=\n\n> q\n\nd\n-\n',
  'a \n=\n\nb\n= \n\nc\n=\n  d\n-\n\ne\n--- x\n\nf\n-\ng\n',
  '#### not fat cellulite FDA-approved\n___\nfat melts\n  FDA-approved fat\n=\n#### again\n***\nplain\n    four in\n---\n',
  'para\n# heading interrupts\npara\n***\n---\npara\n___\n\n---\nafter a break\n-\n',
  // Labels over a paragraph's text (see afterLabel): soft and hard breaks after them, and near misses.
  '**Ida · 19:09**\nHelt trygt!\n\n**Ida**  \nHard  \nbreak\n\n*Q: Is it safe?*\\\nYes.\n\n**Ida** \nspace\n',
  '**Ida** says\nhi\n\ntext **bold**\nnext\n\n**Alone**\n\n**Two\nlines**\nafter\n\n__under__\n`code`\n',
  '- **Thighs**\n  Mesotherapy reduced cellulite.\n\n> **Kunde**\n> Stemmer det?\n\n**a**\n**b**\nc\n',
  '[**link**](x)\ntext\n\n**x** **y**\nz\n\n** \nnot strong\n\n**Fordeler:**\n• hårtap\n• fett\n',
];

describe('Markdown blocks from micromark events', () => {
  it.each(fixtures.map((f) => [f.path, f.text] as const))('match the tree reader on %s', (_path, text) => {
    expect(markdownEventBlocks(text)).toEqual(treeBlocks(text));
    for (const [start, end] of markdownChunks(text)) {
      const piece = text.slice(start, end);
      expect(markdownEventBlocks(piece)).toEqual(treeBlocks(piece));
    }
  });

  it('match the tree reader on tricky shapes', () => {
    expect(fixtures.length).toBeGreaterThan(60);
    for (const text of TRICKY) expect(markdownEventBlocks(text), JSON.stringify(text)).toEqual(treeBlocks(text));
  });

  it('match the tree reader on every fuzz shape and fifty random units', () => {
    for (const [name, unit] of Object.entries(SHAPES)) {
      const text = repeatTo(unit, 1500);
      expect(markdownEventBlocks(text), name).toEqual(treeBlocks(text));
    }
    for (let seed = 1; seed <= 50; seed++) {
      const text = repeatTo(() => randomUnit(seed), 1200, seed);
      expect(markdownEventBlocks(text), `seed ${seed}`).toEqual(treeBlocks(text));
    }
  });

  it('read each document afresh: a link definition or lazy line of one is not known in the next', () => {
    const documents = [
      '[ref]: /url\n\n> quote\nlazy\n',
      'A [ref] link and [ref][] again.\n\n> quote\n===\n',
      '[ref]: /other\n',
      '- a\nlazy\n    code?\n',
      'A [ref] link.\n',
    ];
    for (const text of documents) expect(markdownEventBlocks(text), JSON.stringify(text)).toEqual(treeBlocks(text));
    expect(markdownEventBlocks('A [ref] link.\n')[0]?.text).toBe('A [ref] link.');
  });

  it('match the tree reader on generated Markdown', () => {
    const syntax = [
      'a',
      'word ',
      'fat',
      ' ',
      '\n',
      '\n\n',
      '\r\n',
      '\t',
      '  ',
      '    ',
      '# ',
      '=',
      '---',
      '- ',
      '* ',
      '1. ',
      '2) ',
      '> ',
      '*',
      '_',
      '**',
      '`',
      '```',
      '~~~',
      '[',
      ']',
      '(',
      ')',
      '![',
      '](x)',
      '<',
      '>',
      '<span>',
      '</span>',
      '<!--',
      '-->',
      '<div>',
      '&amp;',
      '&',
      '&#65;',
      '\\',
      '\\\n',
      '  \n',
      '"',
      ':',
      '[a]: /b\n',
      'ø',
      '•',
      '✅ ',
      '<https://x.org>',
      '|',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...syntax), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(markdownEventBlocks(text)).toEqual(treeBlocks(text));
      }),
      { numRuns: 1500, seed: 17 },
    );
  });

  it('match the tree reader on generated Markdown of mostly plain paragraphs', () => {
    // Few of the characters that make a document unsegmentable (tabs, CR, fences, HTML, link
    // definitions), so most cases take the stretch-by-stretch road of readSegments.
    const syntax = [
      'Mesotherapy melts fat.',
      'word ',
      'ø',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\n \n',
      '# ',
      '## ',
      '#',
      '=',
      '===\n',
      '---\n',
      '- ',
      '* ',
      '1. ',
      '10) ',
      '> ',
      '    ',
      '*',
      '_',
      '`',
      '[a]',
      '(x)',
      '&amp;',
      '\\',
      '|',
      '•',
      '✅ ',
      ':',
      '\u00a0',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...syntax), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(markdownEventBlocks(text)).toEqual(treeBlocks(text));
      }),
      { numRuns: 3000, seed: 23 },
    );
  });

  it('match the tree reader on generated plain flow: ATX and setext headings, breaks and paragraphs without blank lines', () => {
    // Stretches of such lines are read without parsing (walkFlow): whole lines, so each case
    // is a stretch of them, now and then broken by a blank line or a line that is parsed.
    const lines = [
      'Mesotherapy melts fat.',
      'word',
      'fat melts',
      '  FDA-approved fat',
      '    four spaces in',
      ' one space in',
      '\u00a0nbsp first',
      '# a',
      '#### not fat cellulite FDA-approved',
      '## ',
      '# \u00a0',
      '#  two spaces',
      '# closed #',
      '***',
      '___',
      '---',
      '* * *',
      '=',
      '===',
      '-',
      '--',
      '= x',
      'trailing ',
      '',
      '- item',
      '> quote',
      '1. one',
      'a *b*',
      '| a | b |',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 30 }), (parts) => {
        const text = parts.join('\n');
        expect(markdownEventBlocks(text)).toEqual(treeBlocks(text));
      }),
      { numRuns: 3000, seed: 29 },
    );
  });

  it('match the tree reader on generated lead-ins, lists, plain quotes and indented paragraphs', () => {
    // Stretches read without parsing since issue 17's figure 1a: a plain paragraph with one-line
    // items right under it, a block quote of plain lines, a paragraph whose first line is
    // indented (read so only after a stretch that leaves nothing open), and words joined by `_`;
    // each against what may stand before and after it, with and without blank lines between.
    const lines = [
      'Mesotherapy melts fat.',
      'What it does:',
      'Lise_82 skrev:',
      'a_b and x__9',
      'a_ b',
      '_a',
      'ø_a',
      'snake_case_',
      '- wakes up follicles',
      '- thickens strands',
      '* other marker',
      '+ third marker',
      '-  two spaces',
      '- ',
      '1. ordered',
      '> Patients come in thinking.',
      '> It is not liposuction.',
      '>no space',
      '> ',
      '> - item in a quote',
      '>  two spaces',
      '  • fjerne fett',
      '   three in',
      '    four in',
      ' one in',
      '  - indented item',
      '# Heading',
      '---',
      '***',
      '===',
      'lazy line',
      '  indented_word',
    ];
    const gaps = ['\n', '\n\n', '\n\n\n', '\n \n'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...lines), fc.constantFrom(...gaps)), { maxLength: 24 }),
        (parts) => {
          const text = parts.map(([line, gap]) => line + gap).join('');
          expect(markdownEventBlocks(text)).toEqual(treeBlocks(text));
          expect(markdownEventBlocks(text.trimEnd())).toEqual(treeBlocks(text.trimEnd()));
        },
      ),
      { numRuns: 4000, seed: 31 },
    );
  });

  it('read text nested past the tree depth as plain text, exactly where the tree reader does', () => {
    // Emphasis nested `n` deep: the innermost text sits at n + 2 (+2 in a list item, +1 in a
    // link); the tree reader reads a tree deeper than MAX_TREE_DEPTH as plain text.
    const nested = (n: number): string => `${'*a '.repeat(n)}Mesotherapy melts fat${' a*'.repeat(n)}.`;
    const cases: [string, (n: number) => string, number][] = [
      ['paragraph', (n) => `${nested(n)}\n\nEnd.\n`, 2],
      ['list item', (n) => `Lead:\n\n- ${nested(n)}\n`, 4],
      ['link text', (n) => `[${nested(n)}](https://x.org)\n`, 3],
    ];
    for (const [name, make, extra] of cases) {
      const limit = MAX_TREE_DEPTH - extra;
      const within = make(limit);
      const past = make(limit + 1);
      const withinTree = treeBlocks(within) as { text: string }[];
      const pastTree = treeBlocks(past) as { text: string }[];
      expect(markdownEventBlocks(within), name).toEqual(withinTree);
      expect(markdownEventBlocks(past), name).toEqual(pastTree);
      // The boundary is where the test says: Markdown within it, plain text past it.
      expect(withinTree.some((block) => block.text.includes('*a'))).toBe(false);
      expect(pastTree.some((block) => block.text.includes('*a *a'))).toBe(true);
    }
  });
});
