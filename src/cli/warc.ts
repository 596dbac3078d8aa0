/**
 * Web archives (WARC 1.0 and 1.1, plain or `.warc.gz`) read as a stream: every HTML
 * `response` record is given as a page with its `WARC-Target-URI` and `WARC-Date`; other
 * records are skipped; a record that cannot be read (a bad or truncated gzip member, a
 * checksum that does not match, a header block without `WARC/` or `Content-Length`, a
 * record cut short, an HTTP message that cannot be read) is given as a problem at its
 * offset, and reading goes on at the next record. Memory holds one record (at most
 * {@link MAX_WARC_RECORD_BYTES}), never the archive.
 *
 * Written on `node:zlib` rather than with a WARC library: the one there is (`warcio`)
 * brings thirty packages (9 MB: a CLI argument parser, a WebAssembly hasher, a
 * temporary-file library) into every install, and stops at the first bad gzip member,
 * where a crawl needs the next record.
 *
 * @module
 */
import { brotliDecompressSync, crc32, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

/** The most bytes of one record (compressed or not), and of a page's body once decoded: as `check` reads from stdin. */
export const MAX_WARC_RECORD_BYTES = 64 * 1024 * 1024;

/** The most bytes of a record's header block, or of an HTTP message's head. */
const MAX_HEAD_BYTES = 64 * 1024;

/** An HTML response found in the archive. */
export interface WarcPage {
  /** Where its record starts in the archive's file (for `.warc.gz`: its gzip member), in bytes. */
  readonly offset: number;
  /** `WARC-Target-URI`: the page's address. */
  readonly uri: string;
  /** `WARC-Date`: when it was fetched. */
  readonly date: string;
  /** The HTTP body, with transfer and content encodings undone. */
  readonly body: Uint8Array;
  /** The `charset` of the HTTP `Content-Type`, when it names one. */
  readonly charset: string | undefined;
}

/** A record that could not be read, and why. */
export interface WarcProblem {
  /** Where the record starts (for `.warc.gz`: its gzip member), in bytes. */
  readonly offset: number;
  /** Why it was skipped. */
  readonly message: string;
}

/** What {@link readWarc} gives: a page, or a problem. */
export type WarcEntry = { readonly page: WarcPage } | { readonly problem: WarcProblem };

/** A read-ahead buffer over a byte stream, with each byte's offset in the stream. */
class ByteSource {
  private buffer = Buffer.alloc(0);
  /** The stream offset of `buffer[0]`. */
  private base = 0;
  private done = false;
  private readonly chunks: AsyncIterator<Uint8Array>;

  constructor(stream: AsyncIterable<Uint8Array> | Iterable<Uint8Array>) {
    this.chunks = (async function* () {
      yield* stream;
    })();
  }

  /** Bytes from `at`, at least `length` of them unless the stream ends first. */
  async peek(at: number, length: number): Promise<Buffer> {
    while (!this.done && this.base + this.buffer.length < at + length) {
      const next = await this.chunks.next();
      if (next.done === true) this.done = true;
      else this.buffer = Buffer.concat([this.buffer, next.value]);
    }
    return this.buffer.subarray(at - this.base, at - this.base + length);
  }

  /** Forgets the bytes before `at`. */
  release(at: number): void {
    if (at <= this.base) return;
    this.buffer = this.buffer.subarray(Math.min(at - this.base, this.buffer.length));
    this.base = at;
    // Keep a small buffer small: a subarray would hold the whole old one.
    if (this.buffer.length < 1 << 16) this.buffer = Buffer.from(this.buffer);
  }

  /** Reads on to `at`, forgetting what is before it; false when the stream ends first. */
  async skipTo(at: number): Promise<boolean> {
    while (this.base + this.buffer.length < at) {
      if (this.done) return false;
      this.release(Math.min(at, this.base + this.buffer.length));
      const next = await this.chunks.next();
      if (next.done === true) this.done = true;
      else this.buffer = Buffer.concat([this.buffer, next.value]);
    }
    return true;
  }

  /** Whether the stream ends at or before `at`. */
  async endsAt(at: number): Promise<boolean> {
    return (await this.peek(at, 1)).length === 0;
  }

  /** Where `needle` next starts at or after `from`, reading on (and forgetting what is before) as needed; -1 at the end. */
  async find(needle: Buffer, from: number): Promise<number> {
    const window = 1 << 20;
    for (;;) {
      const bytes = await this.peek(from, window);
      const found = bytes.indexOf(needle);
      if (found !== -1) return from + found;
      if (bytes.length < window) return -1;
      from += bytes.length - needle.length + 1;
      this.release(from);
    }
  }
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);
const WARC_LINE = Buffer.from('WARC/');
const RECORD_START = Buffer.from('\nWARC/');
const HEAD_END = Buffer.from('\r\n\r\n');

/**
 * Reads a WARC or WARC.gz stream (gzip is known by its first bytes, not by a name).
 *
 * @param stream - The archive's bytes, in chunks.
 * @param limit - The most bytes of one record (default {@link MAX_WARC_RECORD_BYTES}).
 * @returns The HTML pages and the problems, in the archive's order.
 * @example
 * ```ts
 * import { readWarc } from './warc.js';
 * const record = 'WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://clinic.example/\r\nWARC-Date: 2026-01-01T00:00:00Z\r\nContent-Length: 55\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hello</p>\r\n\r\n';
 * for await (const entry of readWarc([Buffer.from(record)])) console.log('page' in entry ? entry.page.uri : entry.problem.message);
 * ```
 */
export async function* readWarc(
  stream: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  limit: number = MAX_WARC_RECORD_BYTES,
): AsyncGenerator<WarcEntry> {
  const source = new ByteSource(stream);
  const head = await source.peek(0, 2);
  if (head[0] === 0x1f && head[1] === 0x8b) yield* gzipMembers(source, limit);
  else yield* records(source, limit, (at) => at);
}

/** The records of a `.warc.gz`, one gzip member after another; a bad member is skipped to the next. */
async function* gzipMembers(source: ByteSource, limit: number): AsyncGenerator<WarcEntry> {
  let at = 0;
  while (!(await source.endsAt(at))) {
    source.release(at);
    const member = await inflateMember(source, at, limit);
    if ('problem' in member) {
      yield { problem: { offset: at, message: member.problem } };
      if (member.end === undefined) {
        const next = await source.find(GZIP_MAGIC, at + 1);
        if (next === -1) return;
        at = next;
      } else at = member.end;
      continue;
    }
    const offset = at;
    yield* records(new ByteSource([member.bytes]), limit, () => offset);
    at = member.end;
  }
}

type Member = { bytes: Buffer; end: number } | { problem: string; end: number | undefined };

/** The gzip member at `at`, inflated and its checksum checked; or why it cannot be (and where it ends, when known). */
async function inflateMember(source: ByteSource, at: number, limit: number): Promise<Member> {
  const header = await source.peek(at, 10);
  if (header.length < 10 || header.indexOf(GZIP_MAGIC) !== 0)
    return { problem: 'not a gzip member (a .warc.gz has one gzip member per record)', end: undefined };
  for (let window = 1 << 16; ; window *= 2) {
    const bytes = await source.peek(at, Math.min(window, limit + 1024));
    const start = gzipHeaderLength(bytes);
    if (start === undefined) return { problem: 'a gzip member with a header cut short', end: undefined };
    let inflated: { buffer: Buffer; engine: { bytesWritten: number } };
    try {
      inflated = inflateRawSync(bytes.subarray(start), {
        info: true,
        maxOutputLength: limit,
      }) as unknown as typeof inflated;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'Z_BUF_ERROR') {
        // The member goes on past the bytes read: read more, unless there is no more.
        if (bytes.length >= Math.min(window, limit + 1024) && bytes.length <= limit) continue;
        return {
          problem:
            bytes.length > limit
              ? `a gzip member larger than ${limit / (1024 * 1024)} MiB`
              : 'a gzip member cut short (the archive is truncated)',
          end: undefined,
        };
      }
      if (code === 'ERR_BUFFER_TOO_LARGE')
        return { problem: `a record larger than ${limit / (1024 * 1024)} MiB`, end: undefined };
      return { problem: `a corrupt gzip member (${(error as Error).message})`, end: undefined };
    }
    const trailer = start + inflated.engine.bytesWritten;
    const end = at + trailer + 8;
    if (bytes.length < trailer + 8) return { problem: 'a gzip member cut short (the archive is truncated)', end };
    if (bytes.readUInt32LE(trailer) !== crc32(inflated.buffer) >>> 0)
      return { problem: 'a gzip member whose checksum does not match its content', end };
    return { bytes: inflated.buffer, end };
  }
}

