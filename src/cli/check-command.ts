/**
 * `meso-evidence check [FILE|GLOB|-]...`: fact-checks files and stdin, reports the
 * findings as text, JSON (the contract in the design) or ClaimReview JSON-LD, and
 * exits 1 when a claim is overstated or contradicted.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Language } from '../schema/common.js';
import { parseArgs } from 'node:util';
import { oneOf, reportUsage, usage, UsageError } from './args.js';
import type { CommandIO } from './io.js';
import { checkInOrder, type PoolItem } from './check-pool.js';
import { OUTPUT_FORMATS, outputDirOf, outputWriter } from './check-output.js';
import { openFileOutput, type FileOutput } from './file-output.js';
import { expandInputs, STDIN_PATH, type Input, type InputKind } from './inputs.js';
import { preflight, readDocuments, stdinChunks, STDIN_NAME, type DocumentSource } from './check-sources.js';
import { checkNdjson, MAX_NDJSON_LINE_BYTES, splitLines } from './ndjson.js';
import { isProblem } from './text-report.js';

/** Help text for `check`. */
export const CHECK_HELP = `Usage: meso-evidence check [options] <FILE|GLOB|->...

Finds health claims in Markdown, text and HTML files and web archives and judges
them against the knowledge base. .md, .markdown and .mdx files are read as
Markdown, .html and .htm as web pages (their visible text, without navigation,
header, footer, scripts, hidden elements and cookie banners), .warc and .warc.gz
as web archives (every HTML response, reported by its address and date; a record
that cannot be read is named and skipped), others as plain text. \`-\` reads
stdin (as Markdown unless --input or --stdin-filename says otherwise).
Quote globs so the shell leaves them to meso-evidence: 'ads/**/*.md'.

Options:
  --format <text|json|claimreview|sarif|html>  output format (default: text)
                         text: per file, line:col-endLine:endCol  verdict  message  rule
                         json: {"files":[{"path","language","findings":[...]}]}
                         claimreview: a JSON array of schema.org ClaimReview objects
                         sarif: a SARIF 2.1.0 log (for code-scanning dashboards)
                         html: a report page to read in a browser (summary,
                         worst pages first, each claim with its evidence)
                         (--format is the output; --input says how stdin is read)
  --output, -o <FILE>    write the output to FILE instead of stdout
  --lang <en|nb>         the language of the inputs (default: detected per file)
  --quiet, -q            show only overstated and contradicted claims
  --base-url <URL>       ClaimReview: resolve file paths against this URL
                         (default: file:// URLs; stdin has none)
  --input <markdown|text|html|warc|ndjson>  how stdin is read; ndjson: one
                         {"url", "html"|"text"|"markdown"} object a line in, one
                         result line out per document, as it is checked
  --stdin-filename <NAME>  the name stdin is reported under; without --input,
                         its extension sets how stdin is read
  --jobs, -j <N>         check files in N worker threads (default: 1); the
                         output is the same, in input order
  --progress             show progress on stderr (default: on a terminal, in text
                         format, with more than 5 files)
  --help, -h             show this help

An empty input is checked, with a warning on stderr.

Exit status: 0 when nothing is overstated or contradicted, 1 when something is,
2 on a usage error or an input that cannot be read (missing, a directory, a
binary file, not UTF-8 text), or when a record of a web archive was skipped.`;

const FORMATS = OUTPUT_FORMATS;
const LANGUAGES = ['en', 'nb'] as const;
const STDIN_FORMATS = ['markdown', 'text', 'html', 'ndjson', 'warc'] as const;

/** Files above this count get progress lines by default (on a terminal). */
export const PROGRESS_THRESHOLD = 5;

interface CheckOptions {
  readonly format: (typeof FORMATS)[number];
  readonly output: string | undefined;
  readonly language: Language | undefined;
  readonly quiet: boolean;
  readonly baseUrl: string | undefined;
  readonly stdinFilename: string | undefined;
  readonly stdinFormat: InputKind | 'ndjson' | undefined;
  readonly progress: boolean;
  readonly jobs: number;
  readonly help: boolean;
  readonly inputs: readonly string[];
}

