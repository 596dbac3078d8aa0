/**
 * The Markdown fuzzer's measurement: for each shape of the grammar, the time a
 * fact-check takes at a size and at `factor` times that size. Ratios, not absolute
 * times (machines are noisy): each time is CPU time, the median of interleaved repeats, and a
 * time under a floor counts as the floor, so a shape too quick to time does not read as
 * a large ratio.
 */
import { factCheck } from '../../src/factcheck/fact-check.js';
import { randomUnit, repeatTo, SHAPES } from './markdown-grammar.js';

/** One shape's measurement. */
export interface Scaling {
  readonly shape: string;
  /** Median time at the small size, in ms. */
  readonly small: number;
  /** Median time at `factor` times the size, in ms. */
  readonly large: number;
  /** `large / small`, each at least the floor. */
  readonly ratio: number;
}

/**
 * The time budget for `factor` times the input: twice linear. A shape whose cost grows
 * with n log n stays well inside it; one that grows with n^1.5 or n² does not (at a
 * factor of 16: 64× and 256× against a budget of 32×).
 */
export const budget = (factor: number): number => 2 * factor;

/** The shapes to fuzz: every named shape and `randomUnits` random units from `seed`. */
export function shapes(randomUnits: number, seed: number): [string, (rng: () => number) => string][] {
  const random = Array.from({ length: randomUnits }, (_, index) => {
    const unitSeed = seed + index;
    return [`random unit (seed ${unitSeed})`, () => randomUnit(unitSeed)] as [string, () => string];
  });
  return [...Object.entries(SHAPES), ...random];
}

/**
 * The CPU time (user and system, in ms) a fact-check of `doc` takes: unlike the time on
 * the wall clock, it does not count the time other processes on a shared machine hold
 * the cores.
 */
function time(doc: string): number {
  const start = process.cpuUsage();
  factCheck(doc);
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1_000;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/**
 * Measures one shape at `size` and `factor × size`: each time is the median of
 * `repeats` interleaved runs, and a time under `floor` ms counts as `floor`. The runs come
 * after a warm-up of three runs at `size` and one at `factor × size`: the optimising
 * compiler needs a few runs of a code path before the times settle (one warm-up run left
 * the first 1 KB times of some shapes, in a fresh process, at twice their settled value).
 */
export function measure(
  shape: string,
  unit: (rng: () => number) => string,
  size: number,
  { factor = 4, repeats = 3, floor = 5 }: { factor?: number; repeats?: number; floor?: number } = {},
): Scaling {
  const small = repeatTo(unit, size);
  const large = repeatTo(unit, factor * size);
  for (let run = 0; run < 3; run++) time(small);
  time(large);
  const smalls: number[] = [];
  const larges: number[] = [];
  for (let index = 0; index < repeats; index++) {
    smalls.push(time(small));
    larges.push(time(large));
  }
  const [s, l] = [median(smalls), median(larges)];
  return { shape, small: s, large: l, ratio: Math.max(l, floor) / Math.max(s, floor) };
}
