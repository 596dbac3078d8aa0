/**
 * The documents `check` checks, read only when the check is ready for them: a file is read
 * when the pool has room for it, a web archive's next page is decoded from its stream
 * then, so memory holds the documents in flight, not the corpus or the archive.
 *
 * Before anything is written, every input is looked at once ({@link preflight}): each file
 * is read and decoded (and let go), so a missing, binary or non-UTF-8 file still stops the
 * run with nothing on stdout, as the command's contract says; an archive is opened. Files
 * are therefore read twice, the second time from the operating system's cache.
 *
 * @module
 */
import { createReadStream, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CommandIO } from './io.js';
import { decodeInput, readError, STDIN_PATH, type Input, type InputFormat } from './inputs.js';

/** How stdin is named in messages when no `--stdin-filename` is given. */
export const STDIN_NAME = '<stdin>';

/** Where a document comes from: an input, or a page of a web archive input. */
export interface DocumentSource {
  /** The input. */
  readonly input: Input;
  /** A page of an archive: its address, date and record offset. */
  readonly page?: { readonly url: string; readonly date: string; readonly offset: number };
}

/** A document read, ready to check. */
export interface SourceDocument {
  /** Where it comes from. */
  readonly source: DocumentSource;
  /** Its text. */
  readonly text: string;
  /** How to read it. */
  readonly format: InputFormat;
}

/** What the inputs hold once looked at: stdin's text (it cannot be read twice), when it is a document. */
export interface Preflight {
  /** Stdin's text, when `-` is an input read as one document. */
  readonly stdin: string | undefined;
}

/** Reports what happens while documents are read. */
export interface SourceEvents {
  /** A record of an archive that cannot be read, by its offset. */
  readonly skipped: (shown: string, offset: number, message: string) => void;
  /** An input that could be read before but not now (changed or removed meanwhile), or an archive that breaks off. */
  readonly unreadable: (shown: string, reason: string) => void;
}

/**
 * The name an input is shown under in messages.
 *
 * @param input - The input.
 * @param stdinFilename - `--stdin-filename`, if given.
 * @returns Its path, or stdin's name.
 * @example
 * ```ts
 * import { shownName } from './check-sources.js';
 * shownName({ path: '-', format: 'markdown' }, undefined); // '<stdin>'
 * ```
 */
export function shownName(input: Input, stdinFilename: string | undefined): string {
  return input.path === STDIN_PATH ? (stdinFilename ?? STDIN_NAME) : input.path;
}

/**
 * A file's text: read at once, not through the promise API, whose open, stat, read and close
 * each go through the thread pool — on many small files, more of the main thread's time than
 * the reading, while worker threads wait for their next page.
 */
function readText(path: string, cwd: string, format: InputFormat): string {
  return decodeInput(readFileSync(resolve(cwd, path)), format);
}

/** Opens an archive and lets it go: fails as reading it would (missing, a directory, permission denied). */
async function openable(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    if ((await handle.stat()).isDirectory()) throw Object.assign(new Error('a directory'), { code: 'EISDIR' });
  } finally {
    await handle.close();
  }
}

/**
 * Looks at every input once before anything is checked: reads and decodes each file (and
 * lets its text go), opens each archive, reads stdin whole unless it is an archive. Each
 * input that cannot be read is named on stderr; an empty one gets a warning.
 *
 * @param inputs - The inputs, in order.
 * @param cwd - Where relative paths start.
 * @param io - stderr, and stdin.
 * @param stdinFilename - `--stdin-filename`, if given.
 * @returns Stdin's text, or `undefined` when some input cannot be read.
 * @example
 * ```ts
 * import { preflight } from './check-sources.js';
 * await preflight([{ path: 'package.json', format: 'text' }], process.cwd(), { out: console.log, err: console.error }, undefined);
 * ```
 */
