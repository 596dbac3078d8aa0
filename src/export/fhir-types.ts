/**
 * The few HL7 FHIR R5 (5.0.0) data types and resources the exports produce,
 * written by hand: the published type packages cover R4 only.
 *
 * @module
 */

/**
 * A code from a code system.
 *
 * @example
 * ```ts
 * import type { Coding } from 'meso-evidence/export';
 * const coding: Coding = { system: 'http://hl7.org/fhir/certainty-rating', code: 'low', display: 'Low quality' };
 * ```
 */
export interface Coding {
  /** The code system's canonical URL. */
  readonly system: string;
  /** The code. */
  readonly code: string;
  /** The code system's display text for the code. */
  readonly display?: string;
}

/**
 * Codes and a text for one concept.
 *
 * @example
 * ```ts
 * import type { CodeableConcept } from 'meso-evidence/export';
 * const concept: CodeableConcept = { coding: [{ system: 'http://hl7.org/fhir/certainty-type', code: 'Overall' }], text: 'Overall certainty' };
 * ```
 */
export interface CodeableConcept {
  /** Codes for the concept. */
  readonly coding?: readonly Coding[];
  /** The concept in words. */
  readonly text?: string;
}

/**
 * An identifier in a system, such as a PubMed id.
 *
 * @example
 * ```ts
 * import type { Identifier } from 'meso-evidence/export';
 * const pmid: Identifier = { system: 'https://pubmed.ncbi.nlm.nih.gov', value: '18349597' };
 * ```
 */
export interface Identifier {
  /** Which kind of identifier, in words or codes. */
  readonly type?: CodeableConcept;
  /** The namespace of the value. */
  readonly system: string;
  /** The identifier. */
  readonly value: string;
}

/**
 * A reference to another resource, by relative URL or display text.
 *
 * @example
 * ```ts
 * import type { Reference } from 'meso-evidence/export';
 * const ref: Reference = { reference: 'Citation/park-2008', display: 'Park 2008' };
 * ```
 */
export interface Reference {
  /** A relative (`Citation/park-2008`) or absolute URL. */
  readonly reference?: string;
  /** Text for the referenced resource. */
  readonly display?: string;
}

/**
 * A related artifact (R5 `RelatedArtifact`), here a study an assessment cites.
 *
 * @example
 * ```ts
 * import type { RelatedArtifact } from 'meso-evidence/export';
 * const cite: RelatedArtifact = { type: 'citation', citation: 'Park SH, et al. Plast Reconstr Surg. 2008.' };
 * ```
 */
export interface RelatedArtifact {
  /** `citation` for a cited study. */
  readonly type:
    | 'documentation'
    | 'justification'
    | 'citation'
    | 'predecessor'
    | 'successor'
    | 'derived-from'
    | 'depends-on'
    | 'composed-of'
    | 'cite-as';
  /** A short label. */
  readonly label?: string;
  /** The bibliographic citation, formatted. */
  readonly citation?: string;
  /** Where the artifact can be read. */
  readonly document?: {
    /** The address. */
    readonly url: string;
    /** Its title. */
    readonly title?: string;
  };
  /** The `Citation` resource for it. */
  readonly resourceReference?: Reference;
}

/**
 * A note (R5 `Annotation`).
 *
 * @example
 * ```ts
 * import type { Annotation } from 'meso-evidence/export';
 * const note: Annotation = { text: 'Assessed by the meso-evidence project.' };
 * ```
 */
export interface Annotation {
  /** The note, as markdown. */
  readonly text: string;
}

/**
 * One variable of an `Evidence` resource: the population, the exposure, ….
 *
 * @example
 * ```ts
 * import type { EvidenceVariableDefinition } from 'meso-evidence/export';
 * const population: EvidenceVariableDefinition = {
 *   description: 'People with cellulite',
 *   variableRole: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/variable-role', code: 'population' }] },
 * };
 * ```
 */
export interface EvidenceVariableDefinition {
  /** The variable in words. */
  readonly description?: string;
  /** Its role: population, exposure, … (required, 1..1). */
  readonly variableRole: CodeableConcept;
}

/**
 * A certainty rating of an `Evidence` resource, with optional per-domain subcomponents.
 *
 * @example
 * ```ts
 * import type { EvidenceCertainty } from 'meso-evidence/export';
 * const overall: EvidenceCertainty = {
 *   type: { coding: [{ system: 'http://hl7.org/fhir/certainty-type', code: 'Overall' }] },
 *   rating: { coding: [{ system: 'http://hl7.org/fhir/certainty-rating', code: 'very-low' }] },
 * };
 * ```
 */
export interface EvidenceCertainty {
  /** Why the rating is what it is. */
  readonly description?: string;
  /** What is rated: `Overall`, `RiskOfBias`, …. */
  readonly type?: CodeableConcept;
  /** The rating: `high` … `very-low`, or a concern level for a domain. */
  readonly rating?: CodeableConcept;
  /** Who rated. */
  readonly rater?: string;
  /** Ratings of the GRADE domains. */
  readonly subcomponent?: readonly EvidenceCertainty[];
}

