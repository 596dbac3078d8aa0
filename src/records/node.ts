/**
 * The knowledge base's records for Node (and any runtime without the `browser` export
 * condition), loaded synchronously. The built package imports its records through
 * `#records` (package.json `imports`): this module in Node, `./browser.ts` in a browser
 * bundle. No top-level `await` here, so `require('meso-evidence')` keeps working.
 *
 * @module
 * @internal
 */
export { loadDataset } from '../generated/dataset.js';
