/**
 * The bundled knowledge base's lexicons, compiled at build time, for Node (and any runtime
 * without the `browser` export condition). The built package imports them through
 * `#lexicons` (package.json `imports`): this module in Node, `./browser.ts` in a browser
 * bundle, which leaves them out (they would add some 30 KB gzipped to what a page loads
 * first; a browser builds the lexicons from the records on first use instead).
 *
 * @module
 * @internal
 */
export { loadTables } from '../generated/lexicons.js';
