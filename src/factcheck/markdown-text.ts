/**
 * What the two Markdown readers share: the tree reader (`./markdown-blocks.ts`, for the remark
 * plugin and the web-page reader) and the event reader the fact-check engine uses
 * (`./markdown-events.ts`): how a block is added, how a text node's value is placed in the
 * source, and which inline HTML joins a word. A module of its own so the engine loads none of
 * the tree reader (nor unist-util-visit).
 *
 * @module
 * @internal
 */
import { blockOf, isPipeTable, splitBulletLines, tableRows, type Block, type Piece } from '../claims/block.js';
import { settle, type BlockSink } from './block-sink.js';
import { lazyPattern } from '../lazy-pattern.js';

/**
 * Trees deeper than this are read as plain text by `markdownBlocks` (./markdown-blocks.ts): the walk
 * (unist-util-visit) recurses once per level, and no document written for people nests
 * anywhere near this deep (remark-parse output is already held to `MARKDOWN_LIMITS`).
 *
 * @internal
 */
export const MAX_TREE_DEPTH = 1000;

/**
 * Adds a heading, list item or paragraph; a list typed with "•" is a paragraph to Markdown: split into a lead and items.
 * Shared with the HTML reader, whose blocks come from the same mdast shapes. A pipe table
 * is added row by row; with `open` (the lead-ins of the containers still open) the sink is
 * settled after each row.
 *
 * @internal
 */
export function addBlock(
  blocks: BlockSink,
  block: Block,
  leadIn: number | undefined,
  open?: readonly (number | undefined)[],
): void {
  // A table in pipes is read row by row; its header is no claim, but each row carries it. Each row is a block of its
  // own, settled as one (given the lead-ins of the containers still open): a long table's
  // rows are not all kept until the table ends.
  if (isPipeTable(block)) {
    for (const row of tableRows(block)) {
      blocks.push(row);
      if (open) settle(blocks, open);
    }
    return;
  }
  if (block.kind !== 'paragraph') {
    blocks.push(
      leadIn === undefined
        ? block
        : blockOf(block.kind, block.depth, block.text, block.pieces, { leadIn, label: block.label }),
    );
    return;
  }
  const base = blocks.length;
  const before = blocks.last;
  for (const part of splitBulletLines(block)) {
    const lead =
      part.leadIn === undefined ? undefined : part.leadIn === -1 ? leadBefore(before, base) : base + part.leadIn;
    blocks.push(blockOf(part.kind, part.depth, part.text, part.pieces, { leadIn: lead, label: part.label }));
  }
}

/**
 * The lead of a bulleted line that has no lead in its own paragraph ("✅ Dobbelthake" after a
 * blank line): the lead of the list the block before belongs to, or the block before when it
 * leads in (ends with ":"). After a full sentence ("💉 Fosfatidylkolin bryter ned fett.") an
 * emoji-led line stands alone: it has no lead, so "🛡️ Behandlingen er trygg" means the
 * treatment in context, not the ingredient of the sentence before.
 */
function leadBefore(before: Block | undefined, base: number): number | undefined {
  if (!before) return undefined;
  if (before.kind === 'list-item' && before.leadIn !== undefined) return before.leadIn;
  if (before.kind === 'heading' || LEADS_IN().test(before.text)) return base - 1;
  return undefined;
}

/** A paragraph that leads in to a list: it ends with a colon (emoji and other symbols after it aside). */
const LEADS_IN = lazyPattern(String.raw`:[^\p{L}\p{N}]*$`, 'u');

/** A letter and its combining marks at the end of a text. @internal */
export const ENDS_WITH_LETTER = lazyPattern(String.raw`\p{L}\p{M}*$`, 'u');

/** A letter at the start of a text. @internal */
export const STARTS_WITH_LETTER = lazyPattern(String.raw`^\p{L}`, 'u');

/**
 * Inline HTML that does not break a word where it stands: comments, and the tags of
 * phrasing elements that render no box of their own (`re<span></span>moves` reads
 * "removes"). Line breaks, images and block elements do break it.
 *
 * @internal
 */
export const WORD_JOINING_HTML =
  /^(?:<!--[\s\S]*-->|<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)(?:[\s/][^>]*)?>)$/i;

/**
 * Whether the text of a block whose label ends at `at` has a label: one line of text before
 * `at`, a line break at `at`, and text after it.
 *
 * @internal
 */
export function isLabelled(text: string, at: number | undefined): boolean {
  if (at === undefined || text[at] !== '\n') return false;
  const label = text.slice(0, at);
  return label.trim() !== '' && !label.includes('\n') && text.slice(at).trim() !== '';
}

/**
 * Appends a text node's value, mapping each line of it to where it stands in the source.
 *
 * @internal
 */
export function appendText(
  text: string,
  pieces: Piece[],
  value: string,
  source: string,
  start: number,
  end: number,
): string {
  if (source.slice(start, end) === value) {
    pieces.push({ textStart: text.length, sourceStart: start, length: value.length });
    return text + value;
  }
  // Escapes, entities or stripped indentation: map line by line, searching forward.
  let cursor = start;
  const lines = value.split('\n');
  lines.forEach((line, index) => {
    if (index > 0) text += '\n';
    const at = line === '' ? -1 : source.indexOf(line, cursor);
    if (at !== -1 && at + line.length <= end) {
      pieces.push({ textStart: text.length, sourceStart: at, length: line.length });
      cursor = at + line.length;
    } else if (line !== '') {
      pieces.push({ textStart: text.length, sourceStart: Math.min(cursor, end), length: 0 });
    }
    text += line;
  });
  return text;
}
