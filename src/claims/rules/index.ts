/**
 * The registry of claim rules and suppressors, in the order the reader applies them.
 * docs/engine.md's rule catalogue is generated from it (`npm run build:engine-doc`).
 *
 * @module
 */
import { absenceOfEvidence } from './absence-of-evidence.js';
import { actedOn } from './acted-on.js';
import { brandName } from './brand-name.js';
import { passingSymptom } from './passing-symptom.js';
import { fieldValue } from './field-value.js';
import { mentionedPhrase } from './mentioned-phrase.js';
import { lastingResult } from './lasting-result.js';
import { ownObject } from './own-object.js';
import { approvalQuestion } from './approval-question.js';
import { treatedSkin } from './treated-skin.js';
import { approvalReference } from './approval-reference.js';
import { approverAnswer } from './approver-answer.js';
import { deniedApprovalReference } from './denied-approval-reference.js';
import { declinedService } from './declined-service.js';
import { approvalScope } from './approval-scope.js';
import { approvedIngredient } from './approved-ingredient.js';
import { approvedUseReference } from './approved-use-reference.js';
import { answerScope } from './answer-scope.js';
import { askedStatement } from './asked-statement.js';
import { attributed } from './attributed.js';
import { publicationReport } from './publication-report.js';
import { CARRY_RULES } from './carry.js';
import { CLAUSE_SIGNALS } from './clause-signals.js';
import { DISCOURSE_RULES } from './discourse-rules.js';
import { cause } from './cause.js';
import { classification } from './classification.js';
import { offered } from './offered.js';
import { undergone } from './undergone.js';
import { narrowedReference } from './narrowed-reference.js';
import { approvalArea } from './approval-area.js';
import { exceptedArea } from './excepted-area.js';
import { usageNote } from './usage-note.js';
import { listedService } from './listed-service.js';
import { appraisalTask } from './appraisal-task.js';
import { treatmentRange } from './treatment-range.js';
import { coordinatedThat } from './coordinated-that.js';
import { narrowedContext } from './narrowed-context.js';
import { frontedIndication } from './fronted-indication.js';
import { narrowedAnswer } from './narrowed-answer.js';
import { negationAfterVerb } from './negation-after-verb.js';
import { invertedNegation } from './inverted-negation.js';
import { commaSplice } from './comma-splice.js';
import { contrastHedge } from './contrast-hedge.js';
import { negatedExample } from './negated-example.js';
import { consideredTreatment } from './considered-treatment.js';
import { handleWord } from './handle-word.js';
import { narrowerApproval } from './narrower-approval.js';
import { doubtedUse } from './doubted-use.js';
import { judgedLabel } from './judged-label.js';
import { onlyApprovedUse } from './only-approved-use.js';
import { approvedUseTail } from './approved-use-tail.js';
import { condition } from './condition.js';
import { contrastSplit } from './contrast-split.js';
import { effectDoubt } from './effect-doubt.js';
import { effectiveFor } from './effective-for.js';
import { excludedUse } from './excluded-use.js';
import { doubtedQuestion } from './doubted-question.js';
import { ellipticalAnswer } from './elliptical-answer.js';
import { runAnswer } from './run-answer.js';
import { quizPrompt } from './quiz-prompt.js';
import { quotedQuestion } from './quoted-question.js';
import { answeredEffect } from './answered-effect.js';
import { fdaApproved } from './fda-approved.js';
import { generalSubject } from './general-subject.js';
import { answeredNo } from './answered-no.js';
import { oneMember } from './one-member.js';
import { forbiddenClaim } from './forbidden-claim.js';
import { otherProduct } from './other-product.js';
import { wordMeaning } from './word-meaning.js';
import { harmSection } from './harm-section.js';
import { harmLeadIn } from './harm-lead-in.js';
import { doubtedFinding } from './doubted-finding.js';
import { downtimeQuestion } from './downtime-question.js';
import { hedgedFinding } from './hedged-finding.js';
import { stackedModal } from './stacked-modal.js';
import { history } from './history.js';
import { ingredientList } from './ingredient-list.js';
import { namePart } from './name-part.js';
import { idiom } from './idiom.js';
import { variationDisclaimer } from './variation-disclaimer.js';
import { deniedCure } from './denied-cure.js';
import { evidenceDegree } from './evidence-degree.js';
import { documentedHarm } from './documented-harm.js';
import { treatedHarm } from './treated-harm.js';
import { ceasedOffer } from './ceased-offer.js';
import { comparedTreatments } from './compared-treatments.js';
import { compoundModifier } from './compound-modifier.js';
import { attributiveEffect } from './attributive-effect.js';
import { publicationSubject } from './publication-subject.js';
import { excess } from './excess.js';
import { generalDenial } from './general-denial.js';
import { appositiveClass } from './appositive-class.js';
import { echoQuestion } from './echo-question.js';
import { refutedReport } from './refuted-report.js';
import { ellipticalDenial } from './elliptical-denial.js';
import { harmRebuttal } from './harm-rebuttal.js';
import { soleClass } from './sole-class.js';
import { narrowerIndication } from './narrower-indication.js';
import { otherRegulator } from './other-regulator.js';
import { partialRefutation } from './partial-refutation.js';
import { noDowntime } from './no-downtime.js';
import { deniedDowntime } from './denied-downtime.js';
import { physiology } from './physiology.js';
import { place } from './place.js';
import { population } from './population.js';
import { question } from './question.js';
import { quotation } from './quotation.js';
import { refutedOpeningQualifier } from './refuted-opening.js';
import { refutedEffect } from './refuted-effect.js';
import { refutedAfterQualifier } from './refuted-after.js';
import { frontedEvidence } from './fronted-evidence.js';
import { relativeSplit } from './relative-split.js';
import { priceLine } from './price-line.js';
import { reportedAsFalse } from './reported-as-false.js';
import { safe } from './safe.js';
import { sideEffectFree } from './side-effect-free.js';
import { statedHarm } from './stated-harm.js';
import { sideEffectList } from './side-effect-list.js';
import { sideEffectQuestion } from './side-effect-question.js';
import { studyDescription } from './study-description.js';
import { studyTopic } from './study-topic.js';
import { technique } from './technique.js';
import { topicPhrase } from './topic-phrase.js';
import { indirectQuestion } from './indirect-question.js';
import { indicationTreatment } from './indication-treatment.js';
import { intent } from './intent.js';
import { eitherWay } from './either-way.js';
import { statusLabel } from './status-label.js';
import { unapproved } from './unapproved.js';
import { usesQuestion } from './uses-question.js';
import type {
  ClaimQualifier,
  ClaimRule,
  ClaimSuppressor,
  ClauseSplit,
  CueSuppressor,
  QuestionRule,
  RegistryEntry,
  SentenceClaimsRule,
  SentenceQualifier,
} from './types.js';

