/**
 * `meso-evidence/schema`: the zod schemas of every record kind, validation of records
 * and YAML files with positioned problems, and {@link createKnowledgeBase}, which
 * builds a knowledge base from records after validating them. This entry point
 * loads zod and yaml; the main entry point does not.
 *
 * @module meso-evidence/schema
 */
export {
  ID_PATTERN,
  IdSchema,
  LanguageSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  PhraseSchema,
  NamesSchema,
  VerificationSchema,
  SourceRefsSchema,
  UrlSchema,
  SourcedSchema,
  PopulationSchema,
  type Language,
  type LocalizedText,
  type Names,
  type Population,
  type Verification,
} from './common.js';
export {
  DirectionSchema,
  CertaintySchema,
  StudyResultSchema,
  StudyDesignSchema,
  type Direction,
  type Certainty,
  type StudyResult,
  type StudyDesign,
} from './evidence.js';
export {
  SourceTypeSchema,
  SourceIdentifiersSchema,
  SourceSchema,
  type Source,
  type SourceIdentifiers,
} from './source.js';
export {
  AuthorSchema,
  DoiSchema,
  PmidSchema,
  CitationSchema,
  OutcomeSchema,
  DescriptionSchema,
  SampleSizeSchema,
  StudySchema,
  type Author,
  type Citation,
  type Outcome,
  type Description,
  type SampleSize,
  type Study,
} from './study.js';
export {
  SourcedRangeSchema,
  SourcedStatementSchema,
  CostSchema,
  HistorySchema,
  ProcedureSchema,
  RouteSchema,
  InterventionSchema,
  type SourcedRange,
  type SourcedStatement,
  type Cost,
  type History,
  type Procedure,
  type Route,
  type Intervention,
} from './intervention.js';
export { IndicationSchema, type Indication } from './indication.js';
export {
  IngredientClassSchema,
  RegulatoryStandingSchema,
  IngredientSchema,
  type IngredientClass,
  type RegulatoryStanding,
  type Ingredient,
} from './ingredient.js';
export {
  GradeConcernSchema,
  GradeStartingLevelSchema,
  GradeJudgementSchema,
  GradeUpgradeSchema,
  GradeSchema,
  GRADE_DOMAINS,
  GRADE_UPGRADES,
  AssessmentSchema,
  type GradeConcern,
  type GradeStartingLevel,
  type GradeJudgement,
  type GradeUpgrade,
  type Grade,
  type Assessment,
} from './assessment.js';
export {
  SeveritySchema,
  FrequencySchema,
  AdverseEventSchema,
  AdverseEventProfileSchema,
  type Severity,
  type Frequency,
  type AdverseEvent,
  type AdverseEventProfile,
} from './adverse-events.js';
export {
  RegulatoryActionSchema,
  RegulatoryStatusSchema,
  RegulatorySchema,
  type RegulatoryAction,
  type RegulatoryStatus,
  type Regulatory,
} from './regulatory.js';
export { StanceSchema, PositionSchema, type Stance, type Position } from './position.js';
export {
  CueRoleSchema,
  CuePhrasesSchema,
  PhraseCueSchema,
  StudyDesignCueSchema,
  PopulationCueSchema,
  NumberWordsCueSchema,
  NamedUseCueSchema,
  CueSchema,
  type CueRole,
  type PhraseCue,
  type StudyDesignCue,
  type PopulationCue,
  type NumberWordsCue,
  type NamedUseCue,
  type Cue,
} from './cue.js';
export {
  LanguageCodeSchema,
  LanguageProfileSchema,
  MessagesSchema,
  type LanguageCode,
  type LanguageProfile,
  type Messages,
} from './language.js';
export { KIND_NOUNS } from './kind-list.js';
export {
  RECORD_KINDS,
  RECORD_SCHEMAS,
  type RecordKind,
  type RecordTypes,
  type RecordOf,
  type Dataset,
} from './kinds.js';
export { checkShape, dottedPath, type ShapeFailed, type ShapeOk, type ShapeResult } from '../load/check-shape.js';
export { deepFreeze } from '../load/freeze.js';
export { MAX_FILE_BYTES, MAX_NODES, parseYamlFile, type Locate, type ParsedFile } from '../load/parse-yaml.js';
export {
  DataError,
  formatProblem,
  MAX_PROBLEMS_PER_FILE,
  sortProblems,
  type DataPosition,
  type Problem,
  type ProblemRule,
} from '../load/problem.js';
export {
  validateFiles,
  validateRecords,
  type DataFile,
  type RecordsInput,
  type ValidationFailed,
  type ValidationOk,
  type ValidationResult,
  type ValidateOptions,
} from '../load/validate.js';
export { createKnowledgeBase } from '../kb/create.js';
