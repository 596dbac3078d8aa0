/**
 * Browser bundle sizes: esbuild bundles an entry that uses the built library (dist/),
 * minified, for the browser, with code splitting as an app's bundler does it, and we
 * gzip each output file. What the page loads with its first script (the entry chunk and
 * every chunk it imports statically) is the code; what is loaded through a dynamic
 * `import()` (the knowledge base's records, the fact-check engine's cue vocabulary) is a file
 * of its own, measured apart.
 */
import { build, type Metafile, type OutputFile } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { distPath, ROOT } from './dist.js';

/** A bundle's size, and the modules that went into it. */
export interface BundleSize {
  /** Minified bytes of the code: the entry chunk and the chunks it imports statically. */
  readonly minified: number;
  /** Gzipped bytes (level 9) of the code, each file gzipped on its own, summed: what the browser downloads first. */
  readonly gzipped: number;
  /** Gzipped bytes of the files loaded through a dynamic `import()`: the records and the cue vocabulary. */
  readonly lazyGzipped: number;
  /** Gzipped bytes of the lazily loaded files that hold the knowledge base's records (see {@link isRecordsInput}). */
  readonly recordsGzipped: number;
  /** Gzipped bytes of the lazily loaded files that hold the cue vocabulary (see {@link isVocabularyInput}). */
  readonly vocabularyGzipped: number;
  /** Output files of the code. */
  readonly files: number;
  /** Input files of the code, relative to the repository (node_modules included). */
  readonly inputs: readonly string[];
  /** Input files of the lazily loaded files. */
  readonly lazyInputs: readonly string[];
}

/**
 * Budgets for what a browser downloads before the first query, gzipped, in KB (issue 17):
 * everything but the records, which are a file of their own.
 */
export const CODE_BUDGET_KB = { query: 40, factcheck: 80 } as const;

/**
 * Budget for the knowledge base's records, gzipped, in KB: a tripwire for accidental
 * growth (71 studies with GRADE reasons in two languages take about 105 KB). They are
 * loaded beside the code, as a chunk of their own.
 */
export const DATA_BUDGET_KB = 128;

/**
 * Budget for the fact-check engine's cue vocabulary (data/cues), gzipped, in KB: a tripwire for
 * accidental growth. Like the records, it is loaded beside the code, as a chunk of its own, so the
 * vocabulary can grow without the code's budget (7b) paying for it. It was 40 KB when 101 cues in
 * two languages took some 22 KB; at 164 cues the chunk reached 39.5 KB, some 15 KB of it the
 * descriptions that contributors read and that the API returns with each cue, so the tripwire was
 * set again about a fifth above that (December 2026): growth that is meant lands in the vocabulary,
 * and a jump past this still fails the bundle test.
 */
export const VOCABULARY_BUDGET_KB = 48;

/** Whether a bundle's input is a module of the records: dist/records/inline.js holds them (src/records/browser.ts imports it). */
export const isRecordsInput = (file: string): boolean =>
  file.includes('dataset') || file.endsWith('dist/records/inline.js');

/** Whether a bundle's input is a module of the cue vocabulary: dist/vocabulary/inline.js holds it (src/vocabulary/browser.ts imports it). */
export const isVocabularyInput = (file: string): boolean =>
  file.includes('generated/cues') || file.endsWith('dist/vocabulary/inline.js');

/** The query API alone: what an app embedding lookups and verdicts downloads. */
export const QUERY_ENTRY = `import { knowledgeBase } from ${JSON.stringify(distPath('index.js'))};
console.log(knowledgeBase.study('park-2008')?.citation.year, knowledgeBase.judge({ subject: 'mesotherapy', predicate: 'effective-for', object: 'cellulite', polarity: 'affirm' }).verdict);`;

/** The query API with the fact-check engine (Markdown parsing included). */
export const FACTCHECK_ENTRY = `import { knowledgeBase } from ${JSON.stringify(distPath('index.js'))};
import { factCheck } from ${JSON.stringify(distPath('factcheck/index.js'))};
console.log(knowledgeBase.study('park-2008')?.citation.year, factCheck('Mesotherapy melts cellulite.').findings.length);`;

/** Where the output would go (nothing is written): the metafile names outputs relative to {@link ROOT}. */
const OUT = join(ROOT, 'node_modules/.cache/meso-bundle-size');

/**
 * Bundles `entry` (module source) for the browser, minified, with code splitting, and
 * measures it. Fails when the entry pulls in a Node built-in.
 */
export async function bundleSize(entry: string): Promise<BundleSize> {
  const result = await build({
    entryPoints: ['entry'],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: OUT,
    absWorkingDir: ROOT,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'entry',
        setup(build) {
          build.onResolve({ filter: /^entry$/ }, () => ({ path: 'entry', namespace: 'entry' }));
          build.onLoad({ filter: /.*/, namespace: 'entry' }, () => ({
            contents: entry,
            loader: 'js',
            resolveDir: distPath('.'),
          }));
        },
      },
    ],
  });
  const outputs = result.metafile.outputs;
  const files = new Map<string, OutputFile>(result.outputFiles.map((file) => [file.path, file]));
  const start = Object.keys(outputs).find((path) => outputs[path]?.entryPoint !== undefined);
  if (start === undefined) throw new Error('bundleSize: no entry chunk');
  const code = staticClosure(outputs, start);
  const lazy = Object.keys(outputs).filter((path) => path.endsWith('.js') && !code.has(path));
  const gzip = (paths: Iterable<string>): number => {
    let bytes = 0;
    for (const path of paths) bytes += gzipSync(fileOf(files, path).contents, { level: 9 }).byteLength;
    return bytes;
  };
  const inputsOf = (paths: Iterable<string>): string[] =>
    [...new Set([...paths].flatMap((path) => Object.keys(outputs[path]?.inputs ?? {})))].sort();
  return {
    minified: [...code].reduce((sum, path) => sum + fileOf(files, path).contents.byteLength, 0),
    gzipped: gzip(code),
    lazyGzipped: gzip(lazy),
    recordsGzipped: gzip(lazy.filter((path) => inputsOf([path]).some(isRecordsInput))),
    vocabularyGzipped: gzip(lazy.filter((path) => inputsOf([path]).some(isVocabularyInput))),
    files: code.size,
    inputs: inputsOf(code),
    lazyInputs: inputsOf(lazy),
  };
}

/** The output files loaded with `start`: it and every file it imports statically, transitively. */
function staticClosure(outputs: Metafile['outputs'], start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let path = queue.pop(); path !== undefined; path = queue.pop())
    for (const { path: imported, kind } of outputs[path]?.imports ?? [])
      if (kind === 'import-statement' && !seen.has(imported)) {
        seen.add(imported);
        queue.push(imported);
      }
  return seen;
}

function fileOf(files: ReadonlyMap<string, OutputFile>, path: string): OutputFile {
  const file = files.get(resolve(ROOT, path));
  if (!file) throw new Error(`bundleSize: output ${path} not found`);
  return file;
}
