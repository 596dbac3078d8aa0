/**
 * Regular expressions with Unicode property escapes (`\p{L}` and kin), made on first use.
 *
 * V8 builds the code points of each `\p{…}` from ICU's tables every time it parses a
 * pattern: once to check a literal's syntax when it compiles the function that holds it
 * (and once more if that function was only pre-parsed before), and again when the
 * expression is made. For the engine's thirty-odd such patterns that was about a tenth of
 * the instructions a cold process spent before its first fact-check, though a first check
 * runs only a few of them (issue 17). A pattern written as a string is not parsed until it
 * is made, and one made on first use is not made at all by a process that never needs it.
 *
 * @module
 * @internal
 */

/**
 * A regular expression made from `source` and `flags` on the first call, the same object
 * on every later call (one per call site, as a module-level literal was).
 *
 * @param source - The pattern, as `String.raw` spells it (`String.raw\`^\p{L}+$\``).
 * @param flags - Its flags.
 * @returns A function returning the expression.
 * @internal
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}
