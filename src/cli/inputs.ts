/**
 * The inputs of `check`: arguments (files, globs, `-`) expanded to a list, and read.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { decodeHtml, HtmlDecodeError } from '../html/charset.js';
import { UsageError } from './args.js';

/** How a document is read. */
export type InputFormat = 'markdown' | 'text' | 'html';

/** How an input is read: as one document, or as a web archive of pages (`warc`). */
export type InputKind = InputFormat | 'warc';

/** One input to check. */
export interface Input {
  /** The path as shown and reported: as given, or as the glob matched it; `-` for stdin. */
  readonly path: string;
  /** How to read it. */
  readonly format: InputKind;
}

/** The path stdin is reported under. */
export const STDIN_PATH = '-';

/**
 * How a file is read, by its extension: `.md`, `.markdown` and `.mdx` as Markdown,
 * `.html` and `.htm` as a web page, `.warc` and `.warc.gz` as a web archive, anything
 * else as plain text.
 *
 * @param path - The file's path.
 * @returns `markdown`, `html`, `warc` or `text`.
 * @example
 * ```ts
 * import { formatOf } from './inputs.js';
 * formatOf('ad.MD'); // 'markdown'
 * ```
 */
export function formatOf(path: string): InputKind {
  if (/\.(md|markdown|mdx)$/i.test(path)) return 'markdown';
  if (/\.warc(\.gz)?$/i.test(path)) return 'warc';
  return /\.html?$/i.test(path) ? 'html' : 'text';
}

/**
 * Characters without which no argument is a glob: tinyglobby's `isDynamicPattern` (through
 * picomatch's scanner) needs `*`, `?`, `[`, `{`, `(` or a leading `!`. An argument without
 * them is a path, and the glob matcher is not loaded at all (it is a third of the command's
 * start-up on one file).
 */
const GLOB_CHARACTERS = /[*?[\]{}()!+@]/;

/**
 * Whether an argument is a glob, as tinyglobby tells: loads it only when the argument
 * could be one.
 *
 * @param arg - A command-line argument.
 * @returns Whether to match it as a glob.
 * @example
 * ```ts
 * import { isGlob } from './inputs.js';
 * await isGlob('ads/*.md'); // true
 * await isGlob('ads/advert.md'); // false
 * ```
 */
export async function isGlob(arg: string): Promise<boolean> {
  return GLOB_CHARACTERS.test(arg) && (await import('tinyglobby')).isDynamicPattern(arg);
}

/**
 * Expands arguments to inputs: `-` is stdin, a glob is matched (files only, sorted,
 * `node_modules` skipped), anything else is a path taken as given. Duplicates are
 * dropped, first place kept.
 *
 * @param args - Paths, globs and `-`.
 * @param cwd - Where relative paths and globs start.
 * @param stdinName - A name whose extension sets how stdin is read (default Markdown).
 * @param stdinFormat - How stdin is read, whatever its name (`--input`).
 * @returns The inputs, in argument order.
 * @throws {@link UsageError} when a glob matches no file.
 * @example
 * ```ts
 * import { expandInputs } from './inputs.js';
 * await expandInputs(['docs/*.md', '-'], process.cwd());
 * ```
 */
export async function expandInputs(
  args: readonly string[],
  cwd: string,
  stdinName?: string,
  stdinFormat?: InputKind,
): Promise<Input[]> {
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
      add(STDIN_PATH, stdinFormat ?? (stdinName === undefined ? 'markdown' : formatOf(stdinName)));
    } else if (await isGlob(arg)) {
      const { glob } = await import('tinyglobby');
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

/** Input that is not text: a binary file, or bytes that are not UTF-8. */
export class NotTextError extends Error {
  /** @param message - Why the bytes are not text. */
  constructor(message: string) {
    super(message);
    this.name = 'NotTextError';
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes input bytes as UTF-8 text (a leading byte-order mark is dropped). A NUL
 * byte means a binary file (an executable, an image, an archive: text never has one),
 * and bytes that are not UTF-8 are not read as something else.
 *
 * @param input - The bytes, or text already decoded.
 * @returns The text.
 * @throws {@link NotTextError} when the input is binary or not UTF-8.
 * @example
 * ```ts
 * import { decodeText } from './inputs.js';
 * decodeText(new TextEncoder().encode('Mesoterapi')); // 'Mesoterapi'
 * ```
 */
export function decodeText(input: string | Uint8Array): string {
  const nul = typeof input === 'string' ? input.indexOf('\0') : input.indexOf(0);
  if (nul !== -1) throw new NotTextError(`a binary file, not text (a NUL byte at offset ${nul})`);
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = UTF8.decode(input);
    } catch {
      throw new NotTextError('not UTF-8 text; save it as UTF-8');
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

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
  if (error instanceof NotTextError || error instanceof HtmlDecodeError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' ? REASONS[code] : undefined;
  return reason ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Decodes an input's bytes: a web page by the character set it declares (`decodeHtml`),
 * anything else as UTF-8 ({@link decodeText}).
 *
 * @param input - The bytes, or text already decoded.
 * @param format - How the input is read.
 * @returns The text.
 * @throws {@link NotTextError} or `HtmlDecodeError` when the input is binary or not in its character set.
 * @example
 * ```ts
 * import { decodeInput } from './inputs.js';
 * decodeInput(Uint8Array.from([0x3c, 0x70, 0x3e, 0x48, 0x69]), 'html'); // '<p>Hi'
 * ```
 */
export function decodeInput(input: string | Uint8Array, format: InputFormat): string {
  return format === 'html' && typeof input !== 'string' ? decodeHtml(input) : decodeText(input);
}

/**
 * Reads a file as text, with {@link decodeInput}: UTF-8, or a web page's declared character set.
 *
 * @param path - The path.
 * @param cwd - Where a relative path starts.
 * @param format - How the file is read (default: plain text, read as UTF-8).
 * @returns The text.
 * @throws {@link NotTextError} when the file is binary or not UTF-8.
 * @example
 * ```ts
 * import { readInput } from './inputs.js';
 * await readInput('package.json', process.cwd());
 * ```
 */
export async function readInput(path: string, cwd: string, format: InputFormat = 'text'): Promise<string> {
  return decodeInput(await readFile(resolve(cwd, path)), format);
}
