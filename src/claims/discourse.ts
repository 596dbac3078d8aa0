/**
 * The discourse reducer: what a reader keeps in mind while reading a document — the
 * document's topic, the section's, the treatment named last, the paragraph's last
 * indication, whether the FDA was just named — as one immutable state and a pure
 * `(state, event) → next state` function. The clause reader gets its context from the
 * state ({@link clauseContext}); nothing else carries anything from one sentence to the next.
 *
 * @module
 */
import type { Block } from './block.js';
import type { Claim } from '../evidence/claim.js';
import type { ClauseReading } from './clause-claims.js';
import {
  approvalColumn,
  labelLine,
  lastSubstance,
  lineAnswer,
  namedApprover,
  pluralMention,
  pluralQuestion,
  pluralSubject,
  priceHeading,
  reportAside,
  soleException,
  usedProduct,
} from './rules/discourse-rules.js';
import type { ClauseContext, DiscourseInput, DiscourseRule, Trace } from './rules/types.js';
import { inIdiom } from './rules/idiom.js';
import { isRole, type SentenceView } from './sentence.js';

/** What a block tells the blocks after it (a list's lead-in tells its items). */
export interface BlockSummary {
  /** The last intervention it names (or refers to). */
  readonly subject: string | undefined;
  /** Whether it asserts an effect ("used against:", "Benefits"). */
  readonly efficacy: boolean;
  /** Whether it is a heading. */
  readonly heading: boolean;
  /** Whether it names harms and asserts no effect ("Side effects can occur:"): a list after it lists harms. */
  readonly harm?: boolean;
}

