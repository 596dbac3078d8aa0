/**
 * JSON-LD as text that is safe to inline in an HTML `<script type="application/ld+json">`.
 *
 * @module
 */

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

function escapeForScript(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Serialises JSON-LD (for example the result of `toClaimReview`) so the text can stand
 * inside `<script type="application/ld+json">` as it is: `<`, `>` and `&` (and the line
 * separators U+2028/U+2029) are written as `\u003c`-style escapes, which every JSON
 * parser reads back to the same characters, so a quoted `</script>` cannot end the
 * script element.
 *
 * @param value - The JSON-LD value.
 * @param space - Indentation, as for `JSON.stringify`.
 * @returns The JSON text.
 * @example
 * ```ts
 * import { stringifyJsonLd } from 'meso-evidence/export';
 * stringifyJsonLd({ claimReviewed: '</script><b>' }); // '{"claimReviewed":"\\u003c/script\\u003e\\u003cb\\u003e"}'
 * ```
 */
export function stringifyJsonLd(value: unknown, space?: number): string {
  return (
    (JSON.stringify(value, null, space) as string | undefined)?.replace(UNSAFE_IN_SCRIPT, escapeForScript) ?? 'null'
  );
}
