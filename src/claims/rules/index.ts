/**
 * The registry of claim rules and suppressors, in the order the reader applies them.
 * docs/engine.md's rule catalogue is generated from it (`npm run build:engine-doc`).
 *
 * @module
 */
import { absenceOfEvidence } from './absence-of-evidence.js';
import { actedOn } from './acted-on.js';
import { approvalReference } from './approval-reference.js';
import { approvalScope } from './approval-scope.js';
import { approvedIngredient } from './approved-ingredient.js';
import { askedStatement } from './asked-statement.js';
import { attributed } from './attributed.js';
import { CARRY_RULES } from './carry.js';
import { CLAUSE_SIGNALS } from './clause-signals.js';
import { DISCOURSE_RULES } from './discourse-rules.js';
import { cause } from './cause.js';
import { classification } from './classification.js';
import { commaSplice } from './comma-splice.js';
import { contrastHedge } from './contrast-hedge.js';
import { condition } from './condition.js';
import { contrastSplit } from './contrast-split.js';
import { effectDoubt } from './effect-doubt.js';
import { effectiveFor } from './effective-for.js';
import { excludedUse } from './excluded-use.js';
import { ellipticalAnswer } from './elliptical-answer.js';
import { fdaApproved } from './fda-approved.js';
import { generalSubject } from './general-subject.js';
import { harmSection } from './harm-section.js';
import { doubtedFinding } from './doubted-finding.js';
import { downtimeQuestion } from './downtime-question.js';
import { hedgedFinding } from './hedged-finding.js';
import { history } from './history.js';
import { ingredientList } from './ingredient-list.js';
import { namePart } from './name-part.js';
import { soleClass } from './sole-class.js';
import { narrowerIndication } from './narrower-indication.js';
import { noDowntime } from './no-downtime.js';
import { physiology } from './physiology.js';
import { place } from './place.js';
import { population } from './population.js';
import { question } from './question.js';
import { quotation } from './quotation.js';
import { refutedOpening } from './refuted-opening.js';
import { relativeSplit } from './relative-split.js';
import { reportedAsFalse } from './reported-as-false.js';
import { safe } from './safe.js';
import { sideEffectFree } from './side-effect-free.js';
import { sideEffectList } from './side-effect-list.js';
import { sideEffectQuestion } from './side-effect-question.js';
import { studyDescription } from './study-description.js';
import { studyTopic } from './study-topic.js';
import { technique } from './technique.js';
import { indirectQuestion } from './indirect-question.js';
import { intent } from './intent.js';
import { unapproved } from './unapproved.js';
import { usesQuestion } from './uses-question.js';
import type { Predicate } from '../../evidence/claim.js';
import type {
  ClaimQualifier,
  ClaimRule,
  ClaimSuppressor,
  ClauseSplit,
  CueSuppressor,
  QuestionRule,
  RegistryEntry,
  SentenceQualifier,
} from './types.js';

export { CARRY_RULES } from './carry.js';
export { CLAUSE_SIGNALS } from './clause-signals.js';
export { DISCOURSE_RULES } from './discourse-rules.js';
import { wish } from './wish.js';
import { without } from './without.js';
import { withoutList } from './without-list.js';

/** The claim rules, one per predicate phrase kind; each reads a clause. */
export const CLAIM_RULES: readonly ClaimRule[] = [
  fdaApproved,
  safe,
  sideEffectFree,
  noDowntime,
  effectiveFor,
  absenceOfEvidence,
  effectDoubt,
  unapproved,
  ellipticalAnswer,
];

/** Suppressors that take words out of play before the claim rules run. */
export const CUE_SUPPRESSORS: readonly CueSuppressor[] = [
  namePart,
  approvalScope,
  wish,
  intent,
  physiology,
  soleClass,
  studyDescription,
];

/** Suppressors that drop claims the rules read. */
export const CLAIM_SUPPRESSORS: readonly ClaimSuppressor[] = [
  sideEffectList,
  harmSection,
  cause,
  without,
  withoutList,
  narrowerIndication,
  actedOn,
  place,
  classification,
  studyTopic,
  technique,
  ingredientList,
  approvedIngredient,
  attributed,
  history,
  quotation,
  question,
  indirectQuestion,
  condition,
  generalSubject,
  approvalReference,
];

