/**
 * Vancouver-style (ICMJE/NLM) references for studies.
 *
 * @module
 */
import type { Author, Study } from '../schema/study.js';
import { expectStudy } from '../guard.js';

/**
 * Options for {@link formatReference}.
 *
 * @example
 * ```ts
 * import type { ReferenceOptions } from 'meso-evidence';
 * const options: ReferenceOptions = { maxAuthors: 3, unverifiedMark: ' (?)' };
 * ```
 */
export interface ReferenceOptions {
  /** Authors listed before "et al." (default 6, as the ICMJE recommends). */
  readonly maxAuthors?: number;
  /** Put after each field the study lists in `unverifiedFields` (default `" [unverified]"`). */
  readonly unverifiedMark?: string;
}

function author(a: Author): string {
  return a.given ? `${a.family} ${a.given}` : a.family;
}

function endSentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** Page ranges use a hyphen in Vancouver style. */
function pages(text: string): string {
  return text.replace(/\s*[–—]\s*/g, '-');
}

/**
 * Formats a study as a Vancouver-style reference: authors (six, then "et al."),
 * title, journal abbreviation, year;volume(issue):pages, DOI and PMID. Fields the
 * study lists in `unverifiedFields` are marked.
 *
 * @param study - The study.
 * @param options - How many authors, and how to mark unverified fields.
 * @returns The reference, as plain text.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { knowledgeBase, formatReference } from 'meso-evidence';
 * const park = knowledgeBase.study('park-2008');
 * if (park) formatReference(park);
 * // 'Park SH, Kim DW, Lee MA, Yoo SC, Rhee SC, Koo SH, et al. Effectiveness of mesotherapy on body contouring.
 * //  Plast Reconstr Surg. 2008;121(4):179e-185e. doi:10.1097/01.prs.0000304611.71480.0a. PMID: 18349597'
 * ```
 */
export function formatReference(study: Study, options: ReferenceOptions = {}): string {
  expectStudy('formatReference', study);
  const c = study.citation;
  const unverified = new Set(study.unverifiedFields ?? []);
  const markText = options.unverifiedMark ?? ' [unverified]';
  const mark = (field: string): string => (unverified.has(`citation.${field}`) ? markText : '');
  const max = Math.max(1, Math.floor(options.maxAuthors ?? 6));
  const listed = c.authors.slice(0, max).map(author);
  const etAl = c.authors.length > max || c.etAl === true;
  const authors = `${listed.join(', ')}${etAl ? ', et al' : ''}`;
  const parts = [
    `${authors}.${mark('authors')}`,
    `${endSentence(c.title)}${mark('title')}`,
    `${c.journal}.${mark('journal')}`,
  ];
  let source = `${c.year}${mark('year')}`;
  if (c.volume) source += `;${c.volume}${mark('volume')}`;
  if (c.issue) source += `(${c.issue})${mark('issue')}`;
  if (c.pages) source += `${c.volume || c.issue ? ':' : ';'}${pages(c.pages)}${mark('pages')}`;
  parts.push(`${source}.`);
  if (c.doi) parts.push(`doi:${c.doi}.${mark('doi')}`);
  if (c.pmid) parts.push(`PMID: ${c.pmid}${mark('pmid')}`);
  if (!c.doi && !c.pmid && c.url) parts.push(`Available from: ${c.url}${mark('url')}`);
  return parts.join(' ');
}
