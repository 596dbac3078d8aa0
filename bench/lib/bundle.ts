/**
 * Browser bundle sizes: esbuild bundles an entry that uses the built library
 * (dist/), minified, for the browser, and we gzip the result.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { distPath } from './dist.js';

/** A bundle's size, and the modules that went into it. */
export interface BundleSize {
  /** Minified bytes. */
  readonly minified: number;
  /** Gzipped bytes of the minified bundle (level 9). */
  readonly gzipped: number;
  /** Input files, relative to the repository (node_modules included). */
  readonly inputs: readonly string[];
}

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
  });
  const code = result.outputFiles[0]!.contents;
  return {
    minified: code.byteLength,
    gzipped: gzipSync(code, { level: 9 }).byteLength,
    inputs: Object.keys(result.metafile.inputs),
  };
}
