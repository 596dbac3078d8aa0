/**
 * The knowledge base's records for browser bundles (the `browser` condition of `#records`
 * in package.json `imports`): loaded with a dynamic import expression this module awaits, so a
 * bundler that splits code (esbuild, Vite, Rollup, webpack) writes the records to a file
 * of their own, fetched beside the code instead of inlined into it, while the API stays
 * synchronous.
 *
 * What it imports is `./node.js`, the module Node loads, which holds nothing Node-only: so the
 * package's dist/records/node.js holds the records itself, one file, where importing the
 * records module on its own made esbuild put them in a chunk of their own that Node then
 * loaded through dist/records/node.js, one file more for every process (issue 17).
 *
 * @module
 * @internal
 */
import type { Dataset } from '../schema/kinds.js';

const records = await import('./node.js');

/** The bundled dataset, parsed on first call (see `src/generated/dataset.ts`). */
export const loadDataset: () => Dataset = records.loadDataset;
