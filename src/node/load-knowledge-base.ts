/**
 * Building a knowledge base from a data directory on disk (Node only).
 *
 * @module
 */
import { KnowledgeBase } from '../kb/knowledge-base.js';
import { DataError } from '../load/problem.js';
import { validateDirectory } from './validate-directory.js';
import { expectString } from '../guard.js';

/**
 * Reads and validates `<dir>/<kind>/<id>.yaml` and builds a knowledge base from it.
 *
 * @param dir - The data directory.
 * @returns The knowledge base.
 * @throws {@link "meso-evidence/schema"!DataError | DataError} listing every problem (with file, line and column) when
 *   the data has any; no knowledge base is built from bad data.
 * @example
 * ```ts
 * import { loadKnowledgeBase } from 'meso-evidence/node';
 * import { DataError } from 'meso-evidence/schema';
 * try {
 *   const kb = loadKnowledgeBase('data');
 *   kb.dataset.studies.length;
 * } catch (error) {
 *   if (error instanceof DataError) console.error(error.message);
 * }
 * ```
 */
export function loadKnowledgeBase(dir: string): KnowledgeBase {
  expectString('loadKnowledgeBase', 'dir', dir);
  const result = validateDirectory(dir);
  if (!result.ok) throw new DataError(result.problems);
  return new KnowledgeBase(result.dataset);
}