export { CARRY_RULES } from './carry.js';
export { CLAUSE_SIGNALS } from './clause-signals.js';
export { DISCOURSE_RULES } from './discourse-rules.js';
import { wish } from './wish.js';
import { without } from './without.js';
import { sparedBenefit } from './spared-benefit.js';
import { withoutList } from './without-list.js';

/** The claim rules, one per predicate phrase kind; each reads a clause. */
export const CLAIM_RULES: readonly ClaimRule[] = [
  fdaApproved,
  safe,
  sideEffectFree,
  statedHarm,
  noDowntime,
  deniedDowntime,
  effectiveFor,
  absenceOfEvidence,
  doubtedQuestion,
  refutedReport,
  ellipticalDenial,
  harmRebuttal,
  effectDoubt,
  unapproved,
  ellipticalAnswer,
  runAnswer,
  answeredEffect,
  narrowedAnswer,
  approvedUseReference,
  indicationTreatment,
  answerScope,
  deniedApprovalReference,
  approverAnswer,
];

/** Suppressors that take words out of play before the claim rules run. */
export const CUE_SUPPRESSORS: readonly CueSuppressor[] = [
  namePart,
  handleWord,
  compoundModifier,
  attributiveEffect,
  publicationSubject,
  idiom,
  variationDisclaimer,
  evidenceDegree,
  documentedHarm,
  treatedHarm,
  ceasedOffer,
  // Before approval-scope: "the only fat-dissolving drug the FDA has approved" names a class of one.
  soleClass,
  approvalScope,
  wish,
  intent,
  eitherWay,
  statusLabel,
  physiology,
  studyDescription,
];

