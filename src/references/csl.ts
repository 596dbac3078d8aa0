/**
 * CSL-JSON for studies, for reference managers and citeproc.
 *
 * @module
 */
import type { Study } from '../schema/study.js';
import { expectStudy } from '../guard.js';

/**
 * A CSL-JSON item for a journal article (the subset of CSL fields studies fill).
 *
 * @example
 * ```ts
 * import type { CslItem } from 'meso-evidence';
 * const item: CslItem = { id: 'x-2020', type: 'article-journal', title: 'A title', author: [{ family: 'X' }], issued: { 'date-parts': [[2020]] } };
 * ```
 */
export interface CslItem {
  /** The study's id. */
  readonly id: string;
  /** Always `article-journal`. */
  readonly type: 'article-journal';
  /** The article's title. */
  readonly title: string;
  /** The authors. */
  readonly author: readonly {
    /** Family name. */
    readonly family: string;
    /** Given names or initials. */
    readonly given?: string;
  }[];
  /** Year of publication. */
  readonly issued: {
    /** `[[year]]`: CSL's date parts. */
    readonly 'date-parts': readonly (readonly number[])[];
  };
  /** The journal, as abbreviated in PubMed. */
  readonly 'container-title'?: string;
  /** The journal's abbreviation. */
  readonly 'container-title-short'?: string;
  /** Volume. */
  readonly volume?: string;
  /** Issue. */
  readonly issue?: string;
  /** Pages or article number. */
  readonly page?: string;
  /** DOI. */
  readonly DOI?: string;
  /** PubMed id. */
  readonly PMID?: string;
  /** Where to read it. */
  readonly URL?: string;
  /** Which fields are unverified, when any are. */
  readonly note?: string;
}

/**
 * Converts a study to a CSL-JSON item. Fields the study lists as unverified are
 * named in `note`.
 *
 * @param study - The study.
 * @returns The CSL-JSON item.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { knowledgeBase, toCslItem } from 'meso-evidence';
 * const items = knowledgeBase.findStudies({ intervention: 'mesotherapy' }).map(toCslItem);
 * JSON.stringify(items); // ready for citeproc or a reference manager
 * ```
 */
export function toCslItem(study: Study): CslItem {
  expectStudy('toCslItem', study);
  const c = study.citation;
  const unverified = study.unverifiedFields ?? [];
  const url =
    c.url ?? (c.doi ? `https://doi.org/${c.doi}` : c.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${c.pmid}/` : undefined);
  return {
    id: study.id,
    type: 'article-journal',
    title: c.title,
    author: c.authors.map((a) => (a.given ? { family: a.family, given: a.given } : { family: a.family })),
    issued: { 'date-parts': [[c.year]] },
    'container-title': c.journal,
    'container-title-short': c.journal,
    ...(c.volume ? { volume: c.volume } : {}),
    ...(c.issue ? { issue: c.issue } : {}),
    ...(c.pages ? { page: c.pages.replace(/\s*[–—]\s*/g, '-') } : {}),
    ...(c.doi ? { DOI: c.doi } : {}),
    ...(c.pmid ? { PMID: c.pmid } : {}),
    ...(url ? { URL: url } : {}),
    ...(unverified.length > 0 ? { note: `Unverified: ${unverified.join(', ')}` } : {}),
  };
}
