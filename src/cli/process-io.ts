/**
 * The process's standard streams, made safe for a command-line tool: standard input read
 * with a size cap, and output that survives a reader that goes away (`| head -1`, EPIPE)
 * and reports a failed write (`> /dev/full`, ENOSPC) instead of crashing with exit 1,
 * which the CLI reserves for findings.
 *
 * @module
 */

/** The most standard input `check` reads: 64 MiB. */
export const MAX_STDIN_BYTES = 64 * 1024 * 1024;

/** Standard input was larger than {@link MAX_STDIN_BYTES}. */
export class InputTooLargeError extends Error {
  /**
   * @param limit - The cap in bytes.
   */
  constructor(readonly limit: number) {
    super(`it is larger than ${Math.round(limit / (1024 * 1024))} MiB, the most the command reads`);
    this.name = 'InputTooLargeError';
  }
}

/**
 * Reads a stream to its end, refusing more than `limit` bytes: an endless producer
 * (`yes | meso-evidence check -`) ends in an {@link InputTooLargeError}, not in V8's
 * "Invalid string length".
 *
 * @param stream - The stream (standard input).
 * @param limit - The most bytes to read.
 * @returns The bytes read.
 * @throws {@link InputTooLargeError} past the limit.
 * @example
 * ```ts
 * import { readCapped, MAX_STDIN_BYTES } from './process-io.js';
 * const bytes = await readCapped(process.stdin, MAX_STDIN_BYTES);
 * ```
 */
export async function readCapped(stream: AsyncIterable<Uint8Array | string>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    total += bytes.length;
    if (total > limit) throw new InputTooLargeError(limit);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

/** A writable stream as far as {@link guardOutput} needs it. */
export interface OutputStream {
  /** Node's `write`. */
  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): boolean;
  /** Node's `on('error')`. */
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** Output that a closed reader or a failed write cannot crash. */
export interface GuardedOutput {
  /** Writes one line (a newline is added); does nothing once the reader has gone or a write failed. */
  readonly line: (text: string) => void;
  /**
   * Waits until everything written has been handed to the system.
   *
   * @returns Why writing failed (for example "no space left on device"), or `undefined`
   * when it did not — a reader that went away (EPIPE) is a normal end, not a failure.
   */
  readonly finish: () => Promise<string | undefined>;
}

const WRITE_REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EBADF: 'the output is closed',
  EACCES: 'permission denied',
};

/**
 * Guards a process stream: EPIPE ends the output quietly, any other write error is kept
 * and reported by `finish`.
 *
 * @param stream - `process.stdout` or `process.stderr`.
 * @returns The guarded output.
 * @example
 * ```ts
 * import { guardOutput } from './process-io.js';
 * const out = guardOutput(process.stderr);
 * out.line('checking…');
 * const failure = await out.finish(); // undefined, or why the write failed
 * ```
 */
export function guardOutput(stream: OutputStream): GuardedOutput {
  return guardStream(stream).output;
}

/** Why a write failed, in words; `undefined` for an error that is no failure. */
function writeFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    (typeof code === 'string' ? WRITE_REASONS[code] : undefined) ??
    (error instanceof Error ? error.message : String(error))
  );
}

/** {@link guardOutput}, with a writer of raw bytes beside it (what {@link descriptorOutput} falls back to). */
function guardStream(stream: OutputStream): { output: GuardedOutput; write: (chunk: string | Uint8Array) => void } {
  let ended = false;
  let failure: string | undefined;
  const fail = (error: unknown): void => {
    const code = (error as { code?: unknown } | null)?.code;
    // A write queued behind the failed one reports only that the stream is gone.
    if (code === 'ERR_STREAM_DESTROYED') return;
    if (code === 'EPIPE') ended = true;
    else failure ??= writeFailure(error);
  };
  stream.on('error', fail);
  const write = (chunk: string | Uint8Array): void => {
    if (ended || failure !== undefined) return;
    try {
      stream.write(chunk);
    } catch (error) {
      fail(error);
    }
  };
  const output: GuardedOutput = {
    line: (text) => {
      write(`${text}\n`);
    },
    finish: () =>
      new Promise((done) => {
        if (ended || failure !== undefined) {
          done(failure);
          return;
        }
        try {
          stream.write('', (error) => {
            if (error) fail(error);
            done(failure);
          });
        } catch (error) {
          fail(error);
          done(failure);
        }
      }),
  };
  return { output, write };
}

/** Writes bytes to a file descriptor, as Node's `fs.writeSync`: how many were written. */
export type WriteSync = (fd: number, bytes: Uint8Array) => number;

/**
 * {@link guardOutput} for a standard stream given by its file descriptor, written with
 * `fs.writeSync` instead of through `process.stdout` or `process.stderr`: the first read
 * of either makes Node build a stream (a `SyncWriteStream`, a `tty.WriteStream` or a pipe's
 * socket), which loads Node's whole stream implementation, some twenty internal modules
 * and about 15 M instructions, in every `check` (issue 17). The same guarantees: a reader
 * that goes away (EPIPE) ends the output quietly, any other failure is kept and reported
 * by `finish`. A descriptor that would block (EAGAIN: one left non-blocking by another
 * process) hands the rest, from the first byte not written, to the stream `fallback` gives.
 *
 * @param fd - 1 for standard output, 2 for standard error: no other (the CLI writes no file but `--output`'s).
 * @param write - Node's `fs.writeSync`.
 * @param fallback - The stream of the same descriptor (`() => process.stdout`), made only if needed.
 * @returns The guarded output.
 * @example
 * ```ts
 * import { writeSync } from 'node:fs';
 * import { descriptorOutput } from './process-io.js';
 * const err = descriptorOutput(2, writeSync, () => process.stderr);
 * err.line('checking…');
 * const failure = await err.finish(); // undefined, or why the write failed
 * ```
 */
export function descriptorOutput(fd: 1 | 2, write: WriteSync, fallback: () => OutputStream): GuardedOutput {
  let ended = false;
  let failure: string | undefined;
  let stream: ReturnType<typeof guardStream> | undefined;
  return {
    line: (text) => {
      if (stream) {
        stream.output.line(text);
        return;
      }
      if (ended || failure !== undefined) return;
      const bytes = Buffer.from(`${text}\n`);
      let written = 0;
      try {
        while (written < bytes.length) written += write(fd, written === 0 ? bytes : bytes.subarray(written));
      } catch (error) {
        const code = (error as { code?: unknown } | null)?.code;
        if (code === 'EAGAIN') {
          stream = guardStream(fallback());
          stream.write(bytes.subarray(written));
        } else if (code === 'EPIPE') ended = true;
        else failure = writeFailure(error);
      }
    },
    finish: () => (stream ? stream.output.finish() : Promise.resolve(failure)),
  };
}

// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides and
// isolates that can make a terminal show text other than what is there.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes a line safe to print on a terminal: control characters (an ANSI escape in a file
 * name or a YAML key) are shown as `\u001b`-style escapes instead of being obeyed. Tabs
 * and line breaks stay. The escapes are also valid inside JSON strings, so JSON output
 * stays JSON.
 *
 * @param line - What a command prints.
 * @returns The line with control characters escaped.
 * @example
 * ```ts
 * import { escapeTerminalControls } from './process-io.js';
 * escapeTerminalControls('data/\u001b[31mred.yaml'); // 'data/\\u001b[31mred.yaml'
 * ```
 */
export function escapeTerminalControls(line: string): string {
  return line.replace(TERMINAL_CONTROLS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
