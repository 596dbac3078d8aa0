/**
 * FHIR R5 `Evidence` resources for assessments.
 *
 * @module
 */
import { loadDataset } from '../generated/dataset.js';
import { formatReference } from '../references/vancouver.js';
import type { Assessment } from '../schema/assessment.js';
import type { Language } from '../schema/common.js';
import type { Direction } from '../schema/evidence.js';
import type { Dataset } from '../schema/kinds.js';
import { CERTAINTY_RATING_DISPLAY, CONCERN_RATING_CODE, DOMAIN_CERTAINTY_TYPE, FHIR_SYSTEMS } from './codes.js';
import type { EvidenceCertainty, FhirEvidence, RelatedArtifact } from './fhir-types.js';
import { expectShape, ownOptions } from '../guard.js';

/**
 * Options for {@link toFhirEvidence}.
 *
 * @example
 * ```ts
 * import type { FhirEvidenceOptions } from 'meso-evidence/export';
 * const options: FhirEvidenceOptions = { language: 'nb' };
 * ```
 */
export interface FhirEvidenceOptions {
  /** The records to take names and cited studies from; the bundled dataset by default. */
  readonly dataset?: Dataset;
  /** The language of the texts (default `en`). */
  readonly language?: Language;
}

const CONCLUSION: Record<Direction, Record<Language, (subject: string, indication: string) => string>> = {
  benefit: { en: (s, i) => `${s} benefits ${i}.`, nb: (s, i) => `${s} har effekt mot ${i}.` },
  'no-benefit': { en: (s, i) => `${s} does not benefit ${i}.`, nb: (s, i) => `${s} har ingen effekt mot ${i}.` },
  harm: {
    en: (s, i) => `${s} does more harm than good for ${i}.`,
    nb: (s, i) => `${s} gjør mer skade enn nytte mot ${i}.`,
  },
  insufficient: {
    en: (s, i) => `The evidence is insufficient to tell whether ${s} benefits ${i}.`,
    nb: (s, i) => `Det er for lite kunnskap til å si om ${s} har effekt mot ${i}.`,
  },
};

const CERTAINTY_WORDS: Record<Language, Record<Assessment['certainty'], string>> = {
  en: { high: 'high', moderate: 'moderate', low: 'low', 'very-low': 'very low' },
  nb: { high: 'høy', moderate: 'moderat', low: 'lav', 'very-low': 'svært lav' },
};