/** What the reader keeps in mind at a point of the document. */
export interface DiscourseState {
  /** The first treatment the document names. */
  readonly documentTopic: string | undefined;
  /** The treatment the current section's heading names. */
  readonly sectionTopic: string | undefined;
  /** The level of the heading that named {@link sectionTopic}: a heading of that level or above that names none ends its section. */
  readonly sectionDepth: number | undefined;
  /** Whether a block other than a heading has been read since {@link sectionTopic} was named. */
  readonly sectionRead: boolean;
  /** Whether the current section's heading names harms ("Side effects", "Bivirkninger"). */
  readonly sectionHarm: boolean;
  /** The treatment named last before this paragraph, for pronouns ("It is FDA-approved"). */
  readonly recentSubject: string | undefined;
  /**
   * The subject and the plural subject the list item read last ended with, for the item after it: its
   * "these injections", "it" may mean a sibling's treatment. Undefined after any other block.
   */
  readonly itemBefore: { readonly subject: string | undefined; readonly plural: string | undefined } | undefined;
  /** The block being read, and its list's lead-in. */
  readonly block: Block | undefined;
  /** What the lead-in of the current list item told. */
  readonly leadIn: BlockSummary | undefined;
  /** The treatment named (or referred to) last in this paragraph. */
  readonly lastSubject: string | undefined;
  /** The indication named last in this paragraph. */
  readonly lastIndication: string | undefined;
  /** Every indication the last clause of this paragraph that named any named ("these conditions"). */
  readonly lastIndications: readonly string[];
  /** The broader indication {@link lastIndication} is part of, if any. */
  readonly lastIndicationParent: string | undefined;
  /** Whether the sentence before named the FDA. */
  readonly fdaInPreviousSentence: boolean;
  /** Whether an earlier sentence of this section named the FDA as the approver (`named-approver`). */
  readonly fdaApprover: boolean;
  /** Whether this paragraph asserted an effect (so far). */
  readonly efficacySeen: boolean;
  /** Whether this paragraph named harms (so far): "side effects", "complications". */
  readonly harmSeen: boolean;
  /** The subject an earlier clause of this sentence named. */
  readonly subjectInSentence: string | undefined;
  /** A product this sentence names only as what the treatment in context is given with (`used-product`). */
  readonly usedInSentence: string | undefined;
  /** A treatment this sentence names as the exception, after "the only" (`sole-exception`). */
  readonly exceptionInSentence: string | undefined;
  /** What "the treatment" means in this sentence (fixed when the sentence starts). */
  readonly contextSubject: string | undefined;
  /** The treatment this sentence opens with, named in the plural ("Skin boosters are …"), for "they", "de". */
  readonly pluralSubject: string | undefined;
  /** The same for the sentence before, in this paragraph. */
  readonly pluralBefore: string | undefined;
  /** The treatments the clauses of this sentence named as subjects so far, each once. */
  readonly namedInSentence: readonly string[];
  /** The treatments the last sentence of this paragraph that named two or more named, for "both", "begge". */
  readonly jointBefore: readonly string[];
  /**
   * The treatments a question just asked about in the plural ("Are polynucleotides safe?",
   * "What do they treat?"), for a "they", "de" in its answer, even in the next paragraph.
   */
  readonly questionPlural: string | undefined;
  /** What a question that ended this block asked, read as a statement (for the next block's answer). */
  readonly askedInBlock: readonly Claim[] | undefined;
  /** What the question that ended the block before asked, for an elliptical answer in this block's first sentence. */
  readonly asked: readonly Claim[] | undefined;
  /** What the questions that came last in this paragraph, one after another, asked (so far). */
  readonly questionRun: readonly Claim[] | undefined;
  /** What the questions right before this sentence, in its paragraph, asked: for a sentence that answers them (`doubted-question`). */
  readonly runAsked: readonly Claim[] | undefined;
  /** The treatment a question that ended this block asks the uses of ("Hva kan det brukes mot?"). */
  readonly usesAskedInBlock: string | undefined;
  /** The same for the question that ended the block before, for a list of uses answering it. */
  readonly usesAsked: string | undefined;
  /** The approval a question that ended this block asks about with no regulator named ("Er det godkjent?"), as the FDA's. */
  readonly approvalAskedInBlock: readonly Claim[] | undefined;
  /** The same for the question that ended the block before, for an answer that names the FDA (`approver-answer`). */
  readonly approvalAsked: readonly Claim[] | undefined;
  /**
   * The indication the section's heading names with its treatment ("Cellulite mesotherapy – £160",
   * "Mesoterapi mot cellulitter"): what the section's effect words without one are about.
   */
  readonly sectionIndication: string | undefined;
  /** The drug named last in an earlier sentence, in any role ("Aqualyx contains deoxycholic acid"), for "the substance", "stoffet". */
  readonly lastSubstance: string | undefined;
  /**
   * What the sentence before reported others to claim (dropped by a suppressor that `reports`: "Clinics say
   * that skin boosters lift sagging skin."), for the sentence right after it that asks or answers whether it
   * holds ("Do they?", "That is not true.").
   */
  readonly reportedBefore: readonly Claim[] | undefined;
  /** Whether {@link reportedBefore} was kept over an aside (`report-aside`): a second aside lets it go. */
  readonly reportedOverAside: boolean;
}

/** What happens while reading, in document order. */
export type DiscourseEvent =
  | { readonly type: 'block'; readonly block: Block; readonly leadIn: BlockSummary | undefined }
  | { readonly type: 'sentence'; readonly sentence: SentenceView; readonly question?: boolean }
  | { readonly type: 'header'; readonly sentence: SentenceView }
  | { readonly type: 'clause'; readonly reading: ClauseReading }
  | {
      readonly type: 'asked';
      readonly claims: readonly Claim[];
      readonly uses?: string | undefined;
      readonly approval?: readonly Claim[] | undefined;
    }
  | {
      readonly type: 'sentence-end';
      readonly sentence: SentenceView;
      /** The claims the sentence reported others to make. */
      readonly reported?: readonly Claim[] | undefined;
    }
  | { readonly type: 'block-end' };

