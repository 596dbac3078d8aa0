/**
 * The knowledge base's records for browser bundles (the `browser` condition of `#records`
 * in package.json `imports`): loaded with a dynamic import expression this module awaits, so a
 * bundler that splits code (esbuild, Vite, Rollup, webpack) writes the records to a file
 * of their own, fetched beside the code instead of inlined into it, while the API stays
 * synchronous.
 *
 * What it imports is `./node.js`, which holds nothing Node-only, built as the package's
 * dist/records/inline.js (what bundlers get under the `module` condition; Node reads the
 * records from a JSON file instead, see scripts/build.ts): it holds the records itself, one
 * file, where importing the records module on its own made esbuild put them in a chunk of
 * their own, one file more (issue 17).
 *
 * @module
 * @internal
 */
import type { Dataset } from '../schema/kinds.js';

const records = await import('./node.js');

/** The bundled dataset, parsed on first call (see `src/generated/dataset.ts`). */
export const loadDataset: () => Dataset = records.loadDataset;

/** The same records before they are frozen (see `src/generated/dataset.ts`). */
export const loadRecords: () => Dataset = records.loadRecords;
