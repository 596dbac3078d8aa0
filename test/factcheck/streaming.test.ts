/**
 * The fact-check reads each block of a Markdown document as soon as it is parsed
 * (`readMarkdownPieces`), instead of a piece's blocks all at once (`markdownPieces`), so no
 * piece's blocks are alive together (issue 16, item 1: peak memory). The blocks and the
 * piece ends it gives must be those of `markdownPieces`, and a part whose tree may be too
 * deep to read as Markdown is still read whole, so it can fall back to plain text: the
 * bound it is told by (`treeDepthBound`) must never be under the depth of the tree.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { tableRows, type Block } from '../../src/claims/block.js';
import { arraySink, type BlockSink } from '../../src/factcheck/block-sink.js';
import { parseMarkdown } from '../../src/factcheck/markdown-blocks.js';
import { withinMarkdownLimits } from '../../src/factcheck/markdown-limits.js';
import { addBlock, MAX_TREE_DEPTH } from '../../src/factcheck/markdown-text.js';
import { markdownPieces, readMarkdownPieces } from '../../src/factcheck/markdown-chunks.js';
import {
  markdownEventBlocks,
  mayBeTooDeep,
  readMarkdownBlocks,
  treeDepthBound,
} from '../../src/factcheck/markdown-events.js';
import { readTextBlocks, textBlocks } from '../../src/factcheck/text-blocks.js';
import { randomUnit, repeatTo, SHAPES } from '../robustness/markdown-grammar.js';

/** A text that notes how far into it a reader has looked for line ends; splitting it reads it all. */
function watchedText(text: string): { text: string; reached: () => number } {
  let reached = 0;
  class Watched extends String {
    override indexOf(search: string, position = 0): number {
      reached = Math.max(reached, position);
      return super.indexOf(search, position);
    }
  }
  const watched = new Watched(text);
  Object.defineProperty(watched, 'split', {
    value: (separator: string, limit?: number) => {
      reached = text.length;
      return text.split(separator, limit);
    },
  });
  return { text: watched as unknown as string, reached: () => reached };
}

/** A sink into `blocks` that tells `pushed` before it takes each block and, given `settled`, is settled. */
function spySink(blocks: Block[], pushed: () => void, settled?: () => void): BlockSink {
  const sink = arraySink(blocks);
  const spy: BlockSink = {
    get length() {
      return sink.length;
    },
    get last() {
      return sink.last;
    },
    push(block) {
      pushed();
      sink.push(block);
    },
  };
  if (settled) spy.settle = settled;
  return spy;
}

/** Quote lines (plain-text list items, to the text reader) past the parser's limits, with lead-ins. */
const PLAIN = repeatTo(
  () => 'Used against:\n> cellulite\n> hair loss\n  that goes on\n\nTitle\nWe treat:\nCellulite\nDouble chin\n\n',
  20_000,
);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(?:md|txt)$/.test(name) ? [path] : [];
  });
}

const documents: [string, string][] = [
  ...[...files('test/fixtures'), ...files('examples')].map((path): [string, string] => [
    path,
    readFileSync(path, 'utf8'),
  ]),
  ...Object.entries(SHAPES).map(([name, unit]): [string, string] => [name, repeatTo(unit, 10_000)]),
  ...Array.from({ length: 8 }, (_, seed): [string, string] => [
    `random unit ${seed}`,
    repeatTo(() => randomUnit(seed), 12_000, seed),
  ]),
  // Read as plain text (too many quote lines for the parser), with lead-ins, lists in
  // paragraphs and continued items.
  ['plain-text fallback', PLAIN],
];

/**
 * The blocks as `readMarkdownPieces` hands them out, with the lead-ins it says may still be
 * named after each block (`undefined` where it says nothing). Each block's lead-in must be
 * one it said may be, or a block after it said so.
 */
function streamed(markdown: string): { blocks: Block[]; said: (readonly number[] | undefined)[] } {
  const blocks: Block[] = [];
  const said: (readonly number[] | undefined)[] = [];
  let kept: readonly number[] | undefined;
  let keptAt = 0;
  readMarkdownPieces(markdown, {
    block: (block) => {
      if (block.leadIn !== undefined && kept !== undefined && block.leadIn < keptAt)
        expect(kept, `lead-in ${block.leadIn} of block ${blocks.length}`).toContain(block.leadIn);
      blocks.push(block);
      said.push(undefined);
    },
    endPiece: (leadIns) => {
      said[said.length - 1] = leadIns;
      kept = leadIns;
      keptAt = blocks.length;
    },
  });
  return { blocks, said };
}

