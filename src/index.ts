/**
 * `meso-evidence`: what the evidence says about mesotherapy and its neighbours.
 *
 * The bundled {@link knowledgeBase} answers lookups, filtered listings, search by
 * name in English and Norwegian, comparisons, and judges claims by the verdict
 * table. This entry point loads no zod, yaml or unified at run time: the schemas
 * and validation live in `meso-evidence/schema`, disk loading in `meso-evidence/node`.
 *
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * const { verdict, explanation } = knowledgeBase.judge({
 *   subject: 'mesotherapy', predicate: 'effective-for', object: 'cellulite', polarity: 'affirm',
 * });
 * console.log(verdict, explanation.en);
 * ```
 *
 * @module meso-evidence
 */

// The knowledge base
export { knowledgeBase } from './kb/bundled.js';
export { KnowledgeBase } from './kb/knowledge-base.js';
export type { InterventionFilter, IngredientFilter, RegulatoryFilter, StudyFilter } from './kb/filters.js';
export type { StudyDescription } from './kb/indexes.js';

// Evidence and verdicts
export {
  POLARITIES,
  PREDICATES,
  VERDICTS,
  type Claim,
  type Polarity,
  type Predicate,
  type Verdict,
} from './evidence/claim.js';
export type { AssessmentMatch } from './evidence/assessment.js';
export { judgeClaim } from './evidence/judge-claim.js';
export { certaintyFromGrade, type GradeOutcome, type GradeStep } from './evidence/grade.js';
export type { JudgedAssessment, Judgement } from './evidence/judge.js';
export type { Explanation } from './evidence/explain.js';
export { InvalidClaimError } from './evidence/errors.js';
export {
  effectiveForRule,
  VERDICT_TABLE,
  verdictFor,
  type VerdictRule,
  type VerdictRuleId,
} from './evidence/verdict-table.js';

// Search
export { foldText, INFLECTION_ENDINGS } from './search/normalize.js';
export type { SearchKind, SearchOptions, SearchResult } from './search/search.js';

// Comparison
export {
  INVASIVENESS_ORDER,
  type ComparedEvidence,
  type Comparison,
  type EvidenceRow,
  type InterventionProfile,
} from './compare/compare.js';

// References
export { formatReference, type ReferenceOptions } from './references/vancouver.js';
export { toCslItem, type CslItem } from './references/csl.js';

// Errors from data (zod-free module)
export { DataError, type DataPosition, type Problem, type ProblemRule } from './load/problem.js';

// Record types (types only: no zod at run time)
export type {
  Assessment,
  Grade,
  GradeConcern,
  GradeJudgement,
  GradeStartingLevel,
  GradeUpgrade,
} from './schema/assessment.js';
export type { AdverseEvent, AdverseEventProfile, Frequency, Severity } from './schema/adverse-events.js';
export type { Language, LocalizedText, Names, Population, Verification } from './schema/common.js';
export type {
  Cue,
  CueRole,
  NamedUseCue,
  NumberWordsCue,
  PhraseCue,
  PopulationCue,
  StudyDesignCue,
} from './schema/cue.js';
export type { LanguageCode, LanguageProfile, Messages } from './schema/language.js';
export type { Certainty, Direction, StudyDesign, StudyResult } from './schema/evidence.js';
export type { Indication } from './schema/indication.js';
export type { Ingredient, IngredientClass, RegulatoryStanding } from './schema/ingredient.js';
export type {
  Cost,
  History,
  Intervention,
  Procedure,
  Route,
  SourcedRange,
  SourcedStatement,
} from './schema/intervention.js';
export type { Dataset, RecordKind, RecordOf, RecordTypes } from './schema/kinds.js';
export type { Position, Stance } from './schema/position.js';
export type { Regulatory, RegulatoryAction, RegulatoryStatus } from './schema/regulatory.js';
export type { Source, SourceIdentifiers } from './schema/source.js';
export type { Author, Citation, Description, Outcome, SampleSize, Study } from './schema/study.js';
