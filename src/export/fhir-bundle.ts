/**
 * A FHIR R5 `Bundle` holding Evidence and Citation resources.
 *
 * @module
 */
import type { FhirBundle, FhirCitation, FhirEvidence } from './fhir-types.js';

/**
 * Collects resources in a `collection` bundle. Each entry's `fullUrl` is
 * `<base>/<resourceType>/<id>` when a base is given, so the relative references
 * between them (`Citation/park-2008`) resolve inside the bundle.
 *
 * @param resources - The resources.
 * @param base - The FHIR base URL to put them under, if any.
 * @returns The bundle.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { toFhirBundle, toFhirCitation } from 'meso-evidence/export';
 * toFhirBundle(knowledgeBase.dataset.studies.map(toFhirCitation), 'https://fhir.example/r5');
 * ```
 */
export function toFhirBundle(resources: readonly (FhirEvidence | FhirCitation)[], base?: string): FhirBundle {
  const root = base?.replace(/\/+$/, '');
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: resources.map((resource) =>
      root !== undefined && resource.id !== undefined ? { fullUrl: `${root}/${resource.resourceType}/${resource.id}`, resource } : { resource },
    ),
  };
}
