/**
 * The pages of a web archive as documents for `check`: each HTML response
 * ({@link readWarc}) decoded by the character set its server sent (or the page declares),
 * or a problem naming the record's offset when it cannot be read.
 *
 * @module
 */
import { decodeHtml, HtmlDecodeError } from '../html/charset.js';
import { readWarc } from './warc.js';

/** A page of an archive, ready to check. */
export interface WarcDocument {
  /** `WARC-Target-URI`. */
  readonly url: string;
  /** `WARC-Date`. */
  readonly date: string;
  /** Where its record starts in the archive, in bytes. */
  readonly offset: number;
  /** The page's HTML, decoded. */
  readonly text: string;
}

/** A record skipped, and why. */
export interface WarcSkipped {
  /** Where its record starts in the archive, in bytes. */
  readonly offset: number;
  /** Why. */
  readonly message: string;
}

/**
 * Reads the pages of a WARC or WARC.gz stream.
 *
 * @param stream - The archive's bytes.
 * @returns Pages and skipped records, in the archive's order.
 * @example
 * ```ts
 * import { warcDocuments } from './warc-documents.js';
 * for await (const item of warcDocuments([new Uint8Array()])) console.log(item);
 * ```
 */
export async function* warcDocuments(
  stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<{ readonly document: WarcDocument } | { readonly skipped: WarcSkipped }> {
  async function* bytes(): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
  }
  for await (const entry of readWarc(bytes())) {
    if ('problem' in entry) {
      yield { skipped: entry.problem };
      continue;
    }
    const { page } = entry;
    try {
      const text = decodeHtml(page.body, page.charset);
      yield { document: { url: page.uri, date: page.date, offset: page.offset, text } };
    } catch (error) {
      if (!(error instanceof HtmlDecodeError)) throw error;
      yield { skipped: { offset: page.offset, message: `the page ${page.uri} cannot be read: ${error.message}` } };
    }
  }
}