/** The state before the first block. */
export const INITIAL_DISCOURSE: DiscourseState = Object.freeze({
  documentTopic: undefined,
  sectionTopic: undefined,
  sectionDepth: undefined,
  sectionRead: false,
  sectionHarm: false,
  recentSubject: undefined,
  itemBefore: undefined,
  block: undefined,
  leadIn: undefined,
  lastSubject: undefined,
  lastIndication: undefined,
  lastIndications: [],
  lastIndicationParent: undefined,
  fdaInPreviousSentence: false,
  fdaApprover: false,
  efficacySeen: false,
  harmSeen: false,
  subjectInSentence: undefined,
  usedInSentence: undefined,
  exceptionInSentence: undefined,
  contextSubject: undefined,
  pluralSubject: undefined,
  pluralBefore: undefined,
  namedInSentence: [],
  jointBefore: [],
  questionPlural: undefined,
  askedInBlock: undefined,
  asked: undefined,
  questionRun: undefined,
  runAsked: undefined,
  usesAskedInBlock: undefined,
  usesAsked: undefined,
  approvalAskedInBlock: undefined,
  approvalAsked: undefined,
  lastSubstance: undefined,
  sectionIndication: undefined,
  reportedBefore: undefined,
  reportedOverAside: false,
});

/**
 * The next state after an event.
 *
 * - `block`: a new paragraph, heading or list item; what a paragraph keeps is forgotten, except that
 *   the indication its section's heading names with a treatment is the paragraph's first.
 * - `sentence`: the document's topic is the first treatment named; a sentence with an
 *   effect word, or a lead-in ending in a purpose word ("Vi bruker mesoterapi mot:"),
 *   marks the block as asserting an effect; a heading that names a treatment sets the section's topic;
 *   a question that asks about treatments in the plural ("What do they treat?") passes them on to
 *   the "they" of its answer, in its paragraph or the next.
 * - `clause`: the first treatment a clause names is the sentence's subject from then on
 *   ("Scalp mesotherapy delivers … dutasteride"); it, or what a back reference resolved
 *   to, is the paragraph's last subject.
 * - `header`: a table row's header row, read before the row: a header that names the FDA makes the
 *   row's approval words the FDA's.
 * - `asked`: a question's claims, read as a statement; when the question ends its block, the
 *   next block's first sentence may answer it elliptically ("Yes.", "Nei.").
 * - `sentence-end`: remembers what the sentence reported others to claim and whether the FDA was named, for the next sentence, whether it was
 *   named as the approver, for the rest of the section, and the drug
 *   named last, for "the substance", "stoffet"; only a block's first sentence can be an elliptical answer.
 * - `block-end`: the paragraph's last subject is what a pronoun in a later one means.
 *
 * What a sentence tells the sentences after it — the treatment it opens with in the plural, what a
 * question asks in the plural, the indication a price-list heading names, the drug named last — is
 * noted by the registry's discourse rules (src/claims/rules/discourse-rules.ts).
 *
 * @param state - The state before.
 * @param event - What was read.
 * @param trace - Receives what each discourse rule noted (for rule fixtures and debugging).
 * @returns The state after.
 */
