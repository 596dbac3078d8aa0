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
import { isPipeTable, splitBulletLines, type Block, type Piece } from '../claims/block.js';
import { expectShape, expectString } from '../guard.js';

/**
 * Parses Markdown with remark-parse.
 *
 * @param markdown - The document.
 * @returns The mdast tree.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { parseMarkdown } from 'meso-evidence/factcheck';
 * parseMarkdown('# Hi').children[0]?.type; // 'heading'
 * ```
 */
export function parseMarkdown(markdown: string): Root {
  expectString('parseMarkdown', 'markdown', markdown);
  return unified().use(remarkParse).parse(markdown);
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
    const newline = /\r\n?|\n/g;
    newline.lastIndex = lineStart;
    const found = newline.exec(markdown);
    const lineEnd = found ? found.index : markdown.length;
    const head = markdown.slice(lineStart, Math.min(lineEnd, lineStart + 4 * MARKDOWN_LIMITS.depth + 64));
    const prefix = LINE_PREFIX.exec(head);
    const rest = prefix ? head.slice(prefix[0].length) : head;
    if (/^ {0,3}(?:=+|-+)[ \t]*$/.test(rest)) setextLines++;
    if (/^ {0,3}(?:`{3,}|~{3,})/.test(rest)) fenceLines++;
    if (
      setextLines > MARKDOWN_LIMITS.setextLines ||
      fenceLines > MARKDOWN_LIMITS.fenceLines ||
      listItems > MARKDOWN_LIMITS.listItems
    )
      return false;
    if (prefix) {
      if (/[-*+\d]/.test(prefix[0])) listItems++;
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
 * Collects the blocks of an mdast tree. Works without recursion, so deeply nested
 * quotes and lists cannot overflow the stack.
 *
 * @param tree - The tree (positions required).
 * @param source - The Markdown it was parsed from.
 * @returns The blocks, in document order.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { markdownBlocks, parseMarkdown } from 'meso-evidence/factcheck';
 * const source = '# Title\n\n- item\n';
 * markdownBlocks(parseMarkdown(source), source).map((b) => b.kind); // ['heading', 'list-item']
 * ```
 */
export function markdownBlocks(tree: Root, source: string): Block[] {
  expectShape('markdownBlocks', 'tree', tree, { type: 'string', children: 'array' }, 'an mdast tree');
  expectString('markdownBlocks', 'source', source);
  const blocks: Block[] = [];
  // Each stack entry: a node, and the index of the block that introduces it (for lists).
  const stack: { node: Nodes; leadIn: number | undefined; inItem: boolean }[] = [
    { node: tree, leadIn: undefined, inItem: false },
  ];
  while (stack.length > 0) {
    const { node, leadIn, inItem } = stack.pop() as (typeof stack)[number];
    if (node.type === 'heading' || node.type === 'paragraph') {
      const block = phrasingBlock(
        node,
        source,
        node.type === 'heading' ? 'heading' : inItem ? 'list-item' : 'paragraph',
        node.type === 'heading' ? node.depth : 0,
      );
      if (!block || isPipeTable(block)) continue;
      if (block.kind !== 'paragraph') {
        blocks.push(inItem && leadIn !== undefined ? { ...block, leadIn } : block);
        continue;
      }
      // A list typed with "•" is a paragraph to Markdown: split it into a lead and items.
      const base = blocks.length;
      for (const part of splitBulletLines(block)) {
        const lead =
          part.leadIn === undefined
            ? undefined
            : part.leadIn === -1
              ? base > 0
                ? base - 1
                : undefined
              : base + part.leadIn;
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
    } else if (
      child.type === 'inlineCode' ||
      child.type === 'html' ||
      child.type === 'image' ||
      child.type === 'imageReference'
    ) {
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
