/**
 * Timing helpers: warm up, repeat, take medians, interleave the two sides of a
 * ratio so that a noisy machine slows both alike.
 */
import { performance } from 'node:perf_hooks';

/** Keeps results alive, so the optimiser cannot drop the work that made them. */
export let sink: unknown;

/** Remembers a result in {@link sink}. */
export function keep(value: unknown): void {
  sink = value;
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Milliseconds one call of `run` takes. */
export function time(run: () => unknown): number {
  const start = performance.now();
  keep(run());
  return performance.now() - start;
}

/** Two sides of a ratio, measured interleaved: medians in milliseconds and their ratio. */
export interface Ratio {
  /** Median time of the measured side (the numerator). */
  readonly measured: number;
  /** Median time of the baseline (the denominator). */
  readonly baseline: number;
  /** `measured / baseline`. */
  readonly ratio: number;
}

/**
 * Times `measured` and `baseline` alternately (`warmup` untimed rounds first, then
 * `repetitions` timed rounds, the order flipping each round) and divides the medians.
 */
export function ratio(measured: () => unknown, baseline: () => unknown, repetitions: number, warmup = 1): Ratio {
  for (let i = 0; i < warmup; i++) {
    keep(baseline());
    keep(measured());
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    if (i % 2 === 0) {
      b.push(time(baseline));
      a.push(time(measured));
    } else {
      a.push(time(measured));
      b.push(time(baseline));
    }
  }
  const measuredMs = median(a);
  const baselineMs = median(b);
  return { measured: measuredMs, baseline: baselineMs, ratio: measuredMs / baselineMs };
}

/**
 * Nanoseconds per call of a cheap operation: `run(i)` called `iterations` times in a
 * loop, the loop timed `repetitions` times, the median taken.
 */
export function perCall(run: (i: number) => unknown, iterations: number, repetitions = 7): number {
  const times: number[] = [];
  for (let r = 0; r < repetitions + 1; r++) {
    let acc: unknown;
    const start = performance.now();
    for (let i = 0; i < iterations; i++) acc = run(i) ?? acc;
    const elapsed = performance.now() - start;
    keep(acc);
    if (r > 0) times.push(elapsed);
  }
  return (median(times) * 1e6) / iterations;
}

/**
 * {@link perCall} for two operations, alternating their timed loops; the medians
 * of nanoseconds per call and their ratio.
 */
export function ratioPerCall(
  measured: (i: number) => unknown,
  baseline: (i: number) => unknown,
  iterations: number,
  repetitions = 9,
): Ratio {
  perCall(measured, iterations, 1);
  perCall(baseline, iterations, 1);
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    a.push(perCall(measured, iterations, 1));
    b.push(perCall(baseline, iterations, 1));
  }
  const measuredNs = median(a);
  const baselineNs = median(b);
  return { measured: measuredNs, baseline: baselineNs, ratio: measuredNs / baselineNs };
}