/** Suppressors that drop claims the rules read. */
export const CLAIM_SUPPRESSORS: readonly ClaimSuppressor[] = [
  sideEffectList,
  comparedTreatments,
  appositiveClass,
  deniedCure,
  harmSection,
  cause,
  without,
  withoutList,
  sparedBenefit,
  narrowerIndication,
  actedOn,
  brandName,
  passingSymptom,
  lastingResult,
  fieldValue,
  mentionedPhrase,
  ownObject,
  treatedSkin,
  place,
  classification,
  offered,
  listedService,
  treatmentRange,
  undergone,
  declinedService,
  studyTopic,
  appraisalTask,
  technique,
  ingredientList,
  approvedIngredient,
  attributed,
  publicationReport,
  history,
  quotation,
  quizPrompt,
  quotedQuestion,
  question,
  indirectQuestion,
  condition,
  topicPhrase,
  generalSubject,
  oneMember,
  approvalReference,
  otherRegulator,
  harmLeadIn,
  otherProduct,
  wordMeaning,
  usageNote,
  forbiddenClaim,
  partialRefutation,
  negatedExample,
  consideredTreatment,
];

/**
 * Qualifiers that deny or hedge the claims kept ("false statements that it is safe") or limit them to a
 * population ("for women"); for each, the first match wins.
 */
export const CLAIM_QUALIFIERS: readonly ClaimQualifier[] = [
  reportedAsFalse,
  answeredNo,
  refutedOpeningQualifier,
  refutedEffect,
  refutedAfterQualifier,
  frontedEvidence,
  hedgedFinding,
  stackedModal,
  doubtedFinding,
  excludedUse,
  population,
  narrowedReference,
  exceptedArea,
  approvalArea,
  narrowedContext,
  negationAfterVerb,
  frontedIndication,
  invertedNegation,
  excess,
  generalDenial,
];

/** Where a sentence's clauses with claims of their own start (applied while annotating). */
export const CLAUSE_SPLITS: readonly ClauseSplit[] = [
  contrastSplit,
  commaSplice,
  relativeSplit,
  coordinatedThat,
  priceLine,
];

/** Qualifiers that change a clause's claims by what another clause of the sentence says. */
export const SENTENCE_QUALIFIERS: readonly SentenceQualifier[] = [contrastHedge];

/**
 * Rules that read the claims of a sentence's clauses together, once the qualifiers have run: each
 * is given what the one before gave back.
 */
export const SENTENCE_CLAIMS_RULES: readonly SentenceClaimsRule[] = [
  approvedUseTail,
  narrowerApproval,
  onlyApprovedUse,
  doubtedUse,
  judgedLabel,
];

/**
 * What a question asks, for the answer in the block after it; every rule reads every question, and
 * the claims they read are added up in this order.
 */
export const QUESTION_RULES: readonly QuestionRule[] = [
  askedStatement,
  downtimeQuestion,
  sideEffectQuestion,
  usesQuestion,
  approvalQuestion,
  echoQuestion,
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
  ...SENTENCE_CLAIMS_RULES,
  ...QUESTION_RULES,
];
