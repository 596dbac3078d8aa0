/**
 * The fact-check engine's cue vocabulary for Node and bundlers (any runtime without the `browser`
 * export condition), loaded synchronously. The built package imports it through `#vocabulary`
 * (package.json `imports`), as it does the records (`#records`): built from this module,
 * dist/vocabulary/inline.js for a bundler (`module` condition) and dist/vocabulary/node.js for
 * Node, which reads the same text from a JSON file beside it (scripts/build.ts, JSON_FILES);
 * `./browser.ts` in a browser bundle. No top-level `await` here, so
 * `require('meso-evidence/factcheck')` keeps working.
 *
 * @module
 * @internal
 */
export { loadCues } from '../generated/cues.js';
