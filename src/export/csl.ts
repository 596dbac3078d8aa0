/**
 * CSL-JSON for studies: the library's own converter, re-exported with a helper for
 * a whole list.
 *
 * @module
 */
import { toCslItem, type CslItem } from '../references/csl.js';
import type { Study } from '../schema/study.js';

export { toCslItem, type CslItem };

/**
 * Converts studies to a CSL-JSON array (what Zotero, Pandoc and citeproc read).
 *
 * @param studies - The studies.
 * @returns One item per study, in order.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { toCslJson } from 'meso-evidence/export';
 * JSON.stringify(toCslJson(knowledgeBase.findStudies({ intervention: 'mesotherapy' })), null, 2);
 * ```
 */
export function toCslJson(studies: readonly Study[]): CslItem[] {
  return studies.map(toCslItem);
}
