/**
 * Built JavaScript made ASCII-only, for a cheaper cold start (issue 17).
 *
 * esbuild escapes what is not ASCII in strings (its default `charset`), but leaves it in
 * regular expression literals and comments: the engine's chunk kept two dozen such
 * characters (`“`, `…`, `•`), so Node decoded all 300 KB of it into a two-byte string and V8
 * scanned that, a file's whole load paying for a few quotation marks in regular expressions.
 *
 * @module
 */

/**
 * The same program with every character outside ASCII written as a `\uXXXX` escape (each
 * UTF-16 unit of one above U+FFFF, as a pair). The escape means the same character in a
 * string, template, regular expression (with or without the `u` flag), identifier or
 * comment. A character already escaped by a backslash (`\•`, an identity escape) loses that
 * backslash, so it does not become an escaped backslash followed by `u2022`.
 *
 * @param code - JavaScript source.
 * @returns The source in ASCII.
 * @example
 * ```ts
 * asciiSource('const quote = /[“”]/;'); // 'const quote = /[\\u201c\\u201d]/;'
 * ```
 */
export function asciiSource(code: string): string {
  return code.replace(/(\\*)([^\0-\x7f])/g, (_match, slashes: string, char: string) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
