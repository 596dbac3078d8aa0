/**
 * How `check` writes its results: one writer per `--format`, fed each checked file in
 * input order as soon as it (and every file before it) is checked. text, JSON,
 * ClaimReview and SARIF are written as they come, so memory holds one file's results, not
 * the corpus's; the HTML report needs every page for its summary, so it is written at the
 * end.
 *
 * @module
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { toClaimReview } from '../export/claim-review.js';
import { stringifyJsonLd } from '../export/json-ld.js';
import type { ReportPage, toHtmlReport } from './html-report.js';
import { jsonArrayStream, streamedItems } from './json-stream.js';
import { sarifStream } from './sarif-report.js';
import { isProblem, textReporter, type FileReport } from './text-report.js';

/** The output formats of `check`. */
export const OUTPUT_FORMATS = ['text', 'json', 'claimreview', 'sarif', 'html'] as const;

/** An output format of `check`. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A checked file, and where it is. */
export interface CheckedFile {
  /** The report, with every finding. */
  readonly report: FileReport;
  /** The document's address (a `file:` URL, or one under `--base-url`), when it has one. */
  readonly url: string | undefined;
  /** The file's path on disk, resolved; undefined for stdin. */
  readonly file: string | undefined;
  /** Whether the file was read as HTML. */
  readonly html: boolean;
}

/** What the writers need to know. */
export interface OutputOptions {
  /** Only overstated and contradicted findings, and only the files that have them. */
  readonly quiet: boolean;
  /** The tool's version. */
  readonly version: string;
  /** The directory `check` runs in, as a `file:` URL ending in `/` (SARIF's `%SRCROOT%`). */
  readonly rootUri: string;
  /** Whether `--base-url` was given (the HTML report then links pages to their URLs). */
  readonly baseUrl: boolean;
  /** The directory the output is written to (relative links in the HTML report start there). */
  readonly outputDir: string;
  /**
   * Renders the HTML report (`toHtmlReport` of `./html-report.js`): needed by the `html`
   * format only, and passed in so the other formats never load the HTML tooling.
   */
  readonly renderHtml?: typeof toHtmlReport;
  /** Writes stdout's text (whole lines, without the last line break). */
  readonly out: (text: string) => void;
  /** Writes a line on stderr. */
  readonly err: (line: string) => void;
}

/** Writes the results of a run. */
export interface OutputWriter {
  /**
   * Takes the next checked file, in input order.
   *
   * @param file - The file.
   */
  readonly file: (file: CheckedFile) => void;
  /** Writes what is left. */
  readonly end: () => void;
}

/** The file as shown: with `--quiet`, only its problems, or nothing when it has none. */
function shownOf(report: FileReport, quiet: boolean): FileReport | undefined {
  if (!quiet) return report;
  if (!report.findings.some(isProblem)) return undefined;
  return { ...report, findings: report.findings.filter(isProblem) };
}

function textWriter(options: OutputOptions): OutputWriter {
  const reporter = textReporter();
  let shown = 0;
  return {
    file: ({ report }) => {
      const file = shownOf(report, options.quiet);
      if (file === undefined) return;
      shown++;
      for (const line of reporter.file(file)) options.out(line);
    },
    end: () => {
      // --quiet with nothing to show: no output at all.
      if (options.quiet && shown === 0) return;
      for (const line of reporter.end()) options.out(line);
    },
  };
}

function jsonWriter(options: OutputOptions): OutputWriter {
  const stringify = (value: unknown): string => JSON.stringify(value, null, 2);
  const stream = jsonArrayStream({ files: streamedItems() }, stringify);
  return {
    file: ({ report }) => {
      const r = shownOf(report, options.quiet);
      if (r === undefined) return;
      const item = {
        path: r.path,
        // A page of a web archive: its address and the date it was fetched.
        ...(r.url === undefined ? {} : { url: r.url, date: r.date }),
        language: r.language,
        findings: r.findings,
        notices: r.notices,
      };
      for (const text of stream.item(item)) options.out(text);
    },
    end: () => {
      for (const text of stream.end({ files: streamedItems() })) options.out(text);
    },
  };
}