function parseCheck(args: readonly string[]): CheckOptions {
  const { values, positionals } = usage(() =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        'base-url': { type: 'string' },
        'stdin-filename': { type: 'string' },
        input: { type: 'string' },
        progress: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  );
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !isDocumentBase(baseUrl))
    throw new UsageError(`--base-url must be an absolute http:, https: or file: URL (got \`${baseUrl}\`)`);
  return {
    format: oneOf('--format', values.format, FORMATS) ?? 'text',
    output: values.output,
    language: oneOf('--lang', values.lang, LANGUAGES),
    quiet: values.quiet === true,
    baseUrl,
    stdinFilename: values['stdin-filename'],
    stdinFormat: oneOf('--input', values.input, STDIN_FORMATS),
    progress: values.progress === true,
    jobs: jobsOf(values.jobs),
    help: values.help === true,
    inputs: positionals,
  };
}

/** The most worker threads `--jobs` starts. */
const MAX_JOBS = 64;

function jobsOf(value: string | undefined): number {
  if (value === undefined) return 1;
  const jobs = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS)
    throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS} (got \`${value}\`)`);
  return jobs;
}

/** Where reviewed documents can live: a ClaimReview's url must not be `javascript:`, `data:` or `mailto:`. */
const DOCUMENT_PROTOCOLS = new Set(['http:', 'https:', 'file:']);

function isDocumentBase(value: string): boolean {
  return URL.canParse(value) && DOCUMENT_PROTOCOLS.has(new URL(value).protocol);
}

/**
 * The package's version, for the reports. Read as a file rather than with `createRequire`,
 * which sets up the CommonJS loader on every `check` for one small JSON file (issue 17).
 * The path is the same from `src/cli/` and from `dist/chunks/`.
 */
function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;
}

function documentUrl(path: string, options: CheckOptions, cwd: string): string | undefined {
  if (path === STDIN_PATH)
    return options.stdinFilename && options.baseUrl
      ? underBase(options.stdinFilename, options.baseUrl)
      : options.baseUrl;
  if (options.baseUrl !== undefined) return underBase(path, options.baseUrl);
  return pathToFileURL(resolve(cwd, path)).href;
}

/** A path resolved against the base URL; a name like `javascript:x` stays a path under it. */
function underBase(path: string, base: string): string {
  const slashed = path.replaceAll('\\', '/');
  return new URL(slashed.startsWith('/') ? slashed : `./${slashed}`, base).href;
}

/** `check --input ndjson [-]`: stdin as a stream of documents; the output is NDJSON. */
async function runNdjson(options: CheckOptions, io: CommandIO): Promise<number> {
  if (options.inputs.some((input) => input !== STDIN_PATH))
    throw new UsageError('--input ndjson reads stdin only: give `-` or no file');
  if (options.format !== 'json' && options.format !== 'text')
    throw new UsageError(`--input ndjson writes NDJSON; --format ${options.format} does not go with it`);
  if (options.output !== undefined)
    throw new UsageError('--input ndjson writes each result to stdout as it is ready; --output does not go with it');
  return checkNdjson(splitLines(stdinChunks(io), MAX_NDJSON_LINE_BYTES), io.out, {
    language: options.language,
    quiet: options.quiet,
  });
}

/**
 * Runs `check`.
 *
 * @param args - Arguments after `check`.
 * @param io - Where to write, and stdin.
 * @returns The exit code: 0, 1 (a claim is overstated or contradicted) or 2.
 * @example
 * ```ts
 * import { runCheck } from './check-command.js';
 * const code = await runCheck(['--format', 'json', 'ad.md'], { out: console.log, err: console.error });
 * ```
 */