/** The length of the gzip header at the start of `bytes` (RFC 1952), or `undefined` when it is cut short. */
function gzipHeaderLength(bytes: Buffer): number | undefined {
  const flags = bytes[3] ?? 0;
  let at = 10;
  if (flags & 0x04) {
    if (bytes.length < at + 2) return undefined;
    at += 2 + bytes.readUInt16LE(at);
  }
  for (const flag of [0x08, 0x10]) {
    if (flags & flag) {
      const nul = bytes.indexOf(0, at);
      if (nul === -1) return undefined;
      at = nul + 1;
    }
  }
  if (flags & 0x02) at += 2;
  return at <= bytes.length ? at : undefined;
}

/**
 * The records of uncompressed WARC bytes. `offsetOf` gives the offset a record at a place
 * is reported at (its own in a plain WARC; its gzip member's in a `.warc.gz`).
 */
async function* records(
  source: ByteSource,
  limit: number,
  offsetOf: (at: number) => number,
): AsyncGenerator<WarcEntry> {
  let at = 0;
  for (;;) {
    // A record skipped whole (too large) is read past without being held.
    if (!(await source.skipTo(at))) return;
    source.release(at);
    // Records are followed by CRLF CRLF; tolerate any run of line breaks between them.
    for (let byte = (await source.peek(at, 1))[0]; byte === 0x0d || byte === 0x0a; byte = (await source.peek(at, 1))[0])
      at++;
    if (await source.endsAt(at)) return;
    const record = await readRecord(source, at, limit);
    if ('problem' in record) {
      yield { problem: { offset: offsetOf(at), message: record.problem } };
      if (record.end !== undefined) at = record.end;
      else {
        const next = await source.find(RECORD_START, at + 1);
        if (next === -1) return;
        at = next + 1;
      }
      continue;
    }
    at = record.end;
    if (record.page) yield { page: { ...record.page, offset: offsetOf(record.start) } };
  }
}

