/**
 * `check` writes its output as files are checked: each format's streamed text is byte for
 * byte the whole document its serialiser gives for all the files at once (the output before
 * streaming), and a file's text is written before the next files are given.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { toClaimReview } from '../../src/export/claim-review.js';
import { stringifyJsonLd } from '../../src/export/json-ld.js';
import { checkInOrder } from '../../src/cli/check-pool.js';
import { checkDocument } from '../../src/cli/check-document.js';
import {
  outputWriter,
  type CheckedFile,
  type OutputFormat,
  type OutputOptions,
  type OutputWriter,
} from '../../src/cli/check-output.js';
import { toHtmlReport } from '../../src/cli/html-report.js';
import { jsonArrayStream, streamedItems } from '../../src/cli/json-stream.js';
import { readInput } from '../../src/cli/inputs.js';
import { runCli } from '../../src/cli/run.js';
import { toSarif } from '../../src/cli/sarif-report.js';
import { formatText, isProblem, type FileReport } from '../../src/cli/text-report.js';

const PATHS = [
  ...globSync(['test/fixtures/articles-8/*.{md,txt}', 'test/fixtures/html/*.html']).sort(),
  'examples/advert.md',
  'examples/annonse.md',
];
const ROOT = pathToFileURL(`${process.cwd()}/`).href;
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

async function checked(path: string): Promise<CheckedFile> {
  const html = path.endsWith('.html');
  const format = html ? 'html' : path.endsWith('.md') ? 'markdown' : 'text';
  const report = await checkDocument(await readInput(path, process.cwd(), format), format);
  return {
    report: { path, language: report.language, findings: report.findings, notices: report.notices },
    url: pathToFileURL(`${process.cwd()}/${path}`).href,
    file: `${process.cwd()}/${path}`,
    html,
  };
}
const FILES = await Promise.all(PATHS.map(checked));

/** The whole document each format wrote before streaming: the serialiser given every file at once. */
function whole(format: OutputFormat, files: readonly CheckedFile[], quiet: boolean): string {
  const shown: FileReport[] = files
    .map((f) => f.report)
    .filter((r) => !quiet || r.findings.some(isProblem))
    .map((r) => (quiet ? { ...r, findings: r.findings.filter(isProblem) } : r));
  const urls = new Map(files.map((f) => [f.report.path, f.url]));
  switch (format) {
    case 'text':
      // --quiet with nothing to show prints nothing at all.
      return quiet && shown.length === 0 ? '' : formatText(shown).join('\n');
    case 'json':
      return JSON.stringify(
        { files: shown.map((r) => ({ path: r.path, language: r.language, findings: r.findings, notices: r.notices })) },
        null,
        2,
      );
    case 'sarif':
      return JSON.stringify(toSarif(shown, { version: VERSION, rootUri: ROOT }), null, 2);
    case 'claimreview':
      return stringifyJsonLd(
        shown.flatMap((r) =>
          r.findings.map((f) =>
            toClaimReview(f, { language: r.language === 'nb' ? 'nb' : 'en', documentUrl: urls.get(r.path) as string }),
          ),
        ),
        2,
      );
    case 'html':
      throw new Error('not streamed');
  }
}

/** A writer of `format` whose output lines go to `sink`, with the options every test here shares. */
function writerInto(format: OutputFormat, sink: string[], options: Partial<OutputOptions> = {}): OutputWriter {
  return outputWriter(format, {
    quiet: false,
    version: VERSION,
    rootUri: ROOT,
    baseUrl: false,
    outputDir: process.cwd(),
    out: (text) => sink.push(text),
    err: () => undefined,
    ...options,
  });
}

function streamed(format: OutputFormat, files: readonly CheckedFile[], quiet: boolean): string[] {
  const out: string[] = [];
  const writer = writerInto(format, out, { quiet });
  for (const file of files) writer.file(file);
  writer.end();
  return out;
}

