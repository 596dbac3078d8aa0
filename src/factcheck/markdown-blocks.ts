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
import { blockOf, type Block, type Piece } from '../claims/block.js';
import { expectShape, expectString } from '../guard.js';
import { arraySink } from './block-sink.js';
import { textBlocks } from './text-blocks.js';
import {
  addBlock,
  appendText,
  ENDS_WITH_LETTER,
  isLabelled,
  MAX_TREE_DEPTH,
  STARTS_WITH_LETTER,
  WORD_JOINING_HTML,
} from './markdown-text.js';

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