export function reduceDiscourse(state: DiscourseState, event: DiscourseEvent, trace?: Trace): DiscourseState {
  switch (event.type) {
    case 'block': {
      const next = copyOf(state);
      next.asked = state.askedInBlock;
      next.askedInBlock = undefined;
      next.usesAsked = state.usesAskedInBlock;
      next.usesAskedInBlock = undefined;
      next.approvalAsked = state.approvalAskedInBlock;
      next.approvalAskedInBlock = undefined;
      next.block = event.block;
      next.leadIn = event.leadIn;
      next.questionRun = undefined;
      next.runAsked = undefined;
      if (event.block.kind !== 'heading') next.sectionRead = true;
      // A list item's "it", "these injections" may mean the subject of the item before it (a sibling).
      const sibling = event.block.kind === 'list-item' ? state.itemBefore : undefined;
      next.lastSubject = sibling?.subject;
      next.lastIndication = event.block.kind === 'heading' ? undefined : state.sectionIndication;
      next.lastIndications = next.lastIndication === undefined ? [] : [next.lastIndication];
      next.lastIndicationParent = undefined;
      next.fdaInPreviousSentence = false;
      // A heading starts a section, whose approval words speak of no regulator until one is named.
      if (event.block.kind === 'heading') next.fdaApprover = false;
      next.efficacySeen = false;
      next.harmSeen = false;
      next.subjectInSentence = undefined;
      next.pluralSubject = sibling?.plural;
      next.pluralBefore = undefined;
      next.namedInSentence = NO_TREATMENTS;
      next.jointBefore = NO_TREATMENTS;
      return next;
    }
    case 'sentence': {
      const { sentence } = event;
      const named = sentence.entities.find((m) => m.ref.type === 'intervention' && !sentence.comparators.has(m));
      const namedId = named ? (named.ref as { id: string }).id : undefined;
      const efficacy = assertsEffect(sentence);
      // One new state per sentence: what every sentence resets, and what this one sets.
      const documentTopic = state.documentTopic ?? namedId;
      const efficacySeen = state.efficacySeen || efficacy;
      const harmSeen = state.harmSeen || sentence.has('side-effect') || sentence.has('harm');
      const pluralBefore = state.pluralSubject ?? state.questionPlural;
      if (state.block?.kind !== 'heading') {
        // What "the treatment" means here: the subject of an earlier sentence of the paragraph
        // (or of a list's lead-in), else the section's or the document's topic.
        const leadInSubject = state.block?.kind === 'list-item' ? state.leadIn?.subject : undefined;
        const contextSubject = leadInSubject ?? state.lastSubject ?? state.sectionTopic ?? documentTopic;
        const input = discourseInput(sentence, namedId, contextSubject);
        // A plural word for a treatment ("these injections") means the one named in the plural before it, if any.
        const pluralSubject =
          noted(pluralSubjectRule, input, trace) ??
          noted(pluralMention, pluralBefore === undefined ? input : { ...input, inContext: pluralBefore }, trace);
        const next = sentenceStart(state, documentTopic, efficacySeen, pluralBefore);
        next.harmSeen = harmSeen;
        next.contextSubject = contextSubject;
        // A run of questions goes on; the sentence after it may answer what they asked.
        next.runAsked = event.question === true ? undefined : state.questionRun;
        next.questionRun = event.question === true ? state.questionRun : undefined;
        next.usedInSentence = noted(usedProduct, input, trace);
        next.exceptionInSentence = noted(soleException, input, trace);
        next.pluralSubject = pluralSubject;
        // A question that names nothing ("Skin boosters were flat this quarter. Why?") asks about the
        // treatments the sentence before spoke of.
        const asksAbout = pluralSubject ?? (namedId === undefined ? state.pluralSubject : undefined);
        next.questionPlural =
          event.question === true ? noted(pluralQuestion, { ...input, pluralSubject: asksAbout }, trace) : undefined;
        return next;
      }
      // "## Are polynucleotides safe?", "**What do they treat?**": the answer's "they".
      const asked = namedId ?? state.lastSubject ?? state.sectionTopic ?? documentTopic;
      const input = discourseInput(sentence, namedId, asked);
      const questionPlural =
        event.question === true
          ? noted(pluralQuestion, { ...input, pluralSubject: noted(pluralSubjectRule, input, trace) }, trace)
          : undefined;
      // Headings are not claims, but a heading that names a treatment sets the section's topic,
      // and one that names harms ("## Side effects") marks the section.
      const sectionHarm = sentence.has('side-effect');
      // "Cellulite mesotherapy, per session – £160": the item's name says what it is for.
      const sectionIndication = noted(priceHeading, input, trace);
      const next = sentenceStart(state, documentTopic, efficacySeen, pluralBefore);
      next.harmSeen = harmSeen;
      next.pluralSubject = undefined;
      next.sectionHarm = sectionHarm;
      next.questionPlural = questionPlural;
      next.sectionIndication = sectionIndication;
      const depth = state.block.depth;
      if (namedId) {
        next.lastSubject = namedId;
        next.sectionTopic = namedId;
        next.sectionDepth = depth;
        next.sectionRead = false;
        next.recentSubject = namedId;
      } else {
        next.recentSubject = undefined;
        // "## Exosomer" … "## Praktisk": a sibling heading that names no treatment ends the section about
        // one; what follows is about the document's topic again. A subheading ("### Bivirkninger") does not,
        // nor a heading right under the one that named it (a plain-text price line's "Chin, bra line").
        if (state.sectionDepth !== undefined && state.sectionRead && depth > 0 && depth <= state.sectionDepth) {
          next.sectionTopic = undefined;
          next.sectionDepth = undefined;
        }
      }
      return next;
    }
    case 'clause': {
      const { reading } = event;
      // "They strengthen the hair you have, and slow down shedding": the treatments "they" means continue the sentence.
      const subjectInSentence =
        reading.named[0] ??
        (reading.carriedBy === 'plural-reference' ? reading.subjects[0] : undefined) ??
        state.subjectInSentence;
      // "The studio uses a lipolytic cocktail …": a product used is not what the paragraph is about (`used-product`).
      // Nor is it when the clause also refers back ("the product it used contained deoxycholic acid").
      // Nor is a treatment named as the exception ("The only injection approved for fat is deoxycholic acid",
      // `sole-exception`), nor what "it" means right after it ("…er Belkyra, og det er bare godkjent for
      // dobbelthake"): what follows speaks of the topic again.
      const exception = state.exceptionInSentence;
      const named =
        reading.named[0] === state.usedInSentence || reading.named[0] === exception ? undefined : reading.named[0];
      const referred =
        reading.refersBack && reading.subjects[0] !== state.usedInSentence && reading.subjects[0] !== exception
          ? reading.subjects[0]
          : undefined;
      const lastSubject = named ?? referred ?? state.lastSubject;
      const lastIndication = reading.indications.at(-1) ?? state.lastIndication;
      // "Minoxidil and finasteride …, and both are FDA-approved": what "both" means (`joint-reference`).
      // A treatment named as what another is compared with is named with it ("PRP has been tested more than hair
      // mesotherapy …, so neither treatment is proven").
      const newlyNamed = [...reading.named, ...reading.compared].filter(
        (id, i, all) => !state.namedInSentence.includes(id) && all.indexOf(id) === i,
      );
      // Most clauses change nothing here: the state is immutable, so the same one will do.
      if (
        newlyNamed.length === 0 &&
        subjectInSentence === state.subjectInSentence &&
        lastSubject === state.lastSubject &&
        lastIndication === state.lastIndication &&
        reading.indications.length === 0
      )
        return state;
      const next = copyOf(state);
      next.subjectInSentence = subjectInSentence;
      next.lastSubject = lastSubject;
      next.lastIndication = lastIndication;
      if (newlyNamed.length > 0) next.namedInSentence = [...state.namedInSentence, ...newlyNamed];
      if (reading.indications.length > 0) {
        next.lastIndications = reading.indications;
        next.lastIndicationParent = reading.lastIndicationParent;
      }
      return next;
    }
    case 'header': {
      // "| Method | … | FDA status |": the row's approval words are the FDA's (`approval-column`).
      if (noted(approvalColumn, discourseInput(event.sentence, undefined, undefined), trace) === undefined)
        return state;
      const next = copyOf(state);
      next.fdaInPreviousSentence = true;
      return next;
    }
    case 'asked': {
      const next = copyOf(state);
      next.askedInBlock = event.claims;
      if (state.block?.kind !== 'heading' && event.claims.length > 0)
        next.questionRun = [...(state.questionRun ?? []), ...event.claims];
      next.usesAskedInBlock = event.uses;
      next.approvalAskedInBlock = event.approval;
      return next;
    }
    case 'sentence-end': {
      const fdaInPreviousSentence = event.sentence.has('fda');
      const input = discourseInput(event.sentence, undefined, undefined);
      // A question that ends its line is answered yes or no on the next line, in this paragraph (`line-answer`).
      const lineAsked =
        state.askedInBlock !== undefined && state.block !== undefined
          ? noted(
              lineAnswer,
              { ...input, following: state.block.text.slice(event.sentence.start + event.sentence.text.length) },
              trace,
            ) !== undefined
          : false;
      // A paragraph's label line ("**Ida · 19:11**") is passed over: what was asked is asked of the line after it (`label-line`).
      const labelPassed =
        state.block?.label === true &&
        (state.asked !== undefined || state.usesAsked !== undefined || state.approvalAsked !== undefined)
          ? noted(
              labelLine,
              {
                ...input,
                following: state.block.text.slice(event.sentence.start + event.sentence.text.length),
                labelled: true,
              },
              trace,
            ) !== undefined
          : false;
      const substance = noted(lastSubstance, input, trace) ?? state.lastSubstance;
      const fdaApprover = state.fdaApprover || noted(namedApprover, input, trace) !== undefined;
      // A report is kept over one aside that names nothing and answers nothing (`report-aside`); a heading
      // opens another section, so it is no aside.
      const reportedNow = event.reported !== undefined && event.reported.length > 0 ? event.reported : undefined;
      const overAside =
        reportedNow === undefined &&
        state.reportedBefore !== undefined &&
        !state.reportedOverAside &&
        state.block?.kind !== 'heading' &&
        noted(reportAside, input, trace) !== undefined;
      const reportedBefore = reportedNow ?? (overAside ? state.reportedBefore : undefined);
      if (
        !lineAsked &&
        reportedBefore === state.reportedBefore &&
        overAside === state.reportedOverAside &&
        fdaInPreviousSentence === state.fdaInPreviousSentence &&
        fdaApprover === state.fdaApprover &&
        state.asked === undefined &&
        state.usesAsked === undefined &&
        state.approvalAsked === undefined &&
        substance === state.lastSubstance
      )
        return state;
      const next = copyOf(state);
      next.fdaInPreviousSentence = fdaInPreviousSentence;
      next.fdaApprover = fdaApprover;
      next.asked = lineAsked ? state.askedInBlock : labelPassed ? state.asked : undefined;
      next.usesAsked = labelPassed ? state.usesAsked : undefined;
      next.approvalAsked = lineAsked ? state.approvalAskedInBlock : labelPassed ? state.approvalAsked : undefined;
      // Answered on its line, the question is not asked again of the next paragraph.
      if (lineAsked) {
        next.askedInBlock = undefined;
        next.approvalAskedInBlock = undefined;
      }
      next.lastSubstance = substance;
      next.reportedBefore = reportedBefore;
      next.reportedOverAside = overAside;
      return next;
    }
    case 'block-end': {
      const recentSubject = state.lastSubject ?? state.recentSubject;
      const item = state.block?.kind === 'list-item';
      if (state.block?.kind === 'heading' || (recentSubject === state.recentSubject && !item && !state.itemBefore))
        return state;
      const next = copyOf(state);
      next.recentSubject = recentSubject;
      // Not an ingredient ("💉 Phosphatidylcholine breaks down fat." … "🛡️ The treatment is safe"): "the
      // treatment" is a procedure.
      const subject = state.lastSubject === state.lastSubstance ? undefined : state.lastSubject;
      next.itemBefore = item ? { subject, plural: state.pluralSubject } : undefined;
      return next;
    }
  }
}

