/**
 * A grammar of Markdown block structures for the fuzzer: each shape is a small unit —
 * headings, setext headings, lists flat and nested, quotations, fences, HTML, tables,
 * link reference definitions, emphasis, entity and escape runs — which is repeated to
 * any size. Repeating one unit is what exposes a parser whose cost grows faster than
 * the input; the random shapes compose units from the grammar with a seeded generator,
 * so a failure names a seed that reproduces it.
 */

/** A seeded generator (mulberry32), so every shape can be reproduced from its seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const words = ['mesotherapy', 'melts', 'fat', 'a', 'b', 'x', 'cellulite', 'FDA-approved', 'is', 'not'];
const word = (rng: Rng): string => pick(rng, words);
const inline = (rng: Rng): string => Array.from({ length: 1 + Math.floor(rng() * 4) }, () => word(rng)).join(' ');

/** The block productions: each gives one block (one or more lines, ending in a newline). */
const productions: Record<string, (rng: Rng) => string> = {
  atx: (rng) => `${'#'.repeat(1 + Math.floor(rng() * 6))} ${inline(rng)}\n`,
  setext: (rng) => `${inline(rng)}\n${pick(rng, ['=', '-', '==='])}\n`,
  paragraph: (rng) => `${inline(rng)}\n`,
  bullet: (rng) => `${pick(rng, ['-', '*', '+'])} ${inline(rng)}\n`,
  ordered: (rng) => `${1 + Math.floor(rng() * 9)}${pick(rng, ['.', ')'])} ${inline(rng)}\n`,
  nested: (rng) => `${'  '.repeat(1 + Math.floor(rng() * 3))}- ${inline(rng)}\n`,
  quote: (rng) => `${'>'.repeat(1 + Math.floor(rng() * 3))} ${inline(rng)}\n`,
  fence: (rng) => `${pick(rng, ['```', '~~~', '````'])}\n`,
  indented: (rng) => `    ${inline(rng)}\n`,
  html: (rng) => `${pick(rng, ['<div>', '<!--', '-->', '<pre>', '</pre>', '<script>', '<?', '<![CDATA['])}\n`,
  table: (rng) => `| ${inline(rng)} | ${inline(rng)} |\n${pick(rng, ['|---|---|', '| - | - |'])}\n`,
  definition: (rng) => `[${word(rng)}]: /${word(rng)} "${word(rng)}"\n`,
  emphasis: (rng) => `${pick(rng, ['*', '_', '**', '***'])}${word(rng)} `,
  entities: (rng) => pick(rng, ['&amp;', '&', '&#x41;', '&#', '&nbsp']),
  escapes: (rng) => pick(rng, ['\\', '\\*', '\\\\']),
  backticks: (rng) => pick(rng, ['`', '``', '`x`']),
  angle: (rng) => pick(rng, ['<', '<a', '<a href="x">', '</a>']),
  tildes: () => '~',
  brackets: (rng) => pick(rng, ['[', ']', '![', '](']),
  blank: () => '\n',
  thematic: (rng) => `${pick(rng, ['***', '___', '---', '* * *'])}\n`,
};

/** The named shapes: the units issue 16 found quadratic, and one per production. */
export const SHAPES: Record<string, (rng: Rng) => string> = {
  'setext headings': () => 'a\n=\n',
  'flat list': () => '1. a\n',
  'bullet list': () => '- a\n',
  'nested list': () => '- a\n  - b\n',
  backslashes: () => '\\',
  fences: () => '```\n',
  tildes: () => '~',
  'tilde fences': () => '~~~\n',
  'angle brackets': () => '<',
  ampersands: () => '&',
  backticks: () => '`',
  'short quotes': () => '> x\n',
  asterisks: () => '*',
  'html comments': () => '<!--\n\nMesotherapy melts fat.\n\n',
  'table rows': () => '| a | b |\n|---|---|\n',
  'link definitions': () => '[a]: /b\n',
  'unclosed links': () => '[a](',
  'atx headings': () => '# a\n',
  'setext after list': () => '- a\n---\n',
  paragraphs: (rng) => `${inline(rng)} ${inline(rng)}.\n\n`,
  ...Object.fromEntries(Object.entries(productions).map(([name, make]) => [`production ${name}`, make])),
};

/** A random unit: one to six productions, some inside a container prefix. */
export function randomUnit(seed: number): string {
  const rng = random(seed);
  const names = Object.keys(productions);
  let unit = '';
  const count = 1 + Math.floor(rng() * 6);
  for (let index = 0; index < count; index++) {
    const block = (productions[pick(rng, names)] as (r: Rng) => string)(rng);
    const prefix = rng() < 0.3 ? pick(rng, ['> ', '- ', '  ', '1. ', '> - ']) : '';
    unit += prefix + block;
  }
  return unit;
}

/** A document of about `size` UTF-16 units: the unit repeated (a fresh draw each time for random units). */
export function repeatTo(unit: (rng: Rng) => string, size: number, seed = 1): string {
  const rng = random(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const part = unit(rng);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, size);
}
