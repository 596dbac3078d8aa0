/**
 * Browser bundle sizes: esbuild bundles an entry that uses the built library
 * (dist/), minified, for the browser, and we gzip the result.
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { distPath } from './dist.js';

/** A bundle's size, and the modules that went into it. */
export interface BundleSize {
  /** Minified bytes. */
  readonly minified: number;
  /** Gzipped bytes of the minified bundle (level 9). */
  readonly gzipped: number;
  /** Gzipped bytes of the same bundle with the knowledge base's records left out: the code. */
  readonly codeGzipped: number;
  /** Gzipped bytes of the knowledge base's records alone (their JSON text). */
  readonly dataGzipped: number;
  /** Input files, relative to the repository (node_modules included). */
  readonly inputs: readonly string[];
}

/**
 * Budgets for the code of each bundle, gzipped, in KB (issue 7): the records are measured
 * apart, since the knowledge base grows with the evidence and the code must not.
 */
export const CODE_BUDGET_KB = { query: 40, factcheck: 150 } as const;

/**
 * Budget for the knowledge base's records, gzipped, in KB: a tripwire for accidental
 * growth (71 studies with GRADE reasons in two languages take about 105 KB). Shipping the
 * records apart from the code is issue 17's work.
 */
export const DATA_BUDGET_KB = 128;

/** The query API alone: what an app embedding lookups and verdicts downloads. */
export const QUERY_ENTRY = `import { knowledgeBase } from ${JSON.stringify(distPath('index.js'))};
console.log(knowledgeBase.study('park-2008')?.citation.year, knowledgeBase.judge({ subject: 'mesotherapy', predicate: 'effective-for', object: 'cellulite', polarity: 'affirm' }).verdict);`;

/** The query API with the fact-check engine (Markdown parsing included). */
export const FACTCHECK_ENTRY = `import { knowledgeBase } from ${JSON.stringify(distPath('index.js'))};
import { factCheck } from ${JSON.stringify(distPath('factcheck/index.js'))};
console.log(knowledgeBase.study('park-2008')?.citation.year, factCheck('Mesotherapy melts cellulite.').findings.length);`;

/**
 * Bundles `entry` (module source) for the browser, minified, and measures it. Fails
 * when the entry pulls in a Node built-in.
 */
export async function bundleSize(entry: string): Promise<BundleSize> {
  const whole = await bundle(entry, false);
  const code = await bundle(entry, true);
  return {
    minified: whole.code.byteLength,
    gzipped: gzipSync(whole.code, { level: 9 }).byteLength,
    codeGzipped: gzipSync(code.code, { level: 9 }).byteLength,
    dataGzipped: gzipSync(code.data, { level: 9 }).byteLength,
    inputs: whole.inputs,
  };
}

/** The records are one JSON text in the built chunk: `var json = \`{"sources":…}\``. */
const RECORDS = /var json = `(\{"sources":(?:[^`\\$]|\\.)*)`/;

async function bundle(
  entry: string,
  withoutRecords: boolean,
): Promise<{ code: Uint8Array; data: string; inputs: string[] }> {
  let data = '';
  const result = await build({
    stdin: { contents: entry, loader: 'js', resolveDir: distPath('.'), sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: withoutRecords
      ? [
          {
            name: 'without-records',
            setup(build) {
              build.onLoad({ filter: /\.js$/ }, async (args) => {
                const contents = await readFile(args.path, 'utf8');
                const found = RECORDS.exec(contents);
                if (!found) return undefined;
                data = found[1] ?? '';
                return { contents: contents.replace(RECORDS, 'var json = `{}`'), loader: 'js' };
              });
            },
          },
        ]
      : [],
  });
  if (withoutRecords && data === '') throw new Error('bundleSize: the records were not found in the built chunks');
  return { code: result.outputFiles[0]!.contents, data, inputs: Object.keys(result.metafile.inputs) };
}