/**
 * The state a sentence starts from, heading or not: a copy of `state` with what every sentence
 * resets (its own subject, what its block asked) and what every sentence carries forward.
 */
function sentenceStart(
  state: DiscourseState,
  documentTopic: string | undefined,
  efficacySeen: boolean,
  pluralBefore: DiscourseState['pluralBefore'],
): Mutable<DiscourseState> {
  const next = copyOf(state);
  next.documentTopic = documentTopic;
  next.efficacySeen = efficacySeen;
  next.subjectInSentence = undefined;
  next.usedInSentence = undefined;
  next.exceptionInSentence = undefined;
  next.pluralBefore = pluralBefore;
  if (state.namedInSentence.length >= 2) next.jointBefore = state.namedInSentence;
  next.namedInSentence = NO_TREATMENTS;
  next.askedInBlock = undefined;
  next.usesAskedInBlock = undefined;
  next.approvalAskedInBlock = undefined;
  return next;
}

/**
 * A new state with the fields of `state`, to change before it is returned (and never after).
 * Written out field by field: V8 copies an object of this many fields with a spread (`{ ...state }`)
 * tens of times more slowly, and the reducer runs several times per sentence.
 *
 * @param state - The state to copy.
 * @returns The copy.
 * @example
 * ```ts
 * import { copyOf, INITIAL_DISCOURSE } from './discourse.js';
 * copyOf(INITIAL_DISCOURSE).sectionHarm; // false
 * ```
 */
