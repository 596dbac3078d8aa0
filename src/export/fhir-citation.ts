/**
 * FHIR R5 `Citation` resources for studies.
 *
 * @module
 */
import type { Study } from '../schema/study.js';
import { FHIR_SYSTEMS } from './codes.js';
import type { FhirCitation, Identifier } from './fhir-types.js';
import { expectStudy } from '../guard.js';

/**
 * Converts a study to an R5 `Citation` (status `active`): PMID and DOI identifiers,
 * title, journal, volume, issue, year and pages, and the authors in order.
 *
 * @param study - The study.
 * @returns The resource, ready for `JSON.stringify`.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { toFhirCitation } from 'meso-evidence/export';
 * const park = knowledgeBase.study('park-2008');
 * if (park) toFhirCitation(park).citedArtifact?.identifier;
 * // [{ system: 'https://pubmed.ncbi.nlm.nih.gov', value: '18349597', … }, { system: 'https://doi.org', … }]
 * ```
 */
export function toFhirCitation(study: Study): FhirCitation {
  expectStudy('toFhirCitation', study);
  const c = study.citation;
  const identifier: Identifier[] = [];
  if (c.pmid) identifier.push({ type: { text: 'PMID' }, system: FHIR_SYSTEMS.pmid, value: c.pmid });
  if (c.doi) identifier.push({ type: { text: 'DOI' }, system: FHIR_SYSTEMS.doi, value: c.doi });
  const url = c.url ?? (c.doi ? `https://doi.org/${c.doi}` : undefined);
  return {
    resourceType: 'Citation',
    id: study.id,
    title: `Citation for ${c.title}`,
    status: 'active',
    citedArtifact: {
      ...(identifier.length > 0 ? { identifier } : {}),
      title: [{ text: c.title }],
      publicationForm: [
        {
          publishedIn: { title: c.journal },
          ...(c.volume ? { volume: c.volume } : {}),
          ...(c.issue ? { issue: c.issue } : {}),
          articleDate: String(c.year),
          ...(c.pages ? { pageString: c.pages } : {}),
        },
      ],
      ...(url ? { webLocation: [{ url }] } : {}),
      contributorship: {
        complete: c.etAl !== true,
        entry: c.authors.map((a, i) => ({
          contributor: { display: a.given ? `${a.family} ${a.given}` : a.family },
          ...(a.given ? { forenameInitials: a.given } : {}),
          rankingOrder: i + 1,
        })),
      },
    },
  };
}
