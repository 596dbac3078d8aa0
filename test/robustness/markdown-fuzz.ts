/**
 * The Markdown fuzzer's measurement: for each shape of the grammar, the time a
 * fact-check takes at a size and at four times that size. Ratios, not absolute times
 * (machines are noisy): each time is the minimum of interleaved repeats.
 */
import { factCheck } from '../../src/factcheck/fact-check.js';
import { randomUnit, repeatTo, SHAPES } from './markdown-grammar.js';

/** One shape's measurement. */
export interface Scaling {
  readonly shape: string;
  readonly small: number;
  readonly large: number;
  readonly ratio: number;
}

/** The shapes to fuzz: every named shape and `randomUnits` random units from `seed`. */
export function shapes(randomUnits: number, seed: number): [string, (rng: () => number) => string][] {
  const random = Array.from({ length: randomUnits }, (_, index) => {
    const unitSeed = seed + index;
    return [`random unit (seed ${unitSeed})`, () => randomUnit(unitSeed)] as [string, () => string];
  });
  return [...Object.entries(SHAPES), ...random];
}

function time(doc: string): number {
  const start = performance.now();
  factCheck(doc);
  return performance.now() - start;
}

/** Measures one shape at `size` and `4 × size`; times are the minimum of `repeats` interleaved runs. */
export function measure(shape: string, unit: (rng: () => number) => string, size: number, repeats: number): Scaling {
  const small = repeatTo(unit, size);
  const large = repeatTo(unit, 4 * size);
  time(small);
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let index = 0; index < repeats; index++) {
    bestSmall = Math.min(bestSmall, time(small));
    bestLarge = Math.min(bestLarge, time(large));
  }
  // A floor of 5 ms keeps a run too quick to time on a noisy machine from reading as a large ratio.
  return { shape, small: bestSmall, large: bestLarge, ratio: Math.max(bestLarge, 5) / Math.max(bestSmall, 5) };
}