export async function runCheck(args: readonly string[], io: CommandIO): Promise<number> {
  let options: CheckOptions;
  let inputs: Input[];
  const cwd = io.cwd ?? process.cwd();
  try {
    options = parseCheck(args);
    if (options.help) {
      io.out(CHECK_HELP);
      return 0;
    }
    if (options.stdinFormat === 'ndjson') return await runNdjson(options, io);
    if (options.inputs.length === 0) throw new UsageError('give at least one file, glob or `-`');
    inputs = await expandInputs(options.inputs, cwd, options.stdinFilename, options.stdinFormat);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return reportUsage(io, 'check', error.message);
  }
  const ahead = await preflight(inputs, cwd, io, options.stdinFilename);
  if (ahead === undefined) return 2;

  // The number of documents is known before they are read unless an archive is among the
  // inputs (its pages are counted as they are read): progress then shows no total, and is
  // shown by default as for many files.
  const archives = inputs.some((input) => input.format === 'warc');
  const showProgress =
    options.progress ||
    // stderrIsTTY last: reading it makes process.stderr (a stream), which a small check does without.
    (options.format === 'text' && (archives || inputs.length > PROGRESS_THRESHOLD) && io.stderrIsTTY === true);
  const total = archives ? '' : `/${inputs.length}`;
  const shownPath = (input: Input): string =>
    input.path === STDIN_PATH ? (options.stdinFilename ?? STDIN_PATH) : input.path;
  const progressName = ({ input, page }: DocumentSource): string => `${shownPath(input)}${page ? ` ${page.url}` : ''}`;

  let output: FileOutput | undefined;
  if (options.output !== undefined) {
    const opened = openFileOutput(options.output, cwd);
    if ('error' in opened) {
      io.err(`meso-evidence check: cannot write ${options.output}: ${opened.error}`);
      return 2;
    }
    output = opened;
  }
  const writer = outputWriter(options.format, {
    quiet: options.quiet,
    version: packageVersion(),
    rootUri: pathToFileURL(`${cwd}/`).href,
    baseUrl: options.baseUrl !== undefined,
    outputDir: outputDirOf(cwd, options.output),
    // The HTML report's tooling (rehype, hast) loads only for the report.
    ...(options.format === 'html' ? { renderHtml: (await import('./html-report.js')).toHtmlReport } : {}),
    out: output?.line ?? io.out,
    err: io.err,
  });

  let unreadable = false;
  let skipped = false;
  let problems = false;
  let written = 0;
  // Each document is read when the pool has room for it, and written as soon as it and
  // every one before it are checked; its text is let go once it is handed to the check.
  const events = {
    skipped: (shown: string, offset: number, message: string): void => {
      io.err(`meso-evidence check: ${shown}: skipped the record at offset ${offset}: ${message}`);
      skipped = true;
    },
    unreadable: (shown: string, reason: string): void => {
      io.err(`meso-evidence check: cannot read ${shown}: ${reason}`);
      unreadable = true;
    },
  };
  const items = async function* (): AsyncGenerator<PoolItem<DocumentSource>> {
    for await (const { source, text, format } of readDocuments(inputs, ahead, cwd, io, options.stdinFilename, events))
      yield { task: { text, format, language: options.language }, meta: source };
  };
  for await (const { answer, meta } of checkInOrder(items(), options.jobs, (source, i) => {
    if (showProgress) io.err(`checking ${i + 1}${total} ${progressName(source)}`);
  })) {
    const { input, page } = meta;
    const shown = shownPath(input);
    if ('unreadable' in answer && page) {
      // A page of an archive that cannot be read is a record skipped, not a failed run.
      io.err(
        `meso-evidence check: ${shown === STDIN_PATH ? STDIN_NAME : shown}: skipped the record at offset ${page.offset}: the page ${page.url} cannot be read: ${answer.unreadable}`,
      );
      skipped = true;
      continue;
    }
    if ('unreadable' in answer) {
      // The page is left out and named on stderr; the output goes on with the next one (exit 2).
      io.err(`meso-evidence check: cannot read ${shown === STDIN_PATH ? STDIN_NAME : shown}: ${answer.unreadable}`);
      unreadable = true;
      continue;
    }
    const { report } = answer;
    problems ||= report.findings.some(isProblem);
    written++;
    writer.file({
      report: {
        path: shown,
        language: report.language,
        findings: report.findings,
        notices: report.notices,
        ...(page ? { url: page.url, date: page.date } : {}),
      },
      url:
        page?.url ??
        (options.format === 'claimreview' || options.format === 'html'
          ? documentUrl(input.path, options, cwd)
          : undefined),
      file: page !== undefined || input.path === STDIN_PATH ? undefined : resolve(cwd, input.path),
      html: input.format === 'html' || page !== undefined,
    });
  }
  // When no input could be checked at all, nothing is written, as when none could be read.
  if (written > 0 || !unreadable) writer.end();
  const failure = output?.close();
  if (failure !== undefined) {
    io.err(`meso-evidence check: cannot write ${options.output ?? 'the output'}: ${failure}`);
    return 2;
  }
  if (unreadable || skipped) return 2;
  return problems ? 1 : 0;
}
