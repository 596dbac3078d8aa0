/**
 * The library as users get it: the built dist/, typed by the sources. Benchmarks
 * measure the compiled JavaScript, never a transform of src/ (run `npm run build` first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root: the nearest folder up with meso-evidence's package.json (works from a bundled copy too). */
export const ROOT: string = (() => {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'meso-evidence'
    )
      return dir;
    if (dirname(dir) === dir) throw new Error('meso-evidence: cannot find the repository root');
  }
})();

/** Absolute path of a file in dist/. */
export function distPath(path: string): string {
  return join(ROOT, 'dist', path);
}

async function load<T>(path: string): Promise<T> {
  const file = distPath(path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return (await import(pathToFileURL(file).href)) as T;
}

/** `meso-evidence`. */
export const main = (): Promise<typeof import('../../src/index.js')> => load('index.js');
/** `meso-evidence/factcheck`. */
export const factcheck = (): Promise<typeof import('../../src/factcheck/index.js')> => load('factcheck/index.js');
/** `meso-evidence/schema`. */
export const schema = (): Promise<typeof import('../../src/schema/index.js')> => load('schema/index.js');
/** `meso-evidence/node`. */
export const node = (): Promise<typeof import('../../src/node/index.js')> => load('node/index.js');
