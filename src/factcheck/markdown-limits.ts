/**
 * The limits within which Markdown is read as Markdown: past them, a document is not an
 * article written for people, and is read as plain text. A module of its own so the fact-check
 * engine (`./markdown-chunks.ts`) checks them without loading the tree walker of
 * `./markdown-blocks.ts`.
 *
 * @module
 * @internal
 */

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
