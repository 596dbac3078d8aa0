/**
 * The record kinds, their folders under `data/`, and their schemas.
 *
 * @module
 */
import type * as z from 'zod';
import { AdverseEventProfileSchema, type AdverseEventProfile } from './adverse-events.js';
import { AssessmentSchema, type Assessment } from './assessment.js';
import { CueSchema, type Cue } from './cue.js';
import { LanguageProfileSchema, MessagesSchema, type LanguageProfile, type Messages } from './language.js';
import { IndicationSchema, type Indication } from './indication.js';
import { IngredientSchema, type Ingredient } from './ingredient.js';
import { InterventionSchema, type Intervention } from './intervention.js';
import { PositionSchema, type Position } from './position.js';
import { RegulatorySchema, type Regulatory } from './regulatory.js';
import { SourceSchema, type Source } from './source.js';
import { StudySchema, type Study } from './study.js';

import { RECORD_KINDS, type RecordKind } from './kind-list.js';

export { RECORD_KINDS, type RecordKind };

/**
 * The record type of each kind.
 *
 * @example
 * ```ts
 * import type { RecordOf } from 'meso-evidence/schema';
 * type S = RecordOf<'studies'>; // Study
 * ```
 */
export interface RecordTypes {
  /** Sources. */
  sources: Source;
  /** Studies. */
  studies: Study;
  /** Interventions. */
  interventions: Intervention;
  /** Indications. */
  indications: Indication;
  /** Ingredients. */
  ingredients: Ingredient;
  /** Assessments. */
  assessments: Assessment;
  /** Regulatory facts. */
  regulatory: Regulatory;
  /** Professional positions. */
  positions: Position;
  /** Adverse-event profiles, one per intervention. */
  'adverse-events': AdverseEventProfile;
  /** Cue vocabulary for the fact-check engine. */
  cues: Cue;
  /** Language profiles for the fact-check engine. */
  languages: LanguageProfile;
  /** Messages and labels per language. */
  messages: Messages;
}

/**
 * The record type of one kind, such as `RecordOf<'studies'>` = `Study`.
 *
 * @example
 * ```ts
 * import type { RecordOf } from 'meso-evidence';
 * let value: RecordOf | undefined;
 * ```
 */
export type RecordOf<K extends RecordKind> = RecordTypes[K];

/**
 * The zod schema of each record kind.
 *
 * @example
 * ```ts
 * import { RECORD_SCHEMAS } from 'meso-evidence/schema';
 * RECORD_SCHEMAS.indications.safeParse({ id: 'x' }).success; // false
 * ```
 */
export const RECORD_SCHEMAS: { readonly [K in RecordKind]: z.ZodType<RecordTypes[K]> } = Object.freeze({
  sources: SourceSchema,
  studies: StudySchema,
  interventions: InterventionSchema,
  indications: IndicationSchema,
  ingredients: IngredientSchema,
  assessments: AssessmentSchema,
  regulatory: RegulatorySchema,
  positions: PositionSchema,
  'adverse-events': AdverseEventProfileSchema,
  cues: CueSchema,
  languages: LanguageProfileSchema,
  messages: MessagesSchema,
});

/**
 * A complete set of records, one array per kind, sorted by id: what the loader
 * produces and a knowledge base is built from.
 *
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * const dataset = knowledgeBase.dataset;
 * dataset.studies.length > 0; // true
 * ```
 */
export type Dataset = { readonly [K in RecordKind]: readonly RecordTypes[K][] };
