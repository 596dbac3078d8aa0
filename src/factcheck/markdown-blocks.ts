/**
 * Markdown → blocks, through an mdast tree (remark-parse's). Headings, paragraphs and list
 * items become blocks; code, HTML and inline code are not read (claims inside code
 * are not claims) but keep their place, so offsets stay exact. The remark plugin reads a
 * user's tree with it; the fact-check reads the same blocks from micromark's events
 * without a tree (./markdown-events.ts), tested against this reader block for block.
 *
 * @module
 */
import type { Nodes, Parents, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { blockOf, isPipeTable, splitBulletLines, tableRows, type Block, type Piece } from '../claims/block.js';
import { expectShape, expectString } from '../guard.js';
import { arraySink, settle, type BlockSink } from './block-sink.js';
import { textBlocks } from './text-blocks.js';
import { lazyPattern } from '../lazy-pattern.js';

/**
 * Parses Markdown as remark-parse does (remark-parse is `fromMarkdown` with the
 * processor's extensions, of which there are none here), without loading unified.
 *
 * @param markdown - The document.
 * @returns The mdast tree.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { parseMarkdown } from './markdown-blocks.js';
 * parseMarkdown('# Hi').children[0]?.type; // 'heading'
 * ```
 */
export function parseMarkdown(markdown: string): Root {
  expectString('parseMarkdown', 'markdown', markdown);
  return fromMarkdown(markdown);
}

/** Markdown is read as Markdown only within these limits (see docs/security.md). */
export const MARKDOWN_LIMITS = {
  /** Containers (block quotes, list items) nested on one line. */
  depth: 32,
  /** Lines inside a block quote or a nested list. */
  containerLines: 250,
  /** Emphasis and link delimiters: `*`, `_`, `[`, `]`. */
  delimiters: 5000,
  /** List items, at any depth. */
  listItems: 250,
  /** Setext heading underlines (`===` or `---` lines). */
  setextLines: 200,
  /** Lines that open or close fenced code inside a container, or look like they do. */
  fenceLines: 200,
  /** Characters that start escapes, entities, HTML and code spans: `\\`, `&`, `<`, `` ` ``, `~`. */
  markup: 4000,
} as const;

/** A line ending; one expression for every line of every piece, its position set before each search. */
const NEWLINE = /\r\n?|\n/g;

const LINE_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+[ \t]*/;

/**
 * Whether remark-parse can read a document in time linear in its size. Its block
 * parser slows down with the square of nested containers and block quotes, and its
 * inline parser with the square of emphasis and link delimiters; documents past
 * {@link MARKDOWN_LIMITS} are not articles written for people, and are read as plain
 * text instead. One linear pass, no parsing.
 *
 * @param markdown - The document.
 * @returns True when it is within the limits.
 * @internal
 */
export function withinMarkdownLimits(markdown: string): boolean {
  let containerLines = 0;
  let delimiters = 0;
  let markup = 0;
  for (let index = 0; index < markdown.length; index++) {
    const code = markdown.charCodeAt(index);
    if (code === 42 || code === 95 || code === 91 || code === 93) delimiters++;
    else if (code === 92 || code === 38 || code === 60 || code === 96 || code === 126) markup++;
  }
  if (delimiters > MARKDOWN_LIMITS.delimiters || markup > MARKDOWN_LIMITS.markup) return false;
  let listItems = 0;
  let setextLines = 0;
  let fenceLines = 0;
  let lineStart = 0;
  while (lineStart < markdown.length) {
    NEWLINE.lastIndex = lineStart;
    const newline = NEWLINE;
    const found = newline.exec(markdown);
    const lineEnd = found ? found.index : markdown.length;
    const head = markdown.slice(lineStart, Math.min(lineEnd, lineStart + 4 * MARKDOWN_LIMITS.depth + 64));
    const prefix = LINE_PREFIX.exec(head);
    const rest = prefix ? head.slice(prefix[0].length) : head;
    if (/^ {0,3}(?:=+|-+)[ \t]*$/.test(rest)) setextLines++;
    if (/^ {0,3}(?:`{3,}|~{3,})/.test(rest)) fenceLines++;
    if (setextLines > MARKDOWN_LIMITS.setextLines || fenceLines > MARKDOWN_LIMITS.fenceLines) return false;
    if (prefix) {
      // Counted, then checked: the last line of a piece counts too.
      if (/[-*+\d]/.test(prefix[0]) && ++listItems > MARKDOWN_LIMITS.listItems) return false;
      const text = prefix[0];
      const markers = (text.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
      // Nesting by indentation ("    - item" under "  - item"): the whitespace before the first marker.
      const indent = (/^[ \t]*/.exec(text)?.[0] ?? '').replace(/\t/g, '    ').length;
      const depth = markers + Math.floor(indent / 2);
      if (depth > MARKDOWN_LIMITS.depth || text.length >= 4 * MARKDOWN_LIMITS.depth + 64) return false;
      if (text.includes('>') || depth > 1) containerLines++;
    }
    if (containerLines > MARKDOWN_LIMITS.containerLines) return false;
    lineStart = found ? found.index + found[0].length : markdown.length;
  }
  return true;
}

/**
 * Trees deeper than this are read as plain text by {@link markdownBlocks}: the walk
 * (unist-util-visit) recurses once per level, and no document written for people nests
 * anywhere near this deep (remark-parse output is already held to {@link MARKDOWN_LIMITS}).
 *
 * @internal
 */
export const MAX_TREE_DEPTH = 1000;

/** Whether any node of `tree` lies deeper than `limit`; measured without recursion. */
function deeperThan(tree: Nodes, limit: number): boolean {
  const stack: [Nodes, number][] = [[tree, 0]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > limit) return true;
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Collects the blocks of an mdast tree. A tree nested more than a thousand levels deep
 * (not a document written for people; see docs/security.md) is read as plain text
 * instead, so it cannot overflow the stack.
 *
 * @param tree - The tree (positions required).
 * @param source - The Markdown it was parsed from.
 * @returns The blocks, in document order.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { markdownBlocks, parseMarkdown } from './markdown-blocks.js';
 * const source = '# Title\n\n- item\n';
 * markdownBlocks(parseMarkdown(source), source).map((b) => b.kind); // ['heading', 'list-item']
 * ```
 */
export function markdownBlocks(tree: Root, source: string): Block[] {
  expectShape('markdownBlocks', 'tree', tree, { type: 'string', children: 'array' }, 'an mdast tree');
  expectString('markdownBlocks', 'source', source);
  if (deeperThan(tree, MAX_TREE_DEPTH)) return textBlocks(source);
  return collectBlocks(tree, (node, kind, depth) => phrasingBlock(node, source, kind, depth));
}

/**
 * How a heading or paragraph of an mdast tree becomes a block (its text and where each
 * part of it stands in the source), or undefined when it holds no text.
 *
 * @internal
 */
export type PhrasingToBlock = (node: Nodes & Parents, kind: Block['kind'], depth: number) => Block | undefined;

/**
 * The headings, paragraphs and list items of an mdast tree, in reading order, each list
 * item tied to the block that leads into its list. Shared by the Markdown reader and the
 * HTML reader (whose page becomes the same mdast shapes); they differ only in how a
 * phrasing node's text is placed in the source.
 *
 * @internal
 */
export function collectBlocks(tree: Root, toBlock: PhrasingToBlock): Block[] {
  const blocks: Block[] = [];
  const sink = arraySink(blocks);
  // The block that introduces each container's lists: a list's lead-in is the block emitted just before it.
  const leadIns = new Map<Nodes, number | undefined>();
  visit(tree, (node, _index, parent) => {
    const inherited = parent ? leadIns.get(parent) : undefined;
    const inItem = parent?.type === 'listItem';
    if (node.type === 'heading' || node.type === 'paragraph') {
      const block = toBlock(
        node,
        node.type === 'heading' ? 'heading' : inItem ? 'list-item' : 'paragraph',
        node.type === 'heading' ? node.depth : 0,
      );
      if (block) addBlock(sink, block, inItem ? inherited : undefined);
      return SKIP;
    }
    if (node.type === 'code' || node.type === 'html') return SKIP;
    leadIns.set(node, node.type === 'list' ? (blocks.length > 0 ? blocks.length - 1 : undefined) : inherited);
    return CONTINUE;
  });
  return blocks;
}

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
 * The node after a paragraph's label: when the paragraph opens with strong or emphasised text
 * ("**Ida (klinikken) · 19:09**", "**Q: Is it safe?**") and a line break comes right after it
 * (a hard break, or a soft one: a text that starts on the next line), that break or text.
 *
 * @param node - A paragraph (or a heading, which has no label).
 * @returns The node after the label, or undefined when the paragraph opens with none.
 * @internal
 */
export function afterLabel(node: Nodes & Parents): Nodes | undefined {
  if (node.type === 'heading') return undefined;
  const [first, next] = node.children as Nodes[];
  if (first?.type !== 'strong' && first?.type !== 'emphasis') return undefined;
  if (next?.type === 'break' || (next?.type === 'text' && next.value.startsWith('\n'))) return next;
  return undefined;
}

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

function phrasingBlock(node: Nodes & Parents, source: string, kind: Block['kind'], depth: number): Block | undefined {
  const pieces: Piece[] = [];
  let text = '';
  /** Where a run of word-joining inline HTML began in `text`, while nothing else has come since. */
  let joinFrom: number | undefined;
  const labelled = afterLabel(node);
  /** Where the label ends in `text`, once the node after it is reached. */
  let labelEnd: number | undefined;
  visit(node, (child) => {
    if (child === node) return CONTINUE;
    if (child === labelled) labelEnd = text.length;
    if (child.type === 'text') {
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      // A word split by inline HTML is one word: drop the spaces the HTML left between its letters.
      if (
        joinFrom !== undefined &&
        ENDS_WITH_LETTER().test(text.slice(0, joinFrom)) &&
        STARTS_WITH_LETTER().test(child.value)
      )
        text = text.slice(0, joinFrom);
      joinFrom = undefined;
      if (start !== undefined && end !== undefined) text = appendText(text, pieces, child.value, source, start, end);
      return CONTINUE;
    }
    // Line breaks, code, HTML and images keep a space: claims inside them are not read.
    if (
      child.type === 'break' ||
      child.type === 'inlineCode' ||
      child.type === 'html' ||
      child.type === 'image' ||
      child.type === 'imageReference'
    ) {
      if (child.type === 'html' && WORD_JOINING_HTML.test(child.value)) joinFrom ??= text.length;
      else joinFrom = undefined;
      // The break after a label ends its line, as a soft one does.
      text += child === labelled ? '\n' : ' ';
      return SKIP;
    }
    return CONTINUE;
  });
  if (text.trim() === '') return undefined;
  return isLabelled(text, labelEnd)
    ? blockOf(kind, depth, text, pieces, { label: true })
    : { kind, depth, text, pieces };
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