type RecordRead =
  | { start: number; end: number; page: Omit<WarcPage, 'offset'> | undefined }
  | { problem: string; end: number | undefined };

/** One record at `at`: an HTML response becomes a page; any other record, nothing. */
async function readRecord(source: ByteSource, at: number, limit: number): Promise<RecordRead> {
  const start = await source.peek(at, WARC_LINE.length);
  if (!start.equals(WARC_LINE)) return { problem: 'not a WARC record (no `WARC/` version line)', end: undefined };
  const headBytes = await source.peek(at, MAX_HEAD_BYTES);
  const headEnd = headBytes.indexOf(HEAD_END);
  if (headEnd === -1)
    return {
      problem:
        headBytes.length < MAX_HEAD_BYTES
          ? 'a WARC header block cut short (the archive is truncated)'
          : 'a WARC header block longer than 64 KiB',
      end: undefined,
    };
  const headers = parseHeaders(headBytes.subarray(0, headEnd).toString('latin1').split('\r\n').slice(1));
  const lengthText = headers.get('content-length') ?? '';
  const length = /^\d{1,15}$/.test(lengthText.trim()) ? Number(lengthText) : Number.NaN;
  if (Number.isNaN(length)) return { problem: 'a WARC record without a valid Content-Length', end: undefined };
  const bodyStart = at + headEnd + HEAD_END.length;
  const end = bodyStart + length;
  const type = (headers.get('warc-type') ?? '').toLowerCase();
  const uri = headers.get('warc-target-uri') ?? '';
  const isHttp = /^application\/http\b/i.test(headers.get('content-type') ?? 'application/http');
  if (type !== 'response' || !isHttp) {
    // Not a page: step over its content without holding it.
    return (await source.skipTo(end)) ? { start: at, end, page: undefined } : truncated();
  }
  if (length > limit) return { problem: `a record larger than ${limit / (1024 * 1024)} MiB`, end };
  const content = await source.peek(bodyStart, length);
  if (content.length < length) return truncated();
  const http = readHttp(content, limit);
  if (http === undefined) return { start: at, end, page: undefined };
  if ('problem' in http) return { problem: `${http.problem} (${uri})`, end };
  return {
    start: at,
    end,
    page: { uri, date: headers.get('warc-date') ?? '', body: http.body, charset: http.charset },
  };
}