function claimReviewWriter(options: OutputOptions): OutputWriter {
  const stream = jsonArrayStream(streamedItems(), (value) => stringifyJsonLd(value, 2));
  return {
    file: ({ report, url }) => {
      const r = shownOf(report, options.quiet);
      if (r === undefined) return;
      // ClaimReview has no place for a notice: it goes to stderr, so stdout stays the reviews.
      for (const notice of r.notices ?? []) options.err(`${r.path === '-' ? '<stdin>' : r.path}: ${notice.message}`);
      const language = r.language === 'nb' ? 'nb' : 'en';
      for (const finding of r.findings) {
        const review = toClaimReview(finding, { language, ...(url === undefined ? {} : { documentUrl: url }) });
        for (const text of stream.item(review)) options.out(text);
      }
    },
    end: () => {
      for (const text of stream.end(streamedItems())) options.out(text);
    },
  };
}

function sarifWriter(options: OutputOptions): OutputWriter {
  const stream = sarifStream({ version: options.version, rootUri: options.rootUri });
  return {
    file: ({ report }) => {
      const r = shownOf(report, options.quiet);
      if (r === undefined) return;
      for (const text of stream.file(r)) options.out(text);
    },
    end: () => {
      for (const text of stream.end()) options.out(text);
    },
  };
}

/** A path as a relative URL: forward slashes, each segment percent-encoded. */
function relativeHref(from: string, file: string): string {
  return relative(from, file).split(sep).map(encodeURIComponent).join('/');
}

/** The host of an http(s) URL, or undefined. */
function hostOf(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:/i.test(url) || !URL.canParse(url)) return undefined;
  return new URL(url).host;
}

function htmlWriter(options: OutputOptions): OutputWriter {
  const pages: ReportPage[] = [];
  let checked = 0;
  let sites = 0;
  return {
    file: ({ report, url, file, html }) => {
      checked++;
      const r = shownOf(report, options.quiet);
      if (r === undefined) return;
      const host = hostOf(url);
      if (host !== undefined) sites++;
      // A web page links to its URL; a file to its path from where the report is written.
      const href = options.baseUrl || file === undefined ? url : relativeHref(options.outputDir, file);
      const directory = r.path === '-' ? '<stdin>' : dirname(r.path.replaceAll('\\', '/'));
      pages.push({
        path: r.path,
        language: r.language,
        findings: r.findings,
        ...(r.notices === undefined ? {} : { notices: r.notices }),
        ...(href === undefined ? {} : { href }),
        group: host ?? directory,
        html,
      });
    },
    end: () => {
      if (options.renderHtml === undefined) throw new TypeError('the html format needs options.renderHtml');
      const report = options.renderHtml(pages, {
        version: options.version,
        groupedBy: sites > 0 && sites === pages.length ? 'site' : 'directory',
        ...(checked > pages.length ? { checked } : {}),
      });
      options.out(report.endsWith('\n') ? report.slice(0, -1) : report);
    },
  };
}

/**
 * The writer of a format.
 *
 * @param format - The `--format`.
 * @param options - Quiet, version, where relative paths are from, and where to write.
 * @returns The writer.
 * @example
 * ```ts
 * import { outputWriter } from './check-output.js';
 * const lines: string[] = [];
 * const writer = outputWriter('text', {
 *   quiet: false, version: '1.0.0', rootUri: 'file:///work/', baseUrl: false, outputDir: '/work',
 *   out: (text) => lines.push(text), err: console.error,
 * });
 * writer.file({ report: { path: 'ad.md', language: 'en', findings: [] }, url: undefined, file: '/work/ad.md', html: false });
 * writer.end(); // lines: ['ad.md: no claims found', '', '1 file, no claims']
 * ```
 */
export function outputWriter(format: OutputFormat, options: OutputOptions): OutputWriter {
  switch (format) {
    case 'text':
      return textWriter(options);
    case 'json':
      return jsonWriter(options);
    case 'claimreview':
      return claimReviewWriter(options);
    case 'sarif':
      return sarifWriter(options);
    case 'html':
      return htmlWriter(options);
  }
}

/**
 * The directory a report written to `output` (or to stdout, from `cwd`) links files from.
 *
 * @param cwd - The directory `check` runs in.
 * @param output - The `--output` path, if any.
 * @returns The absolute directory.
 * @example
 * ```ts
 * import { outputDirOf } from './check-output.js';
 * outputDirOf('/work', 'reports/site.html'); // '/work/reports'
 * ```
 */
export function outputDirOf(cwd: string, output: string | undefined): string {
  return output === undefined ? resolve(cwd) : dirname(resolve(cwd, output));
}
