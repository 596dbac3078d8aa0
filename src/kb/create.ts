/**
 * Building a knowledge base from records passed in memory, validating fully.
 *
 * @module
 */
import { DataError } from '../load/problem.js';
import { validateRecords, type RecordsInput } from '../load/validate.js';
import { KnowledgeBase } from './knowledge-base.js';

/**
 * Validates records (schemas and cross-record rules, as the loader does for files)
 * and builds a knowledge base from them. Works in any runtime.
 *
 * @param records - Records per kind; kinds left out are empty.
 * @returns The knowledge base.
 * @throws {@link DataError} listing every problem when any record is invalid; no
 *   knowledge base is built from bad data.
 * @example
 * ```ts
 * import { createKnowledgeBase } from 'meso-evidence/schema';
 * const kb = createKnowledgeBase({
 *   indications: [{ id: 'pain', names: { en: ['pain'], nb: ['smerte'] }, description: { en: 'Pain.' } }],
 * });
 * kb.search('smerter', { lang: 'nb' })[0]?.id; // 'pain'
 * ```
 */
export function createKnowledgeBase(records: RecordsInput): KnowledgeBase {
  const result = validateRecords(records);
  if (!result.ok) throw new DataError(result.problems);
  return new KnowledgeBase(result.dataset);
}
