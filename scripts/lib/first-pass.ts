/**
 * First-pass records: the findings the engine produced the first time it met a held-out
 * batch, before anyone tuned on it (`npm run eval -- DIR --record FILE`), and the README
 * table generated from them (`npm run eval:first-pass`). The figures are recomputed from
 * the recorded findings and the batch's gold files, so the docs never hold a typed number.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Finding } from '../../src/factcheck/finding.js';
import {
  languageGroups,
  rates,
  readGoldFolder,
  scoreDocument,
  sum,
  type Counts,
  type DocumentScore,
} from './evaluate.js';

/** Where first-pass records live. */
export const RECORD_DIR = 'docs/eval';

/** The README markers around the generated first-pass table. */
export const MARKERS = { start: '<!-- first-pass:start -->', end: '<!-- first-pass:end -->' } as const;

export interface FirstPassRecord {
  /** The batch folder, relative to the repository root. */
  folder: string;
  /** The commit the engine was built from when it was run. */
  commit: string;
  /** What the engine found in each document, as it returned it. */
  documents: { document: string; language: string; findings: Finding[] }[];
}

/** Reads every `*.first-pass.json` record, sorted by folder. */
export function readRecords(dir = RECORD_DIR): FirstPassRecord[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.first-pass.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as FirstPassRecord)
    .sort((a, b) => a.folder.localeCompare(b.folder, 'en', { numeric: true }));
}

/** Scores a record's findings against the batch's gold files as they are now. */
export function scoreRecord(record: FirstPassRecord): DocumentScore[] {
  return readGoldFolder(record.folder).map(({ gold }) => {
    const recorded = record.documents.find((d) => d.document === gold.document);
    if (!recorded) throw new Error(`${record.folder}: no recorded findings for ${gold.document}`);
    return scoreDocument(gold, recorded.findings);
  });
}

const fixed = (x: number): string => x.toFixed(2);

/** One table row's cells for a group of documents; rates are left out for unsupported languages. */
function cells(batch: string, name: string, c: Counts): string[] {
  const r = rates(c);
  const rate = (x: number): string => (name === 'unsupported' ? '–' : fixed(x));
  return [
    `\`${batch}\``,
    name,
    rate(r.precision),
    rate(r.recall),
    rate(r.verdictAccuracy),
    String(c.fp),
    String(c.falseAlarms),
  ];
}

/** A Markdown table laid out as Prettier lays it out (so formatting leaves it alone). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = (s: string): number => s.length;
  const widths = header.map((h, i) => Math.max(3, width(h), ...rows.map((row) => width(row[i] ?? ''))));
  const line = (row: readonly string[]): string =>
    `| ${row.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - width(cell))).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** The generated README block: one row per batch and language group, then the batch total. */
export function firstPassTable(records: readonly FirstPassRecord[]): string {
  const header = [
    'batch (first pass)',
    'language',
    'precision',
    'recall',
    'verdict accuracy',
    'false positives',
    'false alarms',
  ];
  const rows: string[][] = [];
  for (const record of records) {
    const batch = basename(record.folder);
    const scores = scoreRecord(record);
    for (const group of languageGroups(scores)) rows.push(cells(batch, group.name, group.counts));
    rows.push(cells(batch, 'total', sum(scores)));
  }
  return markdownTable(header, rows);
}

/** The README text between the markers (exclusive), or undefined when they are missing. */
export function readBlock(readme: string): string | undefined {
  const start = readme.indexOf(MARKERS.start);
  const end = readme.indexOf(MARKERS.end);
  if (start === -1 || end === -1 || end < start) return undefined;
  return readme.slice(start + MARKERS.start.length, end).trim();
}

/** The README with the block between the markers replaced. */
export function writeBlock(readme: string, block: string): string {
  const start = readme.indexOf(MARKERS.start);
  const end = readme.indexOf(MARKERS.end);
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md lacks ${MARKERS.start} … ${MARKERS.end}`);
  return `${readme.slice(0, start + MARKERS.start.length)}\n\n${block}\n\n${readme.slice(end)}`;
}