describe('streamed output', () => {
  it('has files with and without claims, notices and problems to stream', () => {
    expect(FILES.length).toBeGreaterThan(20);
    expect(FILES.some((f) => f.report.findings.length === 0)).toBe(true);
    expect(FILES.some((f) => (f.report.notices ?? []).length > 0)).toBe(true);
    expect(FILES.some((f) => !f.report.findings.some(isProblem) && f.report.findings.length > 0)).toBe(true);
  });

  for (const format of ['text', 'json', 'sarif', 'claimreview'] as const)
    for (const quiet of [false, true])
      it(`is byte for byte the whole document (${format}${quiet ? ', --quiet' : ''})`, () => {
        expect(streamed(format, FILES, quiet).join('\n')).toBe(whole(format, FILES, quiet));
        // No file, one file, and only files without claims stream right too.
        for (const some of [[], FILES.slice(0, 1), FILES.filter((f) => f.report.findings.length === 0)])
          expect(streamed(format, some, quiet).join('\n')).toBe(whole(format, some, quiet));
      });

  it('writes each file before the files after it are given (all but the HTML report)', () => {
    const withClaims = FILES.filter((f) => f.report.findings.length > 0).slice(0, 4);
    for (const format of ['text', 'json', 'sarif', 'claimreview'] as const) {
      const out: string[] = [];
      const writer = writerInto(format, out);
      writer.file(withClaims[0] as CheckedFile);
      writer.file(withClaims[1] as CheckedFile);
      // The first file is out once the second has come (a JSON item waits for its comma).
      const first = withClaims[0] as CheckedFile;
      const key =
        format === 'claimreview'
          ? (first.url as string)
          : format === 'sarif'
            ? first.report.findings[0]!.message
            : first.report.path;
      expect(out.join('\n'), format).toContain(JSON.stringify(key).slice(1, -1).slice(0, 40));
      const before = out.join('\n').length;
      writer.file(withClaims[2] as CheckedFile);
      expect(out.join('\n').length, format).toBeGreaterThan(before);
    }
    const html: string[] = [];
    const report = writerInto('html', html, { renderHtml: toHtmlReport });
    report.file(withClaims[0] as CheckedFile);
    expect(html).toEqual([]);
    report.end();
    expect(html).toHaveLength(1);
  });

  it('gives the CLI the same text: check writes what it wrote before streaming', async () => {
    for (const format of ['text', 'sarif'] as const) {
      const out: string[] = [];
      const code = await runCli(['check', '--format', format, ...PATHS], {
        out: (line) => out.push(line),
        err: () => undefined,
      });
      expect(code).toBe(1);
      expect(out.join('\n')).toBe(whole(format, FILES, false));
    }
  });
});

describe('jsonArrayStream', () => {
  it('writes nested and top-level arrays as the serialiser does, and refuses a changed head', () => {
    const stringify = (v: unknown): string => JSON.stringify(v, null, 2);
    const doc = (items: unknown[], after: unknown[]): unknown => ({ a: { b: [1, 2] }, items, after });
    const items = [{ x: [1, { y: 'z' }] }, 'two', null, []];
    const stream = jsonArrayStream(doc(streamedItems(), []), stringify);
    const text = [...items.flatMap((item) => stream.item(item)), ...stream.end(doc(streamedItems(), [3]))].join('\n');
    expect(text).toBe(stringify(doc(items, [3])));
    const empty = jsonArrayStream(streamedItems(), stringify);
    expect(empty.end(streamedItems()).join('\n')).toBe('[]');
    const changed = jsonArrayStream({ head: 1, items: streamedItems() }, stringify);
    expect(() => changed.end({ head: 2, items: streamedItems() })).toThrow(/changed before its array/);
  });
});

describe('checkInOrder', () => {
  it('gives the answers in input order, one thread', async () => {
    const texts = ['Mesotherapy removes cellulite.', 'Mesotherapy is not FDA-approved.', 'Nothing here.'];
    const started: number[] = [];
    const answers = [];
    for await (const { answer, meta } of checkInOrder(
      texts.map((text, i) => ({ task: { text, format: 'text' as const, language: undefined }, meta: `doc-${i}` })),
      1,
      (meta, i) => started.push(i),
    ))
      answers.push([meta, answer] as const);
    expect(started).toEqual([0, 1, 2]);
    expect(answers.map(([meta]) => meta)).toEqual(['doc-0', 'doc-1', 'doc-2']);
    expect(answers.map(([, a]) => ('report' in a ? a.report.findings.map((f) => f.verdict) : a.unreadable))).toEqual([
      ['overstated'],
      ['supported'],
      [],
    ]);
  });

  it.each([1, 2])(
    'takes the next document only when there is room for it (--jobs %i)',
    async (jobs) => {
      const total = jobs === 1 ? 12 : 40;
      let taken = 0;
      const most: number[] = [];
      const items = async function* () {
        for (let i = 0; i < total; i++) {
          taken++;
          await Promise.resolve();
          yield { task: { text: `Mesotherapy is safe. ${i}`, format: 'text' as const, language: undefined }, meta: i };
        }
      };
      const order: number[] = [];
      for await (const { meta } of checkInOrder(items(), jobs)) {
        order.push(meta);
        // Documents taken but not yet given back: the window, never the whole source.
        most.push(taken - order.length);
      }
      expect(order).toEqual(Array.from({ length: total }, (_, i) => i));
      expect(Math.max(...most)).toBeLessThanOrEqual(jobs === 1 ? 0 : 16);
      if (jobs > 1) expect(Math.max(...most)).toBeGreaterThan(1);
    },
    120_000,
  );
});
