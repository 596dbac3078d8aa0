/**
 * The bundled knowledge base's lexicons, compiled at build time, for Node (and any runtime
 * without the `browser` export condition). The built package imports them through
 * `#lexicons` (package.json `imports`): built from this module, dist/lexicons/inline.js for a
 * bundler (`module` condition) and dist/lexicons/node.js for Node, which reads each text from a
 * JSON file beside it (scripts/build.ts, JSON_FILES); `./browser.ts` in a browser
 * bundle, which leaves them out (they would add some 30 KB gzipped to what a page loads
 * first; a browser builds the lexicons from the records on first use instead).
 *
 * @module
 * @internal
 */
export { loadTables } from '../generated/lexicons.js';
