/**
 * The knowledge base's records for browser bundles (the `browser` condition of `#records`
 * in package.json `imports`): loaded with a dynamic import expression this module awaits, so a
 * bundler that splits code (esbuild, Vite, Rollup, webpack) writes the records to a file
 * of their own, fetched beside the code instead of inlined into it, while the API stays
 * synchronous.
 *
 * @module
 * @internal
 */
import type { Dataset } from '../schema/kinds.js';

const records = await import('../generated/dataset.js');

/** The bundled dataset, parsed on first call (see `src/generated/dataset.ts`). */
export const loadDataset: () => Dataset = records.loadDataset;