export function copyOf(state: DiscourseState): Mutable<DiscourseState> {
  return {
    documentTopic: state.documentTopic,
    sectionTopic: state.sectionTopic,
    sectionDepth: state.sectionDepth,
    sectionRead: state.sectionRead,
    sectionHarm: state.sectionHarm,
    recentSubject: state.recentSubject,
    itemBefore: state.itemBefore,
    block: state.block,
    leadIn: state.leadIn,
    lastSubject: state.lastSubject,
    lastIndication: state.lastIndication,
    lastIndications: state.lastIndications,
    lastIndicationParent: state.lastIndicationParent,
    fdaInPreviousSentence: state.fdaInPreviousSentence,
    fdaApprover: state.fdaApprover,
    efficacySeen: state.efficacySeen,
    harmSeen: state.harmSeen,
    subjectInSentence: state.subjectInSentence,
    usedInSentence: state.usedInSentence,
    exceptionInSentence: state.exceptionInSentence,
    contextSubject: state.contextSubject,
    pluralSubject: state.pluralSubject,
    pluralBefore: state.pluralBefore,
    namedInSentence: state.namedInSentence,
    jointBefore: state.jointBefore,
    questionPlural: state.questionPlural,
    askedInBlock: state.askedInBlock,
    asked: state.asked,
    questionRun: state.questionRun,
    runAsked: state.runAsked,
    usesAskedInBlock: state.usesAskedInBlock,
    usesAsked: state.usesAsked,
    approvalAskedInBlock: state.approvalAskedInBlock,
    approvalAsked: state.approvalAsked,
    sectionIndication: state.sectionIndication,
    lastSubstance: state.lastSubstance,
    reportedBefore: state.reportedBefore,
    reportedOverAside: state.reportedOverAside,
  };
}

