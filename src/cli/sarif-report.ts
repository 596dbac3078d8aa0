/**
 * The SARIF 2.1.0 output of `check` (`--format sarif`), so code-scanning dashboards (GitHub
 * code scanning and other CI tools) show the findings at their place in the files: one
 * run; a rule per claim predicate (the rules of docs/rules.md, as in the text output's
 * `meso-evidence:<predicate>`); a result per finding, its level by its verdict; the
 * notices (parts in a language the engine does not read) as tool notifications.
 *
 * @module
 */
import type { Predicate, Verdict } from '../evidence/claim.js';
import type { Finding, Span } from '../factcheck/finding.js';
import { projectFileUrl } from '../project.js';
import { jsonArrayStream, streamedItems } from './json-stream.js';
import type { FileReport } from './text-report.js';

/** The SARIF schema the log names. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The rules, in the order of docs/rules.md, each with a sentence on what it finds. */
const RULES: readonly { readonly id: Predicate; readonly text: string }[] = [
  { id: 'effective-for', text: 'A treatment is said to work for an indication.' },
  { id: 'safe', text: 'A treatment is said to be safe.' },
  { id: 'side-effect-free', text: 'A treatment is said to have no side effects.' },
  { id: 'no-downtime', text: 'A treatment is said to need no time off to recover.' },
  { id: 'fda-approved', text: 'A treatment is said to be approved by the FDA, or not.' },
];

/** How a verdict shows in a dashboard: a contradicted claim is an error, an overstated one a warning. */
const LEVELS: Readonly<Record<Verdict, 'error' | 'warning' | 'note' | 'none'>> = {
  contradicted: 'error',
  overstated: 'warning',
  unverifiable: 'note',
  supported: 'none',
};

/** Where a reported file is, as SARIF says it: a relative path under the checked directory, or stdin's name. */
export interface SarifOptions {
  /** The tool's version. */
  readonly version: string;
  /** The directory relative paths are under, as a `file:` URL ending in `/` (`%SRCROOT%`). */
  readonly rootUri: string;
}

/** A path as a URI reference: forward slashes, each segment percent-encoded. */
function uriOf(path: string): { uri: string; uriBaseId?: string } {
  const slashed = path.replaceAll('\\', '/');
  const absolute = slashed.startsWith('/') || /^[A-Za-z]:\//.test(slashed);
  const encoded = slashed
    .split('/')
    .map((segment, i) => (i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  if (absolute) return { uri: `file://${encoded.startsWith('/') ? '' : '/'}${encoded}` };
  return { uri: encoded, uriBaseId: '%SRCROOT%' };
}

function region(position: Span, snippet?: string): Record<string, unknown> {
  return {
    startLine: position.start.line,
    startColumn: position.start.column,
    endLine: position.end.line,
    endColumn: position.end.column,
    charOffset: position.start.offset,
    charLength: position.end.offset - position.start.offset,
    ...(snippet === undefined ? {} : { snippet: { text: snippet } }),
  };
}

function result(
  finding: Finding,
  artifact: { uri: string; uriBaseId?: string },
  index: number,
): Record<string, unknown> {
  const { claim } = finding;
  const ruleIndex = RULES.findIndex((r) => r.id === claim.predicate);
  const level = LEVELS[finding.verdict];
  return {
    ruleId: claim.predicate,
    ruleIndex,
    kind: level === 'none' ? 'pass' : 'fail',
    level,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { ...artifact, index },
          region: region(finding.position, finding.text),
        },
      },
    ],
    // The same claim in the same words is the same result from one run to the next, wherever the line moves.
    partialFingerprints: {
      'claim/v1': [
        claim.subject,
        claim.predicate,
        claim.object ?? '',
        claim.polarity,
        finding.text.replace(/\s+/g, ' '),
      ].join('|'),
    },
    properties: {
      verdict: finding.verdict,
      claim,
      assessment: finding.assessment,
      citations: finding.citations,
      refersTo: finding.refersTo,
    },
  };
}

/** A SARIF log, ready for `JSON.stringify`. */
export interface SarifLog {
  /** The SARIF version. */
  readonly version: '2.1.0';
  /** The schema's address. */
  readonly $schema: string;
  /** One run. */
  readonly runs: readonly Record<string, unknown>[];
}