/**
 * Qualifiers that deny or hedge the claims kept ("false statements that it is safe") or limit them to a
 * population ("for women"); for each, the first match wins.
 */
export const CLAIM_QUALIFIERS: readonly ClaimQualifier[] = [
  reportedAsFalse,
  refutedOpening,
  hedgedFinding,
  doubtedFinding,
  excludedUse,
  population,
];

/** Where a sentence's clauses with claims of their own start (applied while annotating). */
export const CLAUSE_SPLITS: readonly ClauseSplit[] = [contrastSplit, commaSplice, relativeSplit];

/** Qualifiers that change a clause's claims by what another clause of the sentence says. */
export const SENTENCE_QUALIFIERS: readonly SentenceQualifier[] = [contrastHedge];

/**
 * What a question asks, for the answer in the block after it; every rule reads every question, and
 * the claims they read are added up in this order.
 */
export const QUESTION_RULES: readonly QuestionRule[] = [
  askedStatement,
  downtimeQuestion,
  sideEffectQuestion,
  usesQuestion,
];

/** Every entry, for the catalogue and the fixture test. */
export const REGISTRY: readonly RegistryEntry[] = [
  ...CLAUSE_SPLITS,
  ...DISCOURSE_RULES,
  ...CLAUSE_SIGNALS,
  ...CARRY_RULES,
  ...CLAIM_RULES,
  ...CUE_SUPPRESSORS,
  ...CLAIM_SUPPRESSORS,
  ...CLAIM_QUALIFIERS,
  ...SENTENCE_QUALIFIERS,
  ...QUESTION_RULES,
];

/**
 * A claim rule or suppressor of the fact-check engine, as a tool author or a reader of
 * the docs sees it: its name (the name of its fixture file and module), what kind it is,
 * and what it does.
 *
 * @example
 * ```ts
 * import type { RuleDescription } from 'meso-evidence/factcheck';
 * const rule: RuleDescription = { name: 'wish', kind: 'cue-suppressor', description: 'An effect after a wish is no claim.' };
 * ```
 */
export interface RuleDescription {
  /** The rule's name. */
  readonly name: string;
  /**
   * `clause-split` says where a sentence's clauses start; `discourse` notes what a sentence tells the
   * sentences after it (the treatment it opens with in the plural, the drug named last); `clause-signal`
   * says what a clause's shape tells of its subject (it continues its sentence, opens with an effect
   * word); `carry` gives a clause that names no treatment the
   * one in context; `claim` reads claims; `cue-suppressor` takes words out of play first; `claim-suppressor`
   * drops claims read; `claim-qualifier` denies, hedges or limits to a population the claims kept;
   * `sentence-qualifier` changes a claim's polarity by what another clause of its sentence says;
   * `question-reading` reads what a question asks, for the answer after it.
   */
  readonly kind:
    | 'clause-split'
    | 'discourse'
    | 'clause-signal'
    | 'carry'
    | 'claim'
    | 'cue-suppressor'
    | 'claim-suppressor'
    | 'claim-qualifier'
    | 'sentence-qualifier'
    | 'question-reading';
  /** For a claim rule, the predicate of its claims. */
  readonly predicate?: Predicate;
  /** What it does. */
  readonly description: string;
}

const KINDS = {
  split: 'clause-split',
  discourse: 'discourse',
  signal: 'clause-signal',
  carry: 'carry',
  claim: 'claim',
  cue: 'cue-suppressor',
  suppress: 'claim-suppressor',
  qualify: 'claim-qualifier',
  sentence: 'sentence-qualifier',
  question: 'question-reading',
} as const;

/**
 * The engine's claim rules and suppressors, in the order the reader applies them (the
 * catalogue in docs/engine.md is generated from it). Frozen.
 *
 * @example
 * ```ts
 * import { RULE_CATALOGUE } from 'meso-evidence/factcheck';
 * RULE_CATALOGUE.filter((rule) => rule.kind === 'claim').map((rule) => rule.predicate).includes('safe'); // true
 * ```
 */
export const RULE_CATALOGUE: readonly RuleDescription[] = Object.freeze(
  REGISTRY.map((entry) =>
    Object.freeze({
      name: entry.name,
      kind: KINDS[entry.kind],
      ...(entry.kind === 'claim' && entry.predicate ? { predicate: entry.predicate } : {}),
      description: entry.description,
    }),
  ),
);
