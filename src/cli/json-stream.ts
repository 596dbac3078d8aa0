/**
 * A JSON document with one long array, written item by item: the text is byte for byte
 * what the serialiser gives for the whole document, but only one item is held at a time.
 * `check` streams its JSON, ClaimReview and SARIF outputs with it.
 *
 * @module
 */

/** Stands for the array's items in the document given to the serialiser. */
const MARKER = 'meso-evidence:streamed-items';

/** Writes a document's one long array as its items come, in whole lines. */
export interface JsonArrayStream {
  /**
   * Takes the next item.
   *
   * @param item - The item.
   * @returns The text ready to be written (whole lines, without the last line break), possibly none.
   */
  readonly item: (item: unknown) => string[];
  /**
   * Ends the document.
   *
   * @param document - The whole document with `[marker]` for the array (fields after the
   * array may have been filled in meanwhile; those before it must be as they were).
   * @returns The rest of the text, in whole lines.
   */
  readonly end: (document: unknown) => string[];
}

/**
 * The array to put in the document where the streamed items go.
 *
 * @returns A one-item array holding the marker.
 * @example
 * ```ts
 * import { streamedItems } from './json-stream.js';
 * streamedItems(); // ['meso-evidence:streamed-items']
 * ```
 */
export function streamedItems(): string[] {
  return [MARKER];
}

/**
 * Streams the array of a JSON document: `document` holds {@link streamedItems} where the
 * array is; `stringify` is how the whole document would be serialised (with an indent, so
 * each item stands on its own lines). The head is written with the first item, each item
 * once the next one comes (it needs a comma), the tail at the end.
 *
 * @param document - The document's head: everything before the array must be final.
 * @param stringify - The serialiser, for example `(v) => JSON.stringify(v, null, 2)`; it
 * must serialise an item the same wherever it stands, as `JSON.stringify` does.
 * @returns The stream.
 * @example
 * ```ts
 * import { jsonArrayStream, streamedItems } from './json-stream.js';
 * const stream = jsonArrayStream({ files: streamedItems() }, (v) => JSON.stringify(v, null, 2));
 * const lines = [...stream.item({ path: 'a.md' }), ...stream.item({ path: 'b.md' }), ...stream.end({ files: streamedItems() })];
 * lines.join('\n') === JSON.stringify({ files: [{ path: 'a.md' }, { path: 'b.md' }] }, null, 2); // true
 * ```
 */
export function jsonArrayStream(document: unknown, stringify: (value: unknown) => string): JsonArrayStream {
  const token = stringify(MARKER);
  const split = (text: string): { head: string; indent: string; tail: string } => {
    const at = text.indexOf(token);
    if (at === -1 || text.includes(token, at + 1))
      throw new Error('jsonArrayStream: the document must hold the marker exactly once');
    const lineStart = text.lastIndexOf('\n', at) + 1;
    return {
      head: text.slice(0, lineStart - 1),
      indent: text.slice(lineStart, at),
      tail: text.slice(at + token.length),
    };
  };
  const { head, indent } = split(stringify(document));
  let started = false;
  let held: string | undefined;
  return {
    item: (item) => {
      const text = `${indent}${stringify(item).replaceAll('\n', `\n${indent}`)}`;
      const ready = started ? [] : [head];
      started = true;
      if (held !== undefined) ready.push(`${held},`);
      held = text;
      return ready;
    },
    end: (whole) => {
      const parts = split(stringify(whole));
      if (parts.head !== head || parts.indent !== indent)
        throw new Error('jsonArrayStream: the document changed before its array');
      // The tail starts with the line break and indent before the closing bracket.
      if (held === undefined) return [`${head}${parts.tail.replace(/^\n[ \t]*/, '')}`];
      return [held, parts.tail.slice(1)];
    },
  };
}
