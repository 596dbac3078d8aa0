/**
 * `check --output FILE`: the results written to a file instead of stdout, line by line as
 * they come, in blocks, with a failed write (a full disk, a missing directory) reported
 * by name instead of thrown.
 *
 * @module
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';

/** How much text is gathered before it is written. */
const BLOCK = 64 * 1024;

/** A file being written. */
export interface FileOutput {
  /** Writes text and a line break; does nothing once a write has failed. */
  readonly line: (text: string) => void;
  /**
   * Writes what is left and closes the file.
   *
   * @returns Why writing failed, or `undefined`.
   */
  readonly close: () => string | undefined;
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such directory',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
};

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    (typeof code === 'string' ? REASONS[code] : undefined) ?? (error instanceof Error ? error.message : String(error))
  );
}

/**
 * Opens (creates or empties) a file for the output.
 *
 * @param path - The file, relative to `cwd`.
 * @param cwd - The directory `check` runs in.
 * @returns The output, or why the file cannot be opened.
 * @example
 * ```ts
 * import { tmpdir } from 'node:os';
 * import { openFileOutput } from './file-output.js';
 * const output = openFileOutput('meso-evidence-example.txt', tmpdir());
 * if ('line' in output) { output.line('1 file, no claims'); output.close(); } // undefined: written
 * openFileOutput('no/such/dir/x.html', tmpdir()); // { error: 'no such directory' }
 * ```
 */
export function openFileOutput(path: string, cwd: string): FileOutput | { readonly error: string } {
  let fd: number;
  try {
    fd = openSync(resolve(cwd, path), 'w');
  } catch (error) {
    return { error: reason(error) };
  }
  let pending: string[] = [];
  let size = 0;
  let failure: string | undefined;
  const flush = (): void => {
    if (failure !== undefined || pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    try {
      const bytes = Buffer.from(text);
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    } catch (error) {
      failure = reason(error);
    }
  };
  return {
    line: (text) => {
      if (failure !== undefined) return;
      pending.push(text, '\n');
      size += text.length + 1;
      if (size >= BLOCK) flush();
    },
    close: () => {
      flush();
      try {
        closeSync(fd);
      } catch (error) {
        failure ??= reason(error);
      }
      return failure;
    },
  };
}
