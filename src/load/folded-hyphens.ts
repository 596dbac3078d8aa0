/**
 * Finds hyphenated words broken across lines of a folded YAML scalar. YAML folds a
 * line break inside plain, quoted and `>` scalars into a space, so "Placebo-" at the
 * end of one line and "controlled" on the next read "Placebo- controlled". A suspended
 * hyphen before a conjunction ("hofte- og lårfett", "pre- and post-treatment") is
 * written that way on purpose and is left alone.
 *
 * @module
 */
import { isScalar, Scalar, visit, type Document } from 'yaml';

/** Words after which a hyphen ending a line is a suspended hyphen, not a broken word. */
const CONJUNCTIONS = new Set(['and', 'or', 'nor', 'to', 'og', 'eller', 'til', 'enn', 'samt']);

/** Scalar styles whose line breaks fold into spaces (all but `|` literal blocks). */
const FOLDING = new Set<string | undefined>([
  Scalar.PLAIN,
  Scalar.QUOTE_DOUBLE,
  Scalar.QUOTE_SINGLE,
  Scalar.BLOCK_FOLDED,
]);

/** A hyphen at the end of a folded line: where it is, and the word it breaks. */
export interface FoldedHyphen {
  /** Offset of the hyphen in the file. */
  readonly offset: number;
  /** The two halves, as they would read folded: `Placebo- controlled`. */
  readonly folded: string;
  /** The word as meant: `Placebo-controlled`. */
  readonly joined: string;
}

const BROKEN = /(\p{L}[\p{L}\p{N}]*)-[ \t]*\r?\n[ \t]*(\p{L}[\p{L}\p{N}]*)/gu;

/**
 * The hyphenated words broken by a folded line break in a parsed YAML document.
 *
 * @param doc - The document, parsed with source ranges.
 * @param text - Its source text.
 * @returns Each broken word, in file order.
 * @internal
 */
export function foldedHyphens(doc: Document.Parsed, text: string): FoldedHyphen[] {
  const found: FoldedHyphen[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || !FOLDING.has(node.type) || !node.range) return;
      const [start, end] = node.range;
      const source = text.slice(start, end);
      for (const match of source.matchAll(BROKEN)) {
        const [, before = '', after = ''] = match;
        if (CONJUNCTIONS.has(after.toLowerCase())) continue;
        found.push({
          offset: start + match.index + before.length,
          folded: `${before}- ${after}`,
          joined: `${before}-${after}`,
        });
      }
    },
  });
  return found;
}