export async function preflight(
  inputs: readonly Input[],
  cwd: string,
  io: CommandIO,
  stdinFilename: string | undefined,
): Promise<Preflight | undefined> {
  let failed = false;
  let stdin: string | undefined;
  for (const input of inputs) {
    const shown = shownName(input, stdinFilename);
    try {
      if (input.format === 'warc') {
        if (input.path !== STDIN_PATH) await openable(resolve(cwd, input.path));
        continue;
      }
      const text =
        input.path === STDIN_PATH
          ? decodeInput(io.readStdin ? await io.readStdin() : '', input.format)
          : readText(input.path, cwd, input.format);
      if (input.path === STDIN_PATH) stdin = text;
      if (text.trim() === '') io.err(`meso-evidence check: warning: ${shown} is empty`);
    } catch (error) {
      io.err(`meso-evidence check: cannot read ${shown}: ${readError(error)}`);
      failed = true;
    }
  }
  return failed ? undefined : { stdin };
}

async function* oneChunk(io: CommandIO): AsyncGenerator<Uint8Array | string> {
  if (io.readStdin) yield await io.readStdin();
}

/**
 * Stdin as a stream: the process's, or its whole input in one chunk.
 *
 * @param io - Where stdin comes from.
 * @returns The chunks.
 * @example
 * ```ts
 * import { stdinChunks } from './check-sources.js';
 * for await (const chunk of stdinChunks({ out: console.log, err: console.error, readStdin: async () => 'x' })) console.log(chunk);
 * ```
 */
export function stdinChunks(io: CommandIO): AsyncIterable<Uint8Array | string> {
  return io.stdinStream?.() ?? oneChunk(io);
}

/**
 * The documents of the inputs, in input order, each read when it is asked for: a file's
 * text, stdin's (from {@link preflight}), or an archive's pages one by one as its stream
 * is read. A record that cannot be read is reported and skipped.
 *
 * @param inputs - The inputs, after {@link preflight}.
 * @param ahead - What the preflight read.
 * @param cwd - Where relative paths start.
 * @param io - stdin.
 * @param stdinFilename - `--stdin-filename`, if given.
 * @param events - Where skipped records and inputs that became unreadable are reported.
 * @returns The documents.
 * @example
 * ```ts
 * import { readDocuments } from './check-sources.js';
 * const io = { out: console.log, err: console.error };
 * const events = { skipped: console.error, unreadable: console.error };
 * for await (const doc of readDocuments([{ path: 'README.md', format: 'markdown' }], { stdin: undefined }, process.cwd(), io, undefined, events))
 *   console.log(doc.text.length);
 * ```
 */
export async function* readDocuments(
  inputs: readonly Input[],
  ahead: Preflight,
  cwd: string,
  io: CommandIO,
  stdinFilename: string | undefined,
  events: SourceEvents,
): AsyncGenerator<SourceDocument> {
  for (const input of inputs) {
    const shown = shownName(input, stdinFilename);
    if (input.format === 'warc') {
      const stream = input.path === STDIN_PATH ? stdinChunks(io) : createReadStream(resolve(cwd, input.path));
      try {
        // Loaded for a WARC input only: it brings node:zlib, which a Markdown or HTML check does not need.
        const { warcDocuments } = await import('./warc-documents.js');
        for await (const item of warcDocuments(stream)) {
          if ('skipped' in item) events.skipped(shown, item.skipped.offset, item.skipped.message);
          else {
            const { url, date, offset, text } = item.document;
            yield { source: { input, page: { url, date, offset } }, text, format: 'html' };
          }
        }
      } catch (error) {
        events.unreadable(shown, readError(error));
      }
      continue;
    }
    if (input.path === STDIN_PATH) {
      yield { source: { input }, text: ahead.stdin ?? '', format: input.format };
      continue;
    }
    let text: string;
    try {
      text = readText(input.path, cwd, input.format);
    } catch (error) {
      events.unreadable(shown, readError(error));
      continue;
    }
    yield { source: { input }, text, format: input.format };
  }
}
