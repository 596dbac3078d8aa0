/**
 * The inputs of `check`: arguments (files, globs, `-`) expanded to a list, and read.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './args.js';

/** One input to check. */
export interface Input {
  /** The path as shown and reported: as given, or as the glob matched it; `-` for stdin. */
  readonly path: string;
  /** How to read it. */
  readonly format: 'markdown' | 'text';
}

/** The path stdin is reported under. */
export const STDIN_PATH = '-';

/**
 * How a file is read, by its extension: `.md`, `.markdown` and `.mdx` as Markdown,
 * anything else as plain text.
 *
 * @param path - The file's path.
 * @returns `markdown` or `text`.
 * @example
 * ```ts
 * import { formatOf } from './inputs.js';
 * formatOf('ad.MD'); // 'markdown'
 * ```
 */
export function formatOf(path: string): 'markdown' | 'text' {
  return /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : 'text';
}

/**
 * Expands arguments to inputs: `-` is stdin, a glob is matched (files only, sorted,
 * `node_modules` skipped), anything else is a path taken as given. Duplicates are
 * dropped, first place kept.
 *
 * @param args - Paths, globs and `-`.
 * @param cwd - Where relative paths and globs start.
 * @param stdinName - A name whose extension sets how stdin is read (default Markdown).
 * @returns The inputs, in argument order.
 * @throws {@link UsageError} when a glob matches no file.
 * @example
 * ```ts
 * import { expandInputs } from './inputs.js';
 * await expandInputs(['docs/*.md', '-'], process.cwd());
 * ```
 */
export async function expandInputs(args: readonly string[], cwd: string, stdinName?: string): Promise<Input[]> {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const add = (path: string, format: Input['format']): void => {
    const key = path === STDIN_PATH ? path : resolve(cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ path, format });
  };
  for (const arg of args) {
    if (arg === STDIN_PATH) {
      add(STDIN_PATH, stdinName === undefined ? 'markdown' : formatOf(stdinName));
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, {
        cwd,
        onlyFiles: true,
        absolute: isAbsolute(arg),
        ignore: ['**/node_modules/**'],
        expandDirectories: false,
        // A link to / or a link loop must not walk the file system or check a file twice.
        followSymbolicLinks: false,
      });
      if (matches.length === 0) throw new UsageError(`no files match \`${arg}\``);
      for (const match of matches.sort()) add(match, formatOf(match));
    } else {
      add(arg, formatOf(arg));
    }
  }
  return inputs;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

/**
 * Why a file could not be read, in words.
 *
 * @param error - The error `readFile` threw.
 * @returns A short reason.
 * @example
 * ```ts
 * import { readError } from './inputs.js';
 * readError(Object.assign(new Error('x'), { code: 'ENOENT' })); // 'no such file'
 * ```
 */
export function readError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' ? REASONS[code] : undefined;
  return reason ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Reads a file as UTF-8 (a leading byte-order mark is dropped).
 *
 * @param path - The path.
 * @param cwd - Where a relative path starts.
 * @returns The text.
 * @example
 * ```ts
 * import { readInput } from './inputs.js';
 * await readInput('package.json', process.cwd());
 * ```
 */
export async function readInput(path: string, cwd: string): Promise<string> {
  const text = await readFile(resolve(cwd, path), 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
