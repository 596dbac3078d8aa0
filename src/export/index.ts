/**
 * `meso-evidence/export`: the knowledge base and fact-check findings in standard
 * formats: schema.org ClaimReview JSON-LD, HL7 FHIR R5 `Evidence` and `Citation`,
 * and CSL-JSON.
 *
 * @module
 */
export {
  CLAIM_REVIEWED_MAX_LENGTH,
  MESO_EVIDENCE_ORGANIZATION,
  claimFragment,
  shortenClaim,
  toClaimReview,
  type ClaimReview,
  type ClaimReviewOptions,
  type SchemaAgent,
} from './claim-review.js';
export { stringifyJsonLd } from './json-ld.js';
export { RATING_SCALE, type RatingStep } from './rating-scale.js';
export {
  CERTAINTY_RATING_DISPLAY,
  CONCERN_RATING_CODE,
  DOMAIN_CERTAINTY_TYPE,
  FHIR_SYSTEMS,
  type CodeWithDisplay,
} from './codes.js';
export { toFhirEvidence, type FhirEvidenceOptions } from './fhir-evidence.js';
export { toFhirCitation } from './fhir-citation.js';
export { toFhirBundle } from './fhir-bundle.js';
export { toCslItem, toCslJson, type CslItem } from './csl.js';
export type {
  Annotation,
  CitationContributor,
  CitationPublicationForm,
  CitedArtifact,
  CodeableConcept,
  Coding,
  EvidenceCertainty,
  EvidenceVariableDefinition,
  FhirBundle,
  FhirCitation,
  FhirEvidence,
  Identifier,
  Reference,
  RelatedArtifact,
} from './fhir-types.js';