/**
 * An R5 `Evidence` resource, with the elements the export fills.
 *
 * @example
 * ```ts
 * import { toFhirEvidence, type FhirEvidence } from 'meso-evidence/export';
 * import { knowledgeBase } from 'meso-evidence';
 * const evidence: FhirEvidence = toFhirEvidence(knowledgeBase.dataset.assessments[0]!);
 * ```
 */
export interface FhirEvidence {
  /** Always `Evidence`. */
  readonly resourceType: 'Evidence';
  /** The assessment's id. */
  readonly id?: string;
  /** A title. */
  readonly title?: string;
  /** `active` for verified assessments, `draft` otherwise. */
  readonly status: 'draft' | 'active' | 'retired' | 'unknown';
  /** The rationale, as markdown. */
  readonly description?: string;
  /** The conclusion, as markdown. */
  readonly assertion?: string;
  /** Notes. */
  readonly note?: readonly Annotation[];
  /** The studies and statements the assessment rests on. */
  readonly relatedArtifact?: readonly RelatedArtifact[];
  /** Population and exposure (1..*). */
  readonly variableDefinition: readonly EvidenceVariableDefinition[];
  /** The GRADE certainty. */
  readonly certainty?: readonly EvidenceCertainty[];
}

/**
 * A contributor to a cited work (R5 `Citation.citedArtifact.contributorship.entry`).
 *
 * @example
 * ```ts
 * import type { CitationContributor } from 'meso-evidence/export';
 * const entry: CitationContributor = { contributor: { display: 'Park SH' }, forenameInitials: 'SH', rankingOrder: 1 };
 * ```
 */
export interface CitationContributor {
  /** The person (required in R5): here by display name. */
  readonly contributor: Reference;
  /** Initials of the given names. */
  readonly forenameInitials?: string;
  /** Position in the author list, from 1. */
  readonly rankingOrder?: number;
}

/**
 * Where a cited work was published (R5 `Citation.citedArtifact.publicationForm`).
 *
 * @example
 * ```ts
 * import type { CitationPublicationForm } from 'meso-evidence/export';
 * const form: CitationPublicationForm = { publishedIn: { title: 'Plast Reconstr Surg' }, articleDate: '2008', volume: '121' };
 * ```
 */
export interface CitationPublicationForm {
  /** The journal. */
  readonly publishedIn?: {
    /** The journal's title (abbreviated as in PubMed). */
    readonly title?: string;
  };
  /** Volume. */
  readonly volume?: string;
  /** Issue. */
  readonly issue?: string;
  /** Date of the article (year). */
  readonly articleDate?: string;
  /** Pages as printed. */
  readonly pageString?: string;
}

/**
 * The cited work of an R5 `Citation`.
 *
 * @example
 * ```ts
 * import type { CitedArtifact } from 'meso-evidence/export';
 * const artifact: CitedArtifact = { title: [{ text: 'Effectiveness of mesotherapy on body contouring' }] };
 * ```
 */
export interface CitedArtifact {
  /** PMID and DOI. */
  readonly identifier?: readonly Identifier[];
  /** The title. */
  readonly title?: readonly {
    /** Which kind of title. */
    readonly type?: CodeableConcept;
    /** The title. */
    readonly text: string;
  }[];
  /** Where it was published. */
  readonly publicationForm?: readonly CitationPublicationForm[];
  /** Where it can be read. */
  readonly webLocation?: readonly {
    /** What kind of location. */
    readonly classifier?: readonly CodeableConcept[];
    /** The address. */
    readonly url: string;
  }[];
  /** Its authors. */
  readonly contributorship?: {
    /** Whether the list names every author. */
    readonly complete?: boolean;
    /** The authors, in order. */
    readonly entry?: readonly CitationContributor[];
  };
}

/**
 * An R5 `Citation` resource for a study.
 *
 * @example
 * ```ts
 * import { toFhirCitation, type FhirCitation } from 'meso-evidence/export';
 * import { knowledgeBase } from 'meso-evidence';
 * const citation: FhirCitation = toFhirCitation(knowledgeBase.dataset.studies[0]!);
 * ```
 */
export interface FhirCitation {
  /** Always `Citation`. */
  readonly resourceType: 'Citation';
  /** The study's id. */
  readonly id?: string;
  /** A title for the citation. */
  readonly title?: string;
  /** `active`. */
  readonly status: 'draft' | 'active' | 'retired' | 'unknown';
  /** The cited study. */
  readonly citedArtifact?: CitedArtifact;
}

/**
 * An R5 `Bundle` of type `collection`: how the CLI hands over several resources.
 *
 * @example
 * ```ts
 * import type { FhirBundle } from 'meso-evidence/export';
 * const bundle: FhirBundle = { resourceType: 'Bundle', type: 'collection', entry: [] };
 * ```
 */
export interface FhirBundle {
  /** Always `Bundle`. */
  readonly resourceType: 'Bundle';
  /** Always `collection`: a set of resources with no processing asked for. */
  readonly type: 'collection';
  /** When the bundle was made (an instant). */
  readonly timestamp?: string;
  /** The resources. */
  readonly entry: readonly {
    /** The resource's absolute address, when a base is known. */
    readonly fullUrl?: string;
    /** The resource. */
    readonly resource: FhirEvidence | FhirCitation;
  }[];
}