/** An artifact and the notifications of one file. */
function fileParts(
  report: FileReport,
  index: number,
): { artifact: Record<string, unknown>; notifications: Record<string, unknown>[] } {
  // A page of a web archive is where it was fetched from.
  const location = report.url === undefined ? uriOf(report.path) : { uri: report.url };
  return {
    artifact: {
      location,
      properties: {
        language: report.language,
        ...(report.url === undefined ? {} : { archive: uriOf(report.path), fetched: report.date }),
      },
    },
    notifications: (report.notices ?? []).map((notice) => ({
      level: 'note',
      message: { text: notice.message },
      descriptor: { id: notice.type },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { ...location, index },
            region: region(notice.position),
          },
        },
      ],
      properties: { language: notice.language },
    })),
  };
}

/**
 * The log around its results. The results come before the artifacts and the invocation's
 * notifications, so a stream can write each file's results as soon as it is checked and
 * the (small) artifacts and notifications at the end.
 */
function sarifLog(
  options: SarifOptions,
  results: readonly unknown[],
  artifacts: readonly unknown[],
  notifications: readonly unknown[],
): SarifLog {
  return {
    version: '2.1.0',
    $schema: SARIF_SCHEMA,
    runs: [
      {
        tool: {
          driver: {
            name: 'meso-evidence',
            version: options.version,
            informationUri: projectFileUrl('docs/cli.md'),
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.text },
              helpUri: `${projectFileUrl('docs/rules.md')}#${rule.id}`,
              defaultConfiguration: { level: 'warning' },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: options.rootUri } },
        columnKind: 'utf16CodeUnits',
        results,
        artifacts,
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
      },
    ],
  };
}

/** Writes a SARIF log file by file. */
export interface SarifStream {
  /**
   * Takes the next checked file.
   *
   * @param report - The file, with the findings to show.
   * @returns Text ready to be written (whole lines).
   */
  readonly file: (report: FileReport) => string[];
  /**
   * Ends the log.
   *
   * @returns The rest of the text.
   */
  readonly end: () => string[];
}

/**
 * The SARIF log of a `check` run, written as files are checked: the text is byte for
 * byte `JSON.stringify(toSarif(reports, options), null, 2)`, but only one result is held
 * at a time (and each file's artifact and notifications, which are small, until the end).
 *
 * @param options - The tool's version and the directory relative paths are under.
 * @returns The stream.
 * @example
 * ```ts
 * import { sarifStream } from './sarif-report.js';
 * const stream = sarifStream({ version: '1.0.0', rootUri: 'file:///work/' });
 * const text = [...stream.file({ path: 'ad.md', language: 'en', findings: [] }), ...stream.end()].join('\n');
 * JSON.parse(text).runs[0].artifacts.length; // 1
 * ```
 */
export function sarifStream(options: SarifOptions): SarifStream {
  const stringify = (value: unknown): string => JSON.stringify(value, null, 2);
  const stream = jsonArrayStream(sarifLog(options, streamedItems(), [], []), stringify);
  const artifacts: Record<string, unknown>[] = [];
  const notifications: Record<string, unknown>[] = [];
  return {
    file: (report) => {
      const index = artifacts.length;
      const parts = fileParts(report, index);
      artifacts.push(parts.artifact);
      notifications.push(...parts.notifications);
      const location = parts.artifact.location as { uri: string };
      return report.findings.flatMap((f) => stream.item(result(f, location, index)));
    },
    end: () => stream.end(sarifLog(options, streamedItems(), artifacts, notifications)),
  };
}

/**
 * The SARIF 2.1.0 log of a `check` run.
 *
 * @param reports - The checked files, in output order.
 * @param options - The tool's version and the directory relative paths are under.
 * @returns The log, ready for `JSON.stringify`.
 * @example
 * ```ts
 * import { toSarif } from './sarif-report.js';
 * const log = toSarif([{ path: 'ad.md', language: 'en', findings: [] }], { version: '1.0.0', rootUri: 'file:///work/' });
 * log.version; // '2.1.0'
 * ```
 */
export function toSarif(reports: readonly FileReport[], options: SarifOptions): SarifLog {
  const parts = reports.map((r, index) => fileParts(r, index));
  return sarifLog(
    options,
    reports.flatMap((r, index) =>
      r.findings.map((f) => result(f, parts[index]?.artifact.location as { uri: string }, index)),
    ),
    parts.map((p) => p.artifact),
    parts.flatMap((p) => p.notifications),
  );
}
