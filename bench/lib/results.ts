/**
 * Bench results as data: `npm run bench` writes each figure it measured into
 * bench/results.json (keeping the figures it did not run), and `npm run docs:generate`
 * writes the figures table of docs/performance.md from that file, so every bench figure
 * in the docs comes from a run.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One measured figure. */
export interface Figure {
  /** The figure's id, as in docs/performance.md: `1a`, `2b`… */
  readonly id: string;
  /** What was measured, in Markdown. */
  readonly label: string;
  /** The measured value: a ratio, or the unit's amount. */
  readonly value: number;
  /** The value's unit when it is not a ratio (`MiB`, `ms per record`). */
  readonly unit?: string;
  /** The budget the value must not exceed, if any. */
  readonly budget?: number;
  /** The raw measurements behind the value. */
  readonly detail: string;
  /** The run: date, Node version, cores and load average when the figure was measured. */
  readonly run: string;
}

/** The file the bench writes and the docs are generated from. */
export const RESULTS_FILE = 'bench/results.json';

/** The recorded figures, in id order. */
export function readResults(root: string): Figure[] {
  const path = join(root, RESULTS_FILE);
  if (!existsSync(path)) return [];
  return (JSON.parse(readFileSync(path, 'utf8')) as { figures: Figure[] }).figures;
}

/** Replaces the recorded figures with the same ids by `fresh`, keeping the others, sorted by id. */
export function writeResults(root: string, fresh: readonly Figure[]): void {
  const ids = new Set(fresh.map((f) => f.id));
  const figures = [...readResults(root).filter((f) => !ids.has(f.id)), ...fresh].sort((a, b) =>
    a.id.localeCompare(b.id, 'en', { numeric: true }),
  );
  writeFileSync(join(root, RESULTS_FILE), `${JSON.stringify({ figures }, null, 2)}\n`);
}

/** The figures as a Markdown table (Prettier aligns it). */
export function resultsTable(figures: readonly Figure[]): string {
  const value = (f: Figure): string =>
    f.unit === undefined ? f.value.toFixed(2) : `${f.value.toFixed(f.value < 10 ? 2 : 0)} ${f.unit}`;
  const verdict = (f: Figure): string => (f.budget === undefined ? '' : f.value <= f.budget ? 'pass' : '**FAIL**');
  const cell = (text: string): string => text.replaceAll('|', '\\|');
  return [
    '| #   | figure | value | raw | budget |     | run |',
    '| --- | ------ | ----- | --- | ------ | --- | --- |',
    ...figures.map(
      (f) =>
        `| ${f.id} | ${cell(f.label)} | ${value(f)} | ${cell(f.detail)} | ${f.budget === undefined ? '—' : `≤ ${f.budget}`} | ${verdict(f)} | ${cell(f.run)} |`,
    ),
    '',
  ].join('\n');
}