const truncated = (): RecordRead => ({ problem: 'a WARC record cut short (the archive is truncated)', end: undefined });

/** Header lines (`Name: value`, continuation lines joined) by lower-case name; the first of a name wins. */
function parseHeaders(lines: readonly string[]): Map<string, string> {
  const headers = new Map<string, string>();
  let last: string | undefined;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && last !== undefined) {
      headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(last)) headers.set(last, line.slice(colon + 1).trim());
  }
  return headers;
}

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

/** An HTTP response: its HTML body, `undefined` when it is not HTML, or why it cannot be read. */
function readHttp(
  message: Buffer,
  limit: number,
): { body: Uint8Array; charset: string | undefined } | { problem: string } | undefined {
  let headEnd = message.indexOf(HEAD_END);
  let separator = HEAD_END.length;
  if (headEnd === -1) {
    headEnd = message.indexOf('\n\n');
    separator = 2;
  }
  if (headEnd === -1 || headEnd > MAX_HEAD_BYTES) return { problem: 'an HTTP response whose head cannot be read' };
  const lines = message.subarray(0, headEnd).toString('latin1').split(/\r?\n/);
  if (!/^HTTP\/\d(\.\d)? \d{3}\b/.test(lines[0] ?? '')) return { problem: 'an HTTP response without a status line' };
  const headers = parseHeaders(lines.slice(1));
  const type = headers.get('content-type') ?? '';
  if (!HTML_TYPE.test(type)) return undefined;
  let body: Uint8Array = message.subarray(headEnd + separator);
  try {
    if (/\bchunked\b/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(Buffer.from(body));
    const encoding = (headers.get('content-encoding') ?? '').trim().toLowerCase();
    const options = { maxOutputLength: limit };
    if (encoding === 'gzip' || encoding === 'x-gzip') body = gunzipSync(body, options);
    else if (encoding === 'deflate') body = inflateSync(body, options);
    else if (encoding === 'br') body = brotliDecompressSync(body, options);
    else if (encoding !== '' && encoding !== 'identity')
      return { problem: `an HTTP response in an unknown Content-Encoding \`${encoding}\`` };
  } catch (error) {
    return { problem: `an HTTP body that cannot be decoded (${(error as Error).message})` };
  }
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(type)?.[1]?.toLowerCase();
  return { body, charset };
}

/** A body sent with `Transfer-Encoding: chunked`, joined. */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd === -1) throw new Error('a chunk size line is missing');
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isInteger(size) || size < 0) throw new Error('a chunk size is not a number');
    if (size === 0) return Buffer.concat(parts);
    const start = lineEnd + 2;
    if (start + size > body.length) throw new Error('a chunk is cut short');
    parts.push(body.subarray(start, start + size));
    at = start + size + 2;
  }
}
