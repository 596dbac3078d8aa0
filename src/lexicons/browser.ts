/**
 * The bundled knowledge base's lexicons for browser bundles (the `browser` condition of
 * `#lexicons` in package.json `imports`): none, so they do not weigh on what a page
 * loads first; the engine builds the lexicons from the records on first use.
 *
 * @module
 * @internal
 */
import type { PrebuiltTables } from '../factcheck/prebuilt.js';

/** No tables compiled at build time: the engine builds them from the records. */
export function loadTables(): PrebuiltTables | undefined {
  return undefined;
}
