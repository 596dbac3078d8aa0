/**
 * The knowledge base's records for Node and bundlers (any runtime without the `browser` export
 * condition), loaded synchronously. The built package imports its records through
 * `#records` (package.json `imports`): built from this module, dist/records/inline.js for a
 * bundler (`module` condition) and dist/records/node.js for Node, which reads the same text from
 * a JSON file beside it (scripts/build.ts, JSON_FILES); `./browser.ts` in a browser bundle. No
 * top-level `await` here, so `require('meso-evidence')` keeps working.
 *
 * @module
 * @internal
 */
export { loadDataset, loadRecords } from '../generated/dataset.js';
