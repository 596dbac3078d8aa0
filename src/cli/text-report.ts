/**
 * The text output of `check`, in the style of vfile-reporter: per file a header
 * with the path, one aligned line per finding, and a summary line.
 *
 * @module
 */
import type { Verdict } from '../evidence/claim.js';
import type { Finding, Notice } from '../factcheck/finding.js';
import type { LanguageCode } from '../schema/language.js';

/** One checked file, as reported. */
export interface FileReport {
  /** The path as given (`-` for stdin). */
  readonly path: string;
  /** The language the file was read in. */
  readonly language: LanguageCode;
  /** Its findings. */
  readonly findings: readonly Finding[];
  /** Its notices (parts in a language the engine does not read). */
  readonly notices?: readonly Notice[];
  /** A page of a web archive: its record's `WARC-Target-URI` (the file is the archive). */
  readonly url?: string;
  /** A page of a web archive: its record's `WARC-Date`. */
  readonly date?: string;
}

/**
 * How a report is named in the text output: its path (`<stdin>` for `-`), and for a page of
 * a web archive, its address and date after it.
 *
 * @param file - The report.
 * @returns The name.
 * @example
 * ```ts
 * import { reportName } from './text-report.js';
 * reportName({ path: 'crawl.warc.gz', url: 'https://clinic.example/', date: '2026-01-01T00:00:00Z' }); // 'crawl.warc.gz https://clinic.example/ 2026-01-01T00:00:00Z'
 * ```
 */
export function reportName(file: Pick<FileReport, 'path' | 'url' | 'date'>): string {
  const name = file.path === '-' ? '<stdin>' : file.path;
  return file.url === undefined ? name : `${name} ${file.url} ${file.date ?? ''}`.trimEnd();
}

/** The verdicts that make `check` exit 1. */
export const PROBLEM_VERDICTS: ReadonlySet<Verdict> = new Set<Verdict>(['overstated', 'contradicted']);

/** The order verdicts are counted in in the summary. */
const SUMMARY_ORDER: readonly Verdict[] = ['contradicted', 'overstated', 'unverifiable', 'supported'];

/**
 * Whether a finding is a problem (overstated or contradicted).
 *
 * @param finding - The finding.
 * @returns True for a problem.
 * @example
 * ```ts
 * import { isProblem } from './text-report.js';
 * isProblem({ verdict: 'overstated' } as never); // true
 * ```
 */
export function isProblem(finding: Pick<Finding, 'verdict'>): boolean {
  return PROBLEM_VERDICTS.has(finding.verdict);
}

/**
 * The rule id of a finding: `meso-evidence:<predicate>`.
 *
 * @param finding - The finding.
 * @returns The rule id.
 * @example
 * ```ts
 * import { ruleOf } from './text-report.js';
 * ruleOf({ claim: { predicate: 'safe' } } as never); // 'meso-evidence:safe'
 * ```
 */
export function ruleOf(finding: Pick<Finding, 'claim'>): string {
  return `meso-evidence:${finding.claim.predicate}`;
}

function place(f: Pick<Finding, 'position'>): string {
  const { start, end } = f.position;
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

/** Formats files one at a time, as they are checked, and the summary line at the end. */
export interface TextReporter {
  /**
   * The lines of one file.
   *
   * @param file - The file, with the findings to show.
   * @returns Its lines.
   */
  readonly file: (file: FileReport) => string[];
  /**
   * The closing lines: a blank line when the last file did not end with one, and the summary.
   *
   * @returns The lines.
   */
  readonly end: () => string[];
}

/**
 * A text reporter: the output of {@link formatText}, given file by file, so each file's
 * lines can be written as soon as it is checked. It keeps only the counts.
 *
 * @returns The reporter.
 * @example
 * ```ts
 * import { textReporter } from './text-report.js';
 * const reporter = textReporter();
 * reporter.file({ path: 'ad.md', language: 'en', findings: [] }); // ['ad.md: no claims found']
 * reporter.end(); // ['', '1 file, no claims']
 * ```
 */
export function textReporter(): TextReporter {
  const counts = new Map<Verdict, number>();
  let files = 0;
  let endsBlank = false;
  return {
    file: (file) => {
      files++;
      const lines: string[] = [];
      const name = reportName(file);
      const notices = (file.notices ?? []).map((n) => `  ${place(n)}  notice  ${n.message.replace(/\s+/g, ' ')}`);
      if (file.findings.length === 0) {
        lines.push(`${name}: no claims found`, ...notices);
        if (notices.length > 0) lines.push('');
      } else {
        lines.push(name, ...notices);
        const rows = file.findings.map(
          (f) => [place(f), f.verdict, f.message.replace(/\s+/g, ' '), ruleOf(f)] as const,
        );
        const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
        for (const row of rows)
          lines.push(`  ${row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  ')}`);
        for (const f of file.findings) counts.set(f.verdict, (counts.get(f.verdict) ?? 0) + 1);
        lines.push('');
      }
      endsBlank = lines.at(-1) === '';
      return lines;
    },
    end: () => {
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      const fileWord = `${files} file${files === 1 ? '' : 's'}`;
      const parts = SUMMARY_ORDER.filter((v) => counts.has(v)).map((v) => `${counts.get(v)} ${v}`);
      const problems = (counts.get('overstated') ?? 0) + (counts.get('contradicted') ?? 0);
      return [
        ...(endsBlank ? [] : ['']),
        total === 0
          ? `${fileWord}, no claims`
          : `${problems > 0 ? '✖' : '✔'} ${fileWord}, ${total} claim${total === 1 ? '' : 's'}: ${parts.join(', ')}`,
      ];
    },
  };
}

/**
 * Formats reports as text lines. The summary counts every finding shown.
 *
 * @param files - The files, each with the findings to show.
 * @returns The lines.
 * @example
 * ```ts
 * import { formatText } from './text-report.js';
 * formatText([{ path: 'ad.md', language: 'en', findings: [] }]); // ['ad.md: no claims found', '', '1 file, no claims']
 * ```
 */
export function formatText(files: readonly FileReport[]): string[] {
  const reporter = textReporter();
  return [...files.flatMap((file) => reporter.file(file)), ...reporter.end()];
}
