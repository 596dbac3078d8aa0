/**
 * Markdown → blocks, through unified + remark-parse. Headings, paragraphs and list
 * items become blocks; code, HTML and inline code are not read (claims inside code
 * are not claims) but keep their place, so offsets stay exact.
 *
 * @module
 */
import type { Nodes, Parents, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { splitBulletLines, type Block, type Piece } from '../claims/block.js';

/**
 * Parses Markdown with remark-parse.
 *
 * @param markdown - The document.
 * @returns The mdast tree.
 * @example
 * ```ts
 * import { parseMarkdown } from 'meso-evidence/factcheck';
 * parseMarkdown('# Hi').children[0]?.type; // 'heading'
 * ```
 */
export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).parse(markdown);
}

/**
 * Collects the blocks of an mdast tree. Works without recursion, so deeply nested
 * quotes and lists cannot overflow the stack.
 *
 * @param tree - The tree (positions required).
 * @param source - The Markdown it was parsed from.
 * @returns The blocks, in document order.
 * @example
 * ```ts
 * import { markdownBlocks, parseMarkdown } from 'meso-evidence/factcheck';
 * const source = '# Title\n\n- item\n';
 * markdownBlocks(parseMarkdown(source), source).map((b) => b.kind); // ['heading', 'list-item']
 * ```
 */
export function markdownBlocks(tree: Root, source: string): Block[] {
  const blocks: Block[] = [];
  // Each stack entry: a node, and the index of the block that introduces it (for lists).
  const stack: { node: Nodes; leadIn: number | undefined; inItem: boolean }[] = [{ node: tree, leadIn: undefined, inItem: false }];
  while (stack.length > 0) {
    const { node, leadIn, inItem } = stack.pop() as (typeof stack)[number];
    if (node.type === 'heading' || node.type === 'paragraph') {
      const block = phrasingBlock(node, source, node.type === 'heading' ? 'heading' : inItem ? 'list-item' : 'paragraph', node.type === 'heading' ? node.depth : 0);
      if (!block) continue;
      if (block.kind !== 'paragraph') {
        blocks.push(inItem && leadIn !== undefined ? { ...block, leadIn } : block);
        continue;
      }
      // A list typed with "•" is a paragraph to Markdown: split it into a lead and items.
      const base = blocks.length;
      for (const part of splitBulletLines(block)) {
        const lead = part.leadIn === undefined ? undefined : part.leadIn === -1 ? (base > 0 ? base - 1 : undefined) : base + part.leadIn;
        const { leadIn: _ignored, ...rest } = part;
        blocks.push(lead === undefined ? rest : { ...rest, leadIn: lead });
      }
      continue;
    }
    if (node.type === 'code' || node.type === 'html' || !('children' in node)) continue;
    // A list's lead-in is the block emitted just before it; paragraphs directly in an item are list items.
    const childLeadIn = node.type === 'list' ? (blocks.length > 0 ? blocks.length - 1 : undefined) : leadIn;
    const childInItem = node.type === 'listItem';
    const children = (node as Parents).children as Nodes[];
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({ node: children[index] as Nodes, leadIn: childLeadIn, inItem: childInItem });
    }
  }
  return blocks;
}


function phrasingBlock(node: Nodes & Parents, source: string, kind: Block['kind'], depth: number): Block | undefined {
  const pieces: Piece[] = [];
  let text = '';
  const stack: Nodes[] = [...(node.children as Nodes[])].reverse();
  while (stack.length > 0) {
    const child = stack.pop() as Nodes;
    if (child.type === 'text') {
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      text = appendText(text, pieces, child.value, source, start, end);
    } else if (child.type === 'break') {
      text += ' ';
    } else if (child.type === 'inlineCode' || child.type === 'html' || child.type === 'image' || child.type === 'imageReference') {
      text += ' ';
    } else if ('children' in child) {
      stack.push(...[...(child.children as Nodes[])].reverse());
    }
  }
  if (text.trim() === '') return undefined;
  return { kind, depth, text, pieces };
}

/** Appends a text node's value, mapping each line of it to where it stands in the source. */
function appendText(text: string, pieces: Piece[], value: string, source: string, start: number, end: number): string {
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
