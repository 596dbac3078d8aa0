/**
 * HTML → blocks, through unified: `rehype-parse` reads the page as a browser does (the
 * HTML standard's parser, with positions), the chrome and everything not shown is left
 * out ({@link isLeftOut}), and `hast-util-to-mdast` gives the page's structure as the
 * same headings, paragraphs and lists the Markdown reader yields — it knows how HTML's
 * block and inline elements make paragraphs (a `<div>` of text, an `<li>` without `<p>`,
 * `<br>`), collapses white space as a browser shows it, and keeps each text's place in
 * the source. Each block's text is then matched back to the source ({@link alignText}),
 * so findings point into the HTML.
 *
 * @module
 */
import type { Element, ElementContent, Root as HastRoot, Parents as HastParents, Text as HastText } from 'hast';
import { toMdast, type State } from 'hast-util-to-mdast';
import type { Emphasis, Parents, Root, Text } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { blockOf, type Block, type Piece } from '../claims/block.js';
import { afterLabel, collectBlocks } from '../factcheck/markdown-blocks.js';
import { isLabelled } from '../factcheck/markdown-text.js';
import { expectString } from '../guard.js';
import { alignText } from './align.js';
import { HtmlReadError } from './read-error.js';

export { HtmlReadError } from './read-error.js';
import { isLeftOut } from './chrome.js';

/**
 * The longest page read, in UTF-16 code units (4 Mi: a page of 4 MB of ASCII). Reading is
 * linear in time, but the trees of a page (hast, then mdast) take about 240 bytes of memory
 * per character of dense text: a page past this is refused rather than read into a gigabyte.
 * Saved pages are far smaller (the text, scripts and styles of a heavy page are a few
 * hundred KB).
 */
export const MAX_HTML_LENGTH = 4 * 1024 * 1024;

/** Elements nested deeper than this are read as the text they hold (hostile nesting must not exhaust the stack). */
export const MAX_HTML_DEPTH = 256;

/**
 * A page read for the engine: its blocks, and the language it declares.
 *
 * @example
 * ```ts
 * import type { HtmlDocument } from './html-blocks.js';
 * const page: HtmlDocument = { blocks: [], declaredLanguage: 'nb' };
 * ```
 */
export interface HtmlDocument {
  /** Headings, paragraphs and list items of the visible text, in reading order. */
  readonly blocks: readonly Block[];
  /** `<html lang>`, as written: a hint for the reader, never what decides a block's language. */
  readonly declaredLanguage: string | undefined;
}

/**
 * Parses a page with rehype-parse, with positions.
 *
 * @param html - The page's text.
 * @returns The hast tree.
 * @throws {@link HtmlReadError} when its elements are nested too deeply to read.
 * @example
 * ```ts
 * import { parseHtml } from './html-blocks.js';
 * parseHtml('<p>Hei</p>').children[0]?.type; // 'element'
 * ```
 */
export function parseHtml(html: string): HastRoot {
  expectString('parseHtml', 'html', html);
  try {
    return unified().use(rehypeParse).parse(html);
  } catch (error) {
    // The tree builder recurses once per level: thousands of unclosed elements exhaust the stack.
    if (error instanceof RangeError) throw new HtmlReadError('its elements are nested too deeply to read');
    throw error;
  }
}

/**
 * Reads a web page's visible text as the engine's blocks, each mapped to offsets in the
 * page's source.
 *
 * @param html - The page's text (decoded: see `decodeHtml` for bytes).
 * @returns The blocks and the declared language.
 * @throws TypeError when `html` is not a string; {@link HtmlReadError} when it cannot be read
 * (nested too deeply, or longer than {@link MAX_HTML_LENGTH}).
 * @example
 * ```ts
 * import { htmlBlocks } from './html-blocks.js';
 * const page = '<nav><a href="/">Home</a></nav><main><h1>Mesotherapy</h1><p>It removes fat.</p></main>';
 * htmlBlocks(page).blocks.map((b) => b.text); // ['Mesotherapy', 'It removes fat.']
 * ```
 */
export function htmlBlocks(html: string): HtmlDocument {
  expectString('htmlBlocks', 'html', html);
  if (html.length > MAX_HTML_LENGTH)
    throw new HtmlReadError(
      `the page is longer than ${MAX_HTML_LENGTH / (1024 * 1024)} Mi characters (${html.length}); split it or check its text`,
    );
  const skips = new Map<number, number>();
  const tree = visibleTree(parseHtml(html), skips);
  let mdast;
  try {
    mdast = toMdast(tree, { nodeHandlers: { text: textApart } });
  } catch (error) {
    if (error instanceof RangeError) throw new HtmlReadError('its elements are nested too deeply to read');
    throw error;
  }
  const blocks = mdastBlocks(mdast.type === 'root' ? mdast : { type: 'root', children: [] }, html, skips);
  return { blocks, declaredLanguage: declaredLanguage(tree) };
}