function nameOf(data: Dataset, id: string, language: Language): string {
  const record = data.interventions.find((r) => r.id === id) ?? data.indications.find((r) => r.id === id);
  const name = record?.names[language][0] ?? record?.names.en[0];
  return name === undefined ? id : name.replace(/^\*+|\*+$/g, '');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The R5 `certainty-type` code of each GRADE reason to rate up. */
const UPGRADE_CERTAINTY_TYPE: readonly (readonly ['largeEffect' | 'doseResponse' | 'plausibleConfounding', string])[] =
  [
    ['largeEffect', 'LargeEffect'],
    ['doseResponse', 'DoseResponseGradient'],
    ['plausibleConfounding', 'PlausibleConfounding'],
  ];

function certaintyOf(assessment: Assessment, language: Language): EvidenceCertainty {
  const grade = assessment.grade;
  const subcomponent: EvidenceCertainty[] = [];
  for (const [domain, type] of Object.entries(DOMAIN_CERTAINTY_TYPE) as [
    keyof typeof DOMAIN_CERTAINTY_TYPE,
    string,
  ][]) {
    const rating = CONCERN_RATING_CODE[grade[domain].concern];
    subcomponent.push({
      type: { coding: [{ system: FHIR_SYSTEMS.certaintyType, code: type }] },
      rating: { coding: [{ system: FHIR_SYSTEMS.certaintyRating, code: rating.code, display: rating.display }] },
    });
  }
  for (const [upgrade, type] of UPGRADE_CERTAINTY_TYPE) {
    const found = grade[upgrade];
    if (found === undefined) continue;
    const levels = found.levels ?? 1;
    subcomponent.push({
      type: { coding: [{ system: FHIR_SYSTEMS.certaintyType, code: type }] },
      rating: {
        coding: [
          { system: FHIR_SYSTEMS.certaintyRating, code: `upcode${levels}`, display: `increase rating: +${levels}` },
        ],
      },
    });
  }
  return {
    description: assessment.rationale[language] ?? assessment.rationale.en,
    type: { coding: [{ system: FHIR_SYSTEMS.certaintyType, code: 'Overall' }], text: 'Overall certainty' },
    rating: {
      coding: [
        {
          system: FHIR_SYSTEMS.certaintyRating,
          code: assessment.certainty,
          display: CERTAINTY_RATING_DISPLAY[assessment.certainty],
        },
      ],
    },
    rater: 'meso-evidence',
    ...(subcomponent.length > 0 ? { subcomponent } : {}),
  };
}

/**
 * Converts an assessment to an R5 `Evidence` resource: the indication as the
 * `population` variable and the intervention as the `exposure` (codes from
 * `http://terminology.hl7.org/CodeSystem/variable-role`), the GRADE certainty as an
 * `Overall` rating (`http://hl7.org/fhir/certainty-type`) with the code `high`,
 * `moderate`, `low` or `very-low` (`http://hl7.org/fhir/certainty-rating`) and the
 * rated GRADE domains as subcomponents, the conclusion as `assertion`, and each
 * cited study as a `relatedArtifact` of type `citation` pointing at its `Citation`
 * resource. Status is `active` for verified assessments, `draft` otherwise.
 *
 * @param assessment - The assessment.
 * @param options - The dataset for names and studies, and the language.
 * @returns The resource, ready for `JSON.stringify`.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { toFhirEvidence } from 'meso-evidence/export';
 * const match = knowledgeBase.assessment('mesotherapy', 'cellulite');
 * if (match) toFhirEvidence(match.assessment).certainty?.[0]?.rating?.coding?.[0]?.code; // 'very-low'
 * ```
 */
export function toFhirEvidence(assessment: Assessment, options: FhirEvidenceOptions = {}): FhirEvidence {
  // Own properties only: a polluted Object.prototype must not set an option.
  options = ownOptions(options);
  expectShape(
    'toFhirEvidence',
    'assessment',
    assessment,
    { id: 'string', subject: 'string', indication: 'string', studies: 'array', rationale: 'object' },
    'an assessment record',
  );
  const data = options.dataset ?? loadDataset();
  const language = options.language ?? 'en';
  const subject = nameOf(data, assessment.subject, language);
  const indication = nameOf(data, assessment.indication, language);
  const relatedArtifact: RelatedArtifact[] = [];
  for (const id of assessment.studies) {
    const study = data.studies.find((s) => s.id === id);
    relatedArtifact.push({
      type: 'citation',
      label: id,
      ...(study ? { citation: formatReference(study) } : {}),
      ...(study?.citation.doi ? { document: { url: `https://doi.org/${study.citation.doi}` } } : {}),
      resourceReference: { reference: `Citation/${id}` },
    });
  }
  const certainty = CERTAINTY_WORDS[language][assessment.certainty];
  const conclusion = capitalize(CONCLUSION[assessment.direction][language](subject, indication));
  return {
    resourceType: 'Evidence',
    id: assessment.id,
    title: language === 'nb' ? `${capitalize(subject)} mot ${indication}` : `${capitalize(subject)} for ${indication}`,
    status: assessment.verification === 'verified' ? 'active' : 'draft',
    description: assessment.rationale[language] ?? assessment.rationale.en,
    assertion:
      language === 'nb'
        ? `${conclusion} Kunnskapsgrunnlaget har ${certainty} tillit (GRADE).`
        : `${conclusion} Certainty of evidence: ${certainty} (GRADE).`,
    ...(relatedArtifact.length > 0 ? { relatedArtifact } : {}),
    variableDefinition: [
      {
        description: capitalize(indication),
        variableRole: { coding: [{ system: FHIR_SYSTEMS.variableRole, code: 'population' }] },
      },
      {
        description: capitalize(subject),
        variableRole: { coding: [{ system: FHIR_SYSTEMS.variableRole, code: 'exposure' }] },
      },
    ],
    certainty: [certaintyOf(assessment, language)],
  };
}
