/**
 * Splits an article into runs of text for highlighting: each run is covered by the
 * same set of findings. Findings may share a span (one sentence, two claims) or
 * overlap; every character lands in exactly one run. Pure: no DOM.
 */

/** The verdicts, worst first: a run covered by several findings shows the worst. */
export const SEVERITY = ['contradicted', 'overstated', 'unverifiable', 'supported'] as const;

/** A verdict. */
export type PlaygroundVerdict = (typeof SEVERITY)[number];

/** A stretch of the input and the findings that cover it (indexes into the list given). */
export interface Run {
  readonly start: number;
  readonly end: number;
  readonly findings: readonly number[];
}

/** Cuts `[0, length)` at every finding's start and end; joins neighbours with the same cover. */
export function runs(length: number, spans: readonly { readonly start: number; readonly end: number }[]): Run[] {
  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(length, s.start)));
    cuts.add(Math.max(0, Math.min(length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (start === undefined || end === undefined) break;
    const findings = spans.flatMap((s, index) => (s.start <= start && s.end >= end ? [index] : []));
    const last = out.at(-1);
    if (last?.findings.join() === findings.join()) out[out.length - 1] = { ...last, end };
    else out.push({ start, end, findings });
  }
  return out;
}

/** The worst of some verdicts. */
export function worst(verdicts: readonly PlaygroundVerdict[]): PlaygroundVerdict {
  return SEVERITY.find((v) => verdicts.includes(v)) ?? 'unverifiable';
}
