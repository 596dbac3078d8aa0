/**
 * Generated regions of the docs: every sample output and measured figure in README.md
 * and docs/*.md that a run can produce is written between
 * `<!-- generated:NAME ARGS -->` and `<!-- /generated:NAME -->` by `npm run docs:generate`,
 * and test/docs/generated-regions.test.ts fails when a region differs from a fresh run.
 * Regions need the built package (dist/).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bundleSize,
  CODE_BUDGET_KB,
  DATA_BUDGET_KB,
  FACTCHECK_ENTRY,
  QUERY_ENTRY,
  VOCABULARY_BUDGET_KB,
} from '../../bench/lib/bundle.js';
import { readResults, resultsTable } from '../../bench/lib/results.js';
import { SECURITY_CONTACT_URL } from '../../src/project.js';

/** `<!-- generated:NAME ARGS -->` … `<!-- /generated:NAME -->`, the content between on lines of its own. */
const REGION = /(<!-- generated:([\w-]+)((?: [^>]*?)?) -->\n)([\s\S]*?)(<!-- \/generated:\2 -->)/g;

/** What each region name writes, from its arguments. */
const GENERATORS: Record<string, (args: string, root: string) => Promise<string> | string> = {
  /** `cli ARGS`: the command's output, as a user sees it (colours off), under the command line. */
  cli: (args, root) => {
    const argv = args.split(/\s+/).filter(Boolean);
    let output: string;
    try {
      output = execFileSync(process.execPath, [join(root, 'dist/cli/main.js'), ...argv], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      // Exit 1 (claims overstated) and 2 (a usage error shown on purpose) are samples too.
      const { status, stdout, stderr } = error as { status?: number; stdout?: string; stderr?: string };
      if (status !== 1 && status !== 2)
        throw new Error(`meso-evidence ${args} failed (exit ${String(status)}): ${stderr ?? ''}`, { cause: error });
      output = `${stdout ?? ''}${stderr ?? ''}`;
    }
    return `\`\`\`\n$ meso-evidence ${argv.join(' ')}\n${output.trimEnd()}\n\`\`\`\n`;
  },
  /**
   * `bench-figures [ID...]`: the figures of docs/performance.md, as the last `npm run bench`
   * recorded them; only the figures named, when ids are given (docs/scale.md shows 9 and 10).
   */
  'bench-figures': (args, root) => {
    const ids = new Set(args.split(/\s+/).filter(Boolean));
    return resultsTable(readResults(root).filter((f) => ids.size === 0 || ids.has(f.id)));
  },
  /**
   * `fuzz-results`: each shape's figures as the last `npm run fuzz -- --record
   * bench/fuzz-results.json` measured them, with the date, Node version and load of its run.
   */
  'fuzz-results': (_args, root) => fuzzTable(root),
  /** `security-contact`: where to report security problems privately. */
  'security-contact': () => `<${SECURITY_CONTACT_URL}>\n`,
  /** `bundle-sizes`: figure 7 of docs/performance.md, measured from dist/. */
  'bundle-sizes': async () => {
    const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
    const query = await bundleSize(QUERY_ENTRY);
    const factcheck = await bundleSize(FACTCHECK_ENTRY);
    const rows = [
      [
        '7a',
        'query API (`knowledgeBase`)',
        query.gzipped,
        kb(query.minified),
        query.inputs.length - 1,
        CODE_BUDGET_KB.query,
      ],
      [
        '7b',
        'with the fact-check engine (`factCheck`)',
        factcheck.gzipped,
        kb(factcheck.minified),
        factcheck.inputs.length - 1,
        CODE_BUDGET_KB.factcheck,
      ],
      [
        '7c',
        "the knowledge base's records, a chunk of their own (both)",
        query.recordsGzipped,
        '—',
        '—',
        DATA_BUDGET_KB,
      ],
      [
        '7d',
        "the fact-check engine's cue vocabulary, a chunk of its own (7b)",
        factcheck.vocabularyGzipped,
        '—',
        '—',
        VOCABULARY_BUDGET_KB,
      ],
    ] as const;
    return [
      '| #   | what the browser loads (esbuild, browser, splitting, minified, gzip -9 per file) | gzipped | minified | modules | budget |      |',
      '| --- | -------------------------------------------- | ------- | ------------ | ------- | ------ | ---- |',
      ...rows.map(
        ([id, what, bytes, whole, modules, limit]) =>
          `| ${id} | ${what} | ${kb(bytes)} | ${whole} | ${modules} | ≤ ${limit} KB | ${bytes <= limit * 1024 ? 'pass' : 'FAIL'} |`,
      ),
      '',
    ].join('\n');
  },
};

/** The Markdown files that may hold regions: README.md and docs/*.md (not the generated API docs). */
export function documentFiles(root: string): string[] {
  return [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `docs/${name}`),
  ];
}

/** The names and arguments of the regions in a text. */
export function regionsIn(text: string): { name: string; args: string }[] {
  return [...text.matchAll(REGION)].map((match) => ({ name: match[2] ?? '', args: (match[3] ?? '').trim() }));
}

/**
 * The text with every region written afresh. Tables are left for Prettier to align:
 * the caller formats the result.
 */
export async function regenerate(text: string, root: string): Promise<string> {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(REGION)) {
    const [all, open = '', name = '', args = '', , close = ''] = match;
    const generate = GENERATORS[name];
    if (!generate)
      throw new Error(`unknown generated region \`${name}\`; known: ${Object.keys(GENERATORS).join(', ')}`);
    out += text.slice(last, match.index) + open + (await generate(args.trim(), root)) + close;
    last = match.index + all.length;
  }
  return out + text.slice(last);
}

/** Reads a document. */
export function readDocument(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/** One shape's figures in bench/fuzz-results.json (written by scripts/fuzz.ts). */
interface FuzzFigure {
  readonly size: number;
  readonly factor: number;
  readonly smallMs: number;
  readonly largeMs: number;
  readonly timeRatio: number;
  readonly peakTimesInput: number;
  readonly reportTimesInput: number;
  readonly ok: boolean;
  readonly run: string;
}

/** bench/fuzz-results.json as a Markdown table, a row per shape. */
function fuzzTable(root: string): string {
  const recorded = JSON.parse(readFileSync(join(root, 'bench/fuzz-results.json'), 'utf8')) as Record<
    string,
    FuzzFigure
  >;
  const mb = (bytes: number): string => `${Number((bytes / 1_000_000).toFixed(2))} MB`;
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  const rows = Object.entries(recorded).map(([shape, f]) =>
    [
      shape,
      `${mb(f.size)} → ${mb(f.factor * f.size)}`,
      `${seconds(f.smallMs)} → ${seconds(f.largeMs)}`,
      `${f.timeRatio}×`,
      `${f.peakTimesInput}×`,
      `${f.reportTimesInput}×`,
      f.ok ? 'yes' : '**no**',
      f.run,
    ].join(' | '),
  );
  return [
    '| Shape | Input | CPU time | Time ratio | Peak RSS growth / input | Report / input | Within budget | Run |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    '',
  ].join('\n');
}