/**
 * A type with its fields writable: what {@link copyOf} gives, to fill before it is returned.
 *
 * @example
 * ```ts
 * import type { DiscourseState } from './discourse.js';
 * import type { Mutable } from './discourse.js';
 * type Draft = Mutable<DiscourseState>;
 * ```
 */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Whether a sentence speaks of an effect: it has an effect word, or ends in a purpose word (a
 * lead-in such as "Vi bruker mesoterapi mot:", a question such as "Hva kan det brukes mot?").
 *
 * @param sentence - The sentence.
 * @returns True when it does.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { assertsEffect } from './discourse.js';
 * import { buildLexicon } from './lexicon.js';
 * import { readSentence } from './sentence.js';
 * assertsEffect(readSentence('Vi bruker mesoterapi mot:', 0, buildLexicon(knowledgeBase.dataset, 'nb'))); // true
 * ```
 */
export function assertsEffect(sentence: SentenceView): boolean {
  const lastToken = sentence.tokens.length - 1;
  return effectWords(sentence) || sentence.cues.some((m) => isRole(m, 'purpose') && m.last === lastToken);
}

/** Whether the sentence has an effect word outside every idiom ("How a session works" has none: `idiom`). */
function effectWords(sentence: SentenceView): boolean {
  if (!sentence.has('efficacy')) return false;
  if (!sentence.has('idiom')) return true;
  const idioms = sentence.cues.filter((m) => isRole(m, 'idiom'));
  return sentence.cues.some((m) => isRole(m, 'efficacy') && !inIdiom(idioms, m));
}

/** No treatments: shared, so that a sentence that names none allocates nothing. */
const NO_TREATMENTS: readonly string[] = Object.freeze([]);

/** `plural-subject`, named apart from the state's field of that name. */
const pluralSubjectRule = pluralSubject;

/**
 * What a discourse rule sees of a sentence.
 *
 * @param sentence - The sentence.
 * @param named - The first treatment it names.
 * @param inContext - The treatment the text is about there.
 * @param end - The token before which to read it (its end by default).
 * @returns The input.
 */
function discourseInput(
  sentence: SentenceView,
  named: string | undefined,
  inContext: string | undefined,
  end = sentence.tokens.length,
): DiscourseInput {
  return { sentence, named, inContext, pluralSubject: undefined, end };
}

/** What the rule notes, traced when it notes something. */
function noted(rule: DiscourseRule, input: DiscourseInput, trace: Trace | undefined): string | undefined {
  const value = rule.note(input);
  if (value !== undefined) trace?.({ rule: rule.name, action: 'noted' });
  return value;
}

/**
 * What the block just read tells the blocks after it.
 *
 * @param state - The state at the block's end.
 * @returns Its summary.
 */
export function summarizeBlock(state: DiscourseState): BlockSummary {
  const heading = state.block?.kind === 'heading';
  const harm = state.harmSeen && !state.efficacySeen;
  if (state.lastSubject === undefined)
    return SUBJECTLESS[(harm ? 4 : 0) + (state.efficacySeen ? 2 : 0) + (heading ? 1 : 0)] as BlockSummary;
  return { subject: state.lastSubject, efficacy: state.efficacySeen, heading, harm };
}

/**
 * The summaries of blocks that name no treatment, one of each kind, shared: a reader keeps a
 * summary per block until it knows no later block names that block as its lead-in, and most
 * blocks name none, so most summaries it keeps are these rather than an object per block.
 */
const SUBJECTLESS: readonly BlockSummary[] = [false, true].flatMap((harm) =>
  [false, true].flatMap((efficacy) =>
    [false, true].map((heading) => Object.freeze({ subject: undefined, efficacy, heading, harm })),
  ),
);

/**
 * The context a clause is read in.
 *
 * @param state - The state before the clause.
 * @param sentence - The clause's sentence.
 * @param question - Whether the sentence is a question.
 * @param abbreviations - The language's abbreviations.
 * @returns The clause's context.
 */
export function clauseContext(
  state: DiscourseState,
  sentence: SentenceView,
  question: boolean,
  abbreviations: ReadonlySet<string>,
  clauseStart = 0,
): ClauseContext {
  // A list under a paragraph lead-in speaks of the treatment in context only when the lead-in
  // asserts an effect or names a treatment ("We use mesotherapy against:"): the items of
  // "Common causes of hair loss:" are not claims about the treatment named before it. Under a
  // heading ("## Hår") or with no lead-in, the section's treatment is meant.
  const leadIn = state.leadIn;
  const listItem =
    state.block?.kind === 'list-item' &&
    (leadIn === undefined || leadIn.heading || leadIn.efficacy || leadIn.subject !== undefined);
  // A table's row speaks of the treatment in its own cells only ("| Fat freezing | Reduces fat |").
  const row = state.block?.row === true;
  return {
    contextSubject: row ? undefined : state.contextSubject,
    recentSubject: row ? undefined : (state.lastSubject ?? state.recentSubject),
    listItem,
    leadInEffect: state.leadIn?.efficacy ?? false,
    harmSection: state.sectionHarm,
    harmLeadIn: state.block?.kind === 'list-item' && state.leadIn?.harm === true,
    subjectInSentence: state.subjectInSentence,
    pluralSubject: row ? undefined : (state.pluralSubject ?? state.pluralBefore),
    jointSubjects: row ? NO_TREATMENTS : state.namedInSentence.length >= 2 ? state.namedInSentence : state.jointBefore,
    lastIndication: state.lastIndication,
    lastIndications: state.lastIndications,
    lastIndicationParent: state.lastIndicationParent,
    fdaNearby: sentence.has('fda') || state.fdaInPreviousSentence,
    fdaApprover: state.fdaApprover,
    question,
    asked: state.asked,
    runAsked: state.runAsked,
    usesAsked: state.usesAsked,
    approvalAsked: state.approvalAsked,
    reportedBefore: state.reportedBefore,
    substance: lastSubstance.note(discourseInput(sentence, undefined, undefined, clauseStart)) ?? state.lastSubstance,
    abbreviations,
  };
}
