/**
 * A FHIR R5 `Bundle` holding Evidence and Citation resources.
 *
 * @module
 */
import type { FhirBundle, FhirCitation, FhirEvidence } from './fhir-types.js';
import { expectArray, expectShape, expectString } from '../guard.js';

/**
 * Collects resources in a `collection` bundle. Each entry's `fullUrl` is
 * `<base>/<resourceType>/<id>` when a base is given, so the relative references
 * between them (`Citation/park-2008`) resolve inside the bundle.
 *
 * @param resources - The resources.
 * @param base - The FHIR base URL to put them under, if any.
 * @returns The bundle.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { toFhirBundle, toFhirCitation } from 'meso-evidence/export';
 * toFhirBundle(knowledgeBase.dataset.studies.map(toFhirCitation), 'https://fhir.example/r5');
 * ```
 */
export function toFhirBundle(resources: readonly (FhirEvidence | FhirCitation)[], base?: string): FhirBundle {
  expectArray('toFhirBundle', 'resources', resources);
  for (const resource of resources)
    expectShape('toFhirBundle', 'each resource', resource, { resourceType: 'string' }, 'a FHIR resource');
  if (base !== undefined) expectString('toFhirBundle', 'base', base);
  const root = base?.replace(/\/+$/, '');
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: resources.map((resource) =>
      root !== undefined && resource.id !== undefined
        ? { fullUrl: `${root}/${resource.resourceType}/${resource.id}`, resource }
        : { resource },
    ),
  };
}
