/**
 * The code systems and codes the FHIR exports use, so tests and callers can check
 * them against one place.
 *
 * @module
 */
import type { Certainty } from '../schema/evidence.js';
import type { Grade, GradeConcern } from '../schema/assessment.js';

/**
 * Canonical URLs of the code and identifier systems the FHIR exports use.
 *
 * @example
 * ```ts
 * import { FHIR_SYSTEMS } from 'meso-evidence/export';
 * FHIR_SYSTEMS.certaintyRating; // 'http://hl7.org/fhir/certainty-rating'
 * ```
 */
export const FHIR_SYSTEMS = Object.freeze({
  /** `Evidence.variableDefinition.variableRole` (population, exposure, …). */
  variableRole: 'http://terminology.hl7.org/CodeSystem/variable-role',
  /** `Evidence.certainty.type` (Overall, RiskOfBias, …). */
  certaintyType: 'http://hl7.org/fhir/certainty-type',
  /** `Evidence.certainty.rating` (high … very-low, and domain concerns). */
  certaintyRating: 'http://hl7.org/fhir/certainty-rating',
  /** PubMed ids. */
  pmid: 'https://pubmed.ncbi.nlm.nih.gov',
  /** DOIs. */
  doi: 'https://doi.org',
} as const);

/**
 * The display text of each GRADE certainty in the R5 `certainty-rating` code system;
 * the codes are the certainty values themselves.
 *
 * @example
 * ```ts
 * import { CERTAINTY_RATING_DISPLAY } from 'meso-evidence/export';
 * CERTAINTY_RATING_DISPLAY['very-low']; // 'Very low quality'
 * ```
 */
export const CERTAINTY_RATING_DISPLAY: Readonly<Record<Certainty, string>> = Object.freeze({
  high: 'High quality',
  moderate: 'Moderate quality',
  low: 'Low quality',
  'very-low': 'Very low quality',
});

/**
 * A code with its display text.
 *
 * @example
 * ```ts
 * import type { CodeWithDisplay } from 'meso-evidence/export';
 * const code: CodeWithDisplay = { code: 'serious-concern', display: 'serious concern' };
 * ```
 */
export interface CodeWithDisplay {
  /** The code. */
  readonly code: string;
  /** The code system's display text for it. */
  readonly display: string;
}

/**
 * The R5 `certainty-rating` code for a GRADE domain concern.
 *
 * @example
 * ```ts
 * import { CONCERN_RATING_CODE } from 'meso-evidence/export';
 * CONCERN_RATING_CODE.serious; // 'serious-concern'
 * ```
 */
export const CONCERN_RATING_CODE: Readonly<Record<GradeConcern, CodeWithDisplay>> = Object.freeze({
  none: Object.freeze({ code: 'no-concern', display: 'no serious concern' }),
  serious: Object.freeze({ code: 'serious-concern', display: 'serious concern' }),
  'very-serious': Object.freeze({ code: 'very-serious-concern', display: 'very serious concern' }),
});

/**
 * The R5 `certainty-type` code for each GRADE domain an assessment can rate.
 *
 * @example
 * ```ts
 * import { DOMAIN_CERTAINTY_TYPE } from 'meso-evidence/export';
 * DOMAIN_CERTAINTY_TYPE.riskOfBias; // 'RiskOfBias'
 * ```
 */
export const DOMAIN_CERTAINTY_TYPE: Readonly<
  Record<Exclude<keyof Grade, 'startingLevel' | 'largeEffect' | 'doseResponse' | 'plausibleConfounding'>, string>
> = Object.freeze({
  riskOfBias: 'RiskOfBias',
  inconsistency: 'Inconsistency',
  indirectness: 'Indirectness',
  imprecision: 'Imprecision',
  publicationBias: 'PublicationBias',
});