/** The depth of the deepest node of an mdast tree, its root at 0. */
function treeDepth(markdown: string): number {
  let deepest = 0;
  const stack: [Nodes, number][] = [[parseMarkdown(markdown), 0]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry;
    deepest = Math.max(deepest, depth);
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

describe('streaming Markdown blocks', () => {
  it('gives the blocks and piece ends of markdownPieces, block for block, and only lead-ins it said may be named', () => {
    let settled = 0;
    for (const [name, text] of documents) {
      const { blocks, said } = streamed(text);
      const pieces = [...markdownPieces(text)];
      expect(blocks, name).toEqual(pieces.flatMap((piece) => piece.blocks));
      // Each piece ends with what markdownPieces says of it; between, the reader may be told more often.
      for (const piece of pieces) expect(said[piece.first + piece.blocks.length - 1], name).toEqual(piece.leadIns);
      settled += said.filter((leadIns) => leadIns !== undefined).length - pieces.length;
    }
    // A piece of many blocks (a long list) is settled within it too.
    expect(settled).toBeGreaterThan(0);
  });

  it('bounds the depth of the tree from above', () => {
    const nested = [
      '- a\n  - b\n    - c\n      - d\n        > e\n        > - f *g **h [i](j)***\n',
      '1. a\n   1. b\n      1. c\n         10) d\n',
      '> > > > > a\n> > > > > b\n',
      '- > - > - > a\n\n  b\n',
      '\t- a\n\t\t- b\n\t\t\t- c\n',
      '*a _b *c [d *e* f](g) h* i_ j*\n',
      '- a\n\n      indented code in an item\n',
      '- # heading\n  ***\n  <https://x.org> <b>x</b>\n',
      `${'*a '.repeat(40)}${'b* '.repeat(40)}\n`,
      `${'> '.repeat(30)}a\n`,
    ];
    for (const text of [...nested, ...documents.map(([, document]) => document.slice(0, 3_000))])
      expect(treeDepth(text), JSON.stringify(text.slice(0, 80))).toBeLessThanOrEqual(treeDepthBound(text));
    const syntax = [
      'a',
      ' ',
      '  ',
      '\t',
      '\n',
      '\n\n',
      '- ',
      '* ',
      '+ ',
      '1. ',
      '2) ',
      '> ',
      '*',
      '_',
      '**',
      '[',
      ']',
      '(x)',
      '<',
      '<https://x.org>',
      '`',
      '# ',
      '    ',
      '---',
      '===',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...syntax), { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        expect(treeDepth(text)).toBeLessThanOrEqual(treeDepthBound(text));
      }),
      { numRuns: 1500, seed: 16 },
    );
  });

  it('reads a part whose tree may be too deep whole, so it can be read as plain text', () => {
    const deep = `${'*a '.repeat(1_200)}b${' c*'.repeat(1_200)}\n`;
    expect(mayBeTooDeep(deep)).toBe(true);
    expect(treeDepth(deep)).toBeGreaterThan(MAX_TREE_DEPTH);
    const blocks: Block[] = [];
    readMarkdownBlocks(deep, arraySink(blocks));
    expect(blocks).toEqual(textBlocks(deep));
    expect(blocks).toEqual(markdownEventBlocks(deep));
    expect(mayBeTooDeep(repeatTo(SHAPES['bullet list'] as () => string, 4_096))).toBe(false);
  });

  it('hands the blocks of a piece read as plain text on one at a time, as it reads the text', () => {
    expect(withinMarkdownLimits(PLAIN)).toBe(false);
    const { text, reached } = watchedText(PLAIN);
    const blocks: Block[] = [];
    /** How far the reader had read when each block was handed on. */
    const readAt: number[] = [];
    readTextBlocks(
      text,
      spySink(blocks, () => readAt.push(reached())),
    );
    expect(blocks).toEqual(textBlocks(PLAIN));
    // Each block is handed on within a line or two of its end, not after the whole piece is read.
    blocks.forEach((block, index) => {
      const end = (block.pieces[0]?.sourceStart ?? 0) + block.text.length;
      expect(readAt[index], `block ${index}`).toBeLessThanOrEqual(end + 40);
    });
  });

  it("hands a long pipe table's rows on one at a time, each settled, as it reads the table", () => {
    const table = `| Treatment | Claim |\n|---|---|\n${'| Mesotherapy | Melts fat |\n'.repeat(2_000)}`;
    const block: Block = {
      kind: 'paragraph',
      depth: 0,
      text: table,
      pieces: [{ textStart: 0, sourceStart: 0, length: table.length }],
    };
    const blocks: Block[] = [];
    let settled = 0;
    addBlock(
      spySink(
        blocks,
        () => undefined,
        () => settled++,
      ),
      block,
      undefined,
      [],
    );
    expect(blocks).toHaveLength(2_000);
    expect(settled).toBe(2_000);
    // The first row is made before the rest of the table is read (by line search or by a split).
    const { text, reached } = watchedText(table);
    const first = tableRows({ ...block, text }).next();
    expect(first.done).toBe(false);
    expect(reached()).toBeLessThanOrEqual(table.indexOf('Melts fat') + 40);
  });
});