/**
 * A text node for `hast-util-to-mdast`, in a phrasing wrapper of its own. The library's
 * last pass joins neighbouring text nodes one by one, splicing the parent's children and
 * searching the joined text again each time: quadratic in the texts of one paragraph (a
 * page with thousands of `<q>`, `<span>` or `<a>` in one `<div>` took minutes). Kept
 * apart, each text keeps its own place in the source, which is what the alignment reads;
 * the engine reads a paragraph's texts joined, as before.
 */
function textApart(state: State, node: HastText): Emphasis {
  const text: Text = { type: 'text', value: node.value };
  state.patch(node, text);
  return { type: 'emphasis', children: [text] };
}

function declaredLanguage(tree: HastRoot): string | undefined {
  const root = tree.children.find((c): c is Element => c.type === 'element' && c.tagName === 'html');
  const lang = root?.properties.lang;
  return typeof lang === 'string' && lang.trim() !== '' ? lang.trim() : undefined;
}

/** Notes where a left-out element starts and ends in the source, so the alignment steps over it whole. */
function noteSkip(element: Element, skips: Map<number, number>): void {
  const start = element.position?.start.offset;
  const end = element.position?.end.offset;
  if (start !== undefined && end !== undefined && end > start) skips.set(start, Math.max(end, skips.get(start) ?? 0));
}

/**
 * A copy of the tree without the elements left out (each noted in `skips`); nesting past
 * {@link MAX_HTML_DEPTH} becomes its text.
 */
function visibleTree(tree: HastRoot, skips: Map<number, number>): HastRoot {
  const keep = (node: ElementContent, ancestors: HastParents[]): ElementContent | undefined => {
    if (node.type !== 'element') return node;
    if (isLeftOut(node, ancestors)) {
      noteSkip(node, skips);
      return undefined;
    }
    if (ancestors.length >= MAX_HTML_DEPTH) return flattened(node, skips);
    const inside = [...ancestors, node];
    const children: ElementContent[] = [];
    for (const child of node.children) {
      const kept = keep(child, inside);
      if (kept) children.push(kept);
    }
    return { ...node, children };
  };
  const children = tree.children.flatMap((child) => {
    if (child.type === 'doctype') return [];
    const kept = keep(child, [tree]);
    return kept ? [kept] : [];
  });
  return { ...tree, children };
}

/** An element as one text node spanning it, found without recursion. */
function flattened(element: Element, skips: Map<number, number>): HastText {
  let value = '';
  const stack: ElementContent[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as ElementContent;
    if (node.type === 'text') value += node.value;
    else if (node.type === 'element') {
      if (isLeftOut(node, [])) noteSkip(node, skips);
      else
        for (let index = node.children.length - 1; index >= 0; index--)
          stack.push(node.children[index] as ElementContent);
    }
  }
  return { type: 'text', value, ...(element.position ? { position: element.position } : {}) };
}

/** Headings, paragraphs and list items of the mdast the page became, as in the Markdown reader. */
function mdastBlocks(tree: Root, source: string, skips: ReadonlyMap<number, number>): Block[] {
  return collectBlocks(tree, (node, kind, depth) => phrasingBlock(node, source, skips, kind, depth));
}

function phrasingBlock(
  node: Parents,
  source: string,
  skips: ReadonlyMap<number, number>,
  kind: Block['kind'],
  depth: number,
): Block | undefined {
  const pieces: Piece[] = [];
  let text = '';
  // A label over the paragraph's text ("<p><b>Q: Is it safe?</b><br>Yes …</p>"): in HTML only a <br> ends its line.
  const after = afterLabel(node);
  const labelled = after?.type === 'break' ? after : undefined;
  let labelEnd: number | undefined;
  visit(node, (child) => {
    if (child === node) return CONTINUE;
    if (child === labelled) labelEnd = text.length;
    if (child.type === 'text') {
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      // One by one: a long text has more pieces than a spread may pass as arguments.
      if (start !== undefined && end !== undefined)
        for (const piece of alignText(child.value, source, start, end, text.length, skips)) pieces.push(piece);
      text += child.value;
      return CONTINUE;
    }
    // A line break ends a line, as in Markdown; code and images keep a space: claims inside them are not read.
    if (child.type === 'break') {
      text += '\n';
      return SKIP;
    }
    if (child.type === 'inlineCode' || child.type === 'html' || child.type === 'image') {
      text += ' ';
      return SKIP;
    }
    return CONTINUE;
  });
  if (text.trim() === '') return undefined;
  if (pieces.length === 0) pieces.push({ textStart: 0, sourceStart: node.position?.start.offset ?? 0, length: 0 });
  return isLabelled(text, labelEnd)
    ? blockOf(kind, depth, text, pieces, { label: true })
    : { kind, depth, text, pieces };
}
