/**
 * CSL-JSON for studies: the library's own converter, re-exported with a helper for
 * a whole list.
 *
 * @module
 */
import { toCslItem, type CslItem } from '../references/csl.js';
import type { Study } from '../schema/study.js';
import { expectArray } from '../guard.js';

export { toCslItem, type CslItem };

/**
 * Converts studies to a CSL-JSON array (what Zotero, Pandoc and citeproc read).
 *
 * @param studies - The studies.
 * @returns One item per study, in order.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { toCslJson } from 'meso-evidence/export';
 * JSON.stringify(toCslJson(knowledgeBase.findStudies({ intervention: 'mesotherapy' })), null, 2);
 * ```
 */
export function toCslJson(studies: readonly Study[]): CslItem[] {
  expectArray('toCslJson', 'studies', studies);
  // A sparse array of length 2³¹ would take a minute to walk: no knowledge base holds a million studies.
  if (studies.length > 1_000_000) throw new RangeError('toCslJson: studies must hold at most 1,000,000 studies');
  return studies.map(toCslItem);
}
