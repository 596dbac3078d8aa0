/**
 * `check --input ndjson`: a stream of documents on stdin, one JSON object a line
 * (`{"url": "…", "html" | "text" | "markdown": "…"}`), and one result line out per
 * document, written as soon as it is checked — the protocol of a batch engine's "pipe to
 * an external program" step. A line that is not such an object gets an error line; the
 * stream goes on.
 *
 * @module
 */
import type { Finding, Notice } from '../factcheck/finding.js';
import type { LanguageCode } from '../schema/language.js';
import { HtmlReadError } from '../html/read-error.js';
import { checkDocument } from './check-document.js';
import type { InputFormat } from './inputs.js';
import { isProblem } from './text-report.js';

/** The most bytes one line may have: as much as `check` reads from stdin at all. */
export const MAX_NDJSON_LINE_BYTES = 64 * 1024 * 1024;

/** The fields that carry a document, and how each is read. */
const DOCUMENT_FIELDS: readonly (readonly [string, InputFormat])[] = [
  ['html', 'html'],
  ['text', 'text'],
  ['markdown', 'markdown'],
];

/** One line of input, as bytes, or a line past the limit. */
export interface InputLine {
  /** The line's number, from 1. */
  readonly number: number;
  /** Its bytes (without the line break); `undefined` when it was longer than the limit. */
  readonly bytes: Buffer | undefined;
}

/**
 * Splits a byte stream into lines at LF (a CR before it is dropped), never holding more
 * than `limit` bytes of one line: a longer line is given as `bytes: undefined` and its
 * rest skipped.
 *
 * @param stream - The stream (stdin).
 * @param limit - The most bytes of one line.
 * @returns The lines, in order; blank lines included.
 * @example
 * ```ts
 * import { splitLines } from './ndjson.js';
 * for await (const line of splitLines(process.stdin, 1024)) console.log(line.number, line.bytes?.length);
 * ```
 */
export async function* splitLines(
  stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  limit: number,
): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const take = (): InputLine => {
    number++;
    let bytes: Buffer | undefined = tooLong ? undefined : Buffer.concat(parts, size);
    if (bytes?.[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    size = 0;
    tooLong = false;
    return { number, bytes };
  };
  for await (const chunk of stream) {
    let data =
      typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    for (let newline = data.indexOf(0x0a); ; newline = data.indexOf(0x0a)) {
      const piece = newline === -1 ? data : data.subarray(0, newline);
      if (!tooLong) {
        if (size + piece.length > limit) {
          tooLong = true;
          parts = [];
          size = 0;
        } else if (piece.length > 0) {
          // Copied: the stream may reuse its buffer for the next chunk.
          parts.push(Buffer.from(piece));
          size += piece.length;
        }
      }
      if (newline === -1) break;
      yield take();
      data = data.subarray(newline + 1);
    }
  }
  if (size > 0 || tooLong) yield take();
}

/** A document read from a line, or why the line is not one. */
type DocumentLine =
  { url: string | undefined; format: InputFormat; text: string } | { url: string | undefined; error: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function readRecord(bytes: Buffer): DocumentLine {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { url: undefined, error: 'the line is not UTF-8 text' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { url: undefined, error: `the line is not JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { url: undefined, error: 'the line is not a JSON object' };
  const object = value as Readonly<Record<string, unknown>>;
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined);
  const url = own('url');
  if (url !== undefined && typeof url !== 'string') return { url: undefined, error: '`url` must be a string' };
  const given = DOCUMENT_FIELDS.filter(([key]) => own(key) !== undefined);
  if (given.length !== 1)
    return {
      url,
      error:
        given.length === 0
          ? 'the object has none of `html`, `text`, `markdown`'
          : `the object has more than one of \`html\`, \`text\`, \`markdown\` (${given.map(([k]) => `\`${k}\``).join(', ')})`,
    };
  const [key, format] = given[0] as readonly [string, InputFormat];
  const document = own(key);
  if (typeof document !== 'string') return { url, error: `\`${key}\` must be a string` };
  return { url, format, text: document };
}

/** One result line. */
interface ResultLine {
  readonly line: number;
  readonly url?: string;
  readonly language?: LanguageCode;
  readonly findings?: readonly Finding[];
  readonly notices?: readonly Notice[];
  readonly error?: string;
}

/** Options of an NDJSON run. */
export interface NdjsonOptions {
  /** The language to read every document in; detected per block when not given. */
  readonly language: LanguageCode | undefined;
  /** Only overstated and contradicted findings. */
  readonly quiet: boolean;
}

/**
 * Checks each document of an NDJSON stream and writes its result line as soon as it is
 * checked: `{"line", "url", "language", "findings", "notices"}`, or `{"line", "url"?,
 * "error"}` for a line that is not a document. Blank lines are skipped.
 *
 * @param lines - The input's lines ({@link splitLines}).
 * @param out - Writes one result line.
 * @param options - Language and quiet.
 * @returns The exit code: 2 when a line was not a document, else 1 when a claim is
 * overstated or contradicted, else 0.
 * @example
 * ```ts
 * import { checkNdjson } from './ndjson.js';
 * async function* one() { yield { number: 1, bytes: Buffer.from('{"url":"u","text":"Mesotherapy is not FDA-approved."}') }; }
 * await checkNdjson(one(), console.log, { language: undefined, quiet: false }); // 0
 * ```
 */
export async function checkNdjson(
  lines: AsyncIterable<InputLine>,
  out: (line: string) => void,
  options: NdjsonOptions,
): Promise<number> {
  let bad = false;
  let problems = false;
  for await (const { number, bytes } of lines) {
    if (bytes !== undefined && bytes.length < 256 && bytes.toString('utf8').trim() === '') continue;
    const record: DocumentLine =
      bytes === undefined
        ? { url: undefined, error: `the line is longer than ${MAX_NDJSON_LINE_BYTES / (1024 * 1024)} MiB` }
        : readRecord(bytes);
    const where = record.url === undefined ? {} : { url: record.url };
    let result: ResultLine;
    if ('error' in record) result = { line: number, ...where, error: record.error };
    else {
      try {
        const report = await checkDocument(record.text, record.format, options.language);
        const findings = options.quiet ? report.findings.filter(isProblem) : report.findings;
        problems ||= report.findings.some(isProblem);
        result = { line: number, ...where, language: report.language, findings, notices: report.notices };
      } catch (error) {
        if (!(error instanceof HtmlReadError)) throw error;
        result = { line: number, ...where, error: `cannot read the page: ${error.message}` };
      }
    }
    if (result.error !== undefined) bad = true;
    out(JSON.stringify(result));
  }
  return bad ? 2 : problems ? 1 : 0;
}
