/**
 * The contract between the clause reader and its rules: what a rule sees of a clause
 * ({@link ClauseView}), what it gives back ({@link PlacedClaim}), and the kinds of registry
 * entry — clause splits, discourse rules (what a sentence tells the sentences after it), clause
 * signals (what a clause's shape tells the carry rules), carry rules, claim rules, cue suppressors,
 * claim suppressors, claim qualifiers, sentence qualifiers (a claim's polarity from another clause
 * of its sentence), and question rules (what a question asks, for the answer after it).
 *
 * @module
 */
import type { Claim, Polarity, Predicate } from '../../evidence/claim.js';
import type { ClauseReading } from '../clause-claims.js';
import type { Population } from '../../schema/common.js';
import type { CueRole } from '../../schema/cue.js';
import type { LexiconMatch } from '../lexicon.js';
import type { Clause, SentenceView } from '../sentence.js';

/**
 * What the clause's surroundings tell it: the subject in context, and what the
 * sentence or lead-in already established. Computed by the discourse reducer.
 */
export interface ClauseContext {
  /** The treatment the text is about here, for clauses that name none ("the treatment"). */
  readonly contextSubject: string | undefined;
  /** The treatment named last, for pronouns ("it", "det"); may be in an earlier paragraph. */
  readonly recentSubject: string | undefined;
  /** Whether the clause is in a list item. */
  readonly listItem: boolean;
  /** Whether the list's lead-in asserts an effect ("We use mesotherapy against:"). */
  readonly leadInEffect: boolean;
  /** Whether the section's heading names harms ("Side effects", "Bivirkninger"). */
  readonly harmSection: boolean;
  /** Whether the clause is in a list item whose lead-in names harms and asserts no effect ("Side effects can occur:"). */
  readonly harmLeadIn?: boolean;
  /** The subject an earlier clause of the sentence named. */
  readonly subjectInSentence: string | undefined;
  /** The treatment named in the plural as the subject of this sentence or the one before ("Skin boosters are …"). */
  readonly pluralSubject: string | undefined;
  /**
   * The treatments named together (two or more) as subjects in this sentence so far, else in the last
   * sentence of the paragraph that named two or more ("Mesoterapi og PRP tilbys …"), for "both", "begge".
   */
  readonly jointSubjects: readonly string[];
  /** The last indication named earlier in the paragraph. */
  readonly lastIndication: string | undefined;
  /** Every indication the last clause before that named any named ("these conditions" refers to them). */
  readonly lastIndications: readonly string[];
  /** The broader indication {@link lastIndication} is part of ("arvelig hårtap": hair loss), if any. */
  readonly lastIndicationParent?: string | undefined;
  /** Whether the FDA is named in this sentence or the one before. */
  readonly fdaNearby: boolean;
  /** Whether an earlier sentence of the section named the FDA as the approver (`named-approver`). */
  readonly fdaApprover: boolean;
  /** Whether the sentence is a question (questions are not claims). */
  readonly question: boolean;
  /**
   * What the question that ended the block before asked, read as a statement, for an
   * elliptical answer opening this block ("Is it FDA-approved?" … "No.").
   */
  readonly asked?: readonly Claim[];
  /** What the questions right before the sentence, in its paragraph, asked ("Mesotherapy for cellulite?"), read as statements. */
  readonly runAsked?: readonly Claim[] | undefined;
  /** What the sentence before reported others to claim ("Clinics say that …"), for a sentence that asks or answers whether it holds. */
  readonly reportedBefore?: readonly Claim[] | undefined;
  /**
   * The treatment whose uses the question that ended the block before asks ("**Hva kan det brukes
   * mot?**"), for a list of indications answering it in this block's first sentence.
   */
  readonly usesAsked?: string | undefined;
  /**
   * The approval the question that ended the block before asked about with no regulator named ("**Er det
   * godkjent?**"), read as the FDA's, for an answer that names the FDA ("Ja, av FDA, men bare mot …").
   */
  readonly approvalAsked?: readonly Claim[] | undefined;
  /** The drug named last before the clause, in any role, for "the substance", "stoffet". */
  readonly substance?: string | undefined;
  /** Abbreviations, so "no. 2" is not read as a negation. */
  readonly abbreviations: ReadonlySet<string>;
}

/**
 * One clause as the rules see it: its annotations (lexicon spans with roles), its
 * subjects as the discourse resolved them, and a polarity reader. Built once per clause;
 * every rule reads the same view.
 */
export interface ClauseView {
  /** The sentence the clause is in. */
  readonly sentence: SentenceView;
  /** The clause. */
  readonly clause: Clause;
  /** What the discourse before it established. */
  readonly context: ClauseContext;
  /** The cue phrases of a role inside the clause, in order (before suppression). */
  cues(role: CueRole): readonly LexiconMatch[];
  /** Whether a cue of the role is inside the clause. */
  has(role: CueRole): boolean;
  /** Intervention names inside the clause (comparators and ingredients included). */
  readonly interventions: readonly LexiconMatch[];
  /** Indication names inside the clause. */
  readonly indicationMatches: readonly LexiconMatch[];
  /** The interventions the clause names as subjects (not comparators or ingredients). */
  readonly named: readonly string[];
  /** The indications it names, in order, once each. */
  readonly indications: readonly string[];
  /** The subjects its claims are about: named, or from context when the clause refers back. */
  readonly subjects: readonly string[];
  /** Whether it refers back ("the treatment", "it", "behandlingen"). */
  readonly refersBack: boolean;
  /** Whether it carries the subject of an earlier clause of the sentence. */
  readonly carried: boolean;
  /** The carry rule that gave its subject, when it names none. */
  readonly carriedBy: string | undefined;
  /** Whether it opens with an effect word ("**Effekt:** reduserer cellulitt"). */
  readonly opensWithEffect: boolean;
  /** The names of the clause signals that hold for it (`continued-sentence`, `effect-opening`, …). */
  readonly signals: readonly string[];
  /** Whether it opens its sentence: it is the first clause, or the first after a speaker's label ("A: No.", `speaker-label`). */
  readonly opensSentence: boolean;
  /** Whether it hedges ("little evidence", "uprøvd"). */
  readonly hedged: boolean;
  /** Predicate phrases in the clause ("no downtime", "trygg"). */
  readonly predicatePhrases: readonly LexiconMatch[];
  /** Effect words that survived the cue suppressors. */
  readonly effects: readonly LexiconMatch[];
  /** Purpose words ("for", "mot") that survived the cue suppressors. */
  readonly purposes: readonly LexiconMatch[];
  /**
   * The polarity of a claim whose own words start at token `anchor`: a negation before it
   * (from token `from` on, when given) denies it, a hedge in the clause makes it uncertain.
   */
  polarityAt(anchor: number, from?: number): Polarity;
}

/** A claim a rule read, with the token it stands at (for order and suppression). */
export interface PlacedClaim {
  /** Token index of the claim's own words. */
  readonly at: number;
  /** The claim. */
  readonly claim: Claim;
  /** The rule that read it. */
  readonly rule: string;
}

/**
 * What every registry entry has: a name. What it does, in a sentence or two, is in
 * the catalogue (src/claims/rules/catalogue.ts), apart from the code that runs.
 */
export interface RuleInfo {
  /** Kebab-case name, also the module's file name and its fixture file's name. */
  readonly name: string;
}

/** A claim rule: reads claims of one predicate from a clause. */
export interface ClaimRule extends RuleInfo {
  /** The kind of entry. */
  readonly kind: 'claim';
  /** The predicate of the claims it reads (none when it takes them from elsewhere, as an elliptical answer does). */
  readonly predicate?: Predicate;
  /** Reads the clause. */
  read(view: ClauseView): readonly PlacedClaim[];
}

/**
 * A cue suppressor: takes words of a role out of play before the claim rules run ("want to
 * remove fat": the effect word after a wish asserts nothing).
 */
export interface CueSuppressor extends RuleInfo {
  /** The kind of entry. */
  readonly kind: 'cue';
  /** The roles of the words it may take out. */
  readonly roles: readonly CueRole[];
  /** Whether this word is taken out. */
  drops(view: ClauseView, match: LexiconMatch): boolean;
}

/** A claim suppressor: drops a claim a rule read ("Does mesotherapy work?" asserts nothing). */
export interface ClaimSuppressor extends RuleInfo {
  /** The kind of entry. */
  readonly kind: 'suppress';
  /**
   * Whether what it drops is a claim the text reports others make ("Clinics say that …"): kept, as
   * {@link ClauseReading.reported}, for the sentence after it that asks or answers whether it holds.
   */
  readonly reports?: boolean;
  /** Whether this claim is dropped. */
  drops(view: ClauseView, placed: PlacedClaim): boolean;
}

/**
 * A claim qualifier: changes the polarity of a claim a rule read and no suppressor dropped —
 * a claim reported in order to be refuted is denied ("false statements that it is safe"), a
 * study's finding put with a modal is hedged ("a review found that it may help") — or limits it
 * to the population the clause names ("FDA-approved for women").
 */
export interface ClaimQualifier extends RuleInfo {
  /** The kind of entry. */
  readonly kind: 'qualify';
  /** The claim's polarity as the clause has it, or undefined to leave it. */
  polarity?(view: ClauseView, placed: PlacedClaim): Polarity | undefined;
  /** The population the clause limits the claim to, or undefined to leave it (everyone). */
  population?(view: ClauseView, placed: PlacedClaim): Population | undefined;
  /** The indication the claim is about instead of its own, or undefined to leave it. */
  object?(view: ClauseView, placed: PlacedClaim): string | undefined;
}

/**
 * What a carry rule sees of a clause that names no treatment: its annotations, what the
 * discourse before it established, and what the clause itself signals.
 */
export interface CarryInput {
  /** The sentence the clause is in. */
  readonly sentence: SentenceView;
  /** The clause. */
  readonly clause: Clause;
  /** What the discourse before it established. */
  readonly context: ClauseContext;
  /** Whether a cue of the role is inside the clause. */
  has(role: CueRole): boolean;
  /** The cue phrases of a role inside the clause, in order. */
  readonly cues: (role: CueRole) => readonly LexiconMatch[];
  /** Indication names inside the clause, in order. */
  readonly indicationMatches: readonly LexiconMatch[];
  /** Whether it carries the subject of an earlier clause of the sentence (", and …", "but is not …"). */
  readonly carried: boolean;
  /** Whether it opens with an effect word ("**Effekt:** reduserer cellulitt"). */
  readonly opensWithEffect: boolean;
  /** Predicate phrases in the clause ("no downtime", "trygg"). */
  readonly predicatePhrases: readonly LexiconMatch[];
}

/**
 * A carry rule: gives a clause that names no treatment the subject of the discourse — only
 * when the clause refers back to it ("it", "the treatment", "behandlingen"), continues its
 * sentence, is a list item under a lead-in that speaks of it, … The first rule that gives a
 * subject wins; a clause no rule speaks for has none (a general statement, another treatment).
 * A rule may give several subjects at once ("both", "begge": each of the treatments named together).
 */
export interface CarryRule extends RuleInfo {
  /** The kind of entry. */
  readonly kind: 'carry';
  /** The subject (or subjects) the clause is about, or undefined when this rule does not carry one. */
  subject(input: CarryInput): string | readonly string[] | undefined;
}

/**
 * A clause split: where a sentence's clauses with claims of their own start ("…, but …",
 * "While …, …"). Applied while annotating; a clause it starts is marked with its name.
 */
export interface ClauseSplit extends RuleInfo {
  /** The kind of entry. */
  readonly kind: 'split';
}

/**
 * What a discourse rule sees of a sentence: the sentence, the treatments it and its surroundings
 * name, and how far into it to look.
 */
export interface DiscourseInput {
  /** The sentence. */
  readonly sentence: SentenceView;
  /** The first treatment the sentence names (not one it only compares with), if any. */
  readonly named: string | undefined;
  /** The treatment the text is about at the sentence: what "the treatments", "behandlingene" mean in it. */
  readonly inContext: string | undefined;
  /** The treatment the sentence opens with in the plural, as `plural-subject` noted it. */
  readonly pluralSubject: string | undefined;
  /** The token before which the sentence is read: its length at its end, a clause's first token within it. */
  readonly end: number;
  /** The text of the block after the sentence (read at the sentence's end only; empty otherwise). */
  readonly following?: string;
  /** Whether the sentence's block opens with a label line (`Block.label`; read at the sentence's end only). */
  readonly labelled?: boolean;
}

/**
 * A discourse rule: notes what a sentence tells the sentences after it — the treatment it opens
 * with in the plural, for a later "they"; the drug it names, for "the substance"; the indication a
 * price-list heading names, for its section. The discourse reducer (src/claims/discourse.ts) keeps
 * what each notes in its state; the carry rules and claim rules read it from the clause's context.
 */
export interface DiscourseRule extends RuleInfo {
  /** The kind of entry. */
  readonly kind: 'discourse';
  /** What the sentence tells the sentences after it (a treatment's or an indication's id), or undefined. */
  note(input: DiscourseInput): string | undefined;
}

/** What a clause signal sees of a clause: its sentence, the clause, and its context. */
export interface ClauseSignalInput {
  /** The sentence the clause is in. */
  readonly sentence: SentenceView;
  /** The clause. */
  readonly clause: Clause;
  /** What the discourse before it established. */
  readonly context: ClauseContext;
  /** Whether a cue of the role is inside the clause. */
  has(role: CueRole): boolean;
  /** The clause's cues of the role, in order. */
  cues(role: CueRole): readonly LexiconMatch[];
}

/**
 * A clause signal: something the shape of a clause says about its subject — it continues its
 * sentence (", and reduces cellulite"), its subject is left out ("but is not approved"), it opens
 * with an effect word (a label's text). The clause view computes each once; the carry rules and
 * claim rules read them, and a signal acts when a claim stands on a clause that names no treatment.
 */
export interface ClauseSignal extends RuleInfo {
  /** The kind of entry. */
  readonly kind: 'signal';
  /** Whether the clause shows the signal. */
  holds(input: ClauseSignalInput): boolean;
}

/**
 * What a question rule sees of a question: the sentence, the context its clauses are read in as
 * statements, and the treatment it asks about. A question that names no treatment asks about the
 * one the text is about there: its "it" is the treatment named last, else the paragraph's, the
 * section's or the document's ("### Is it safe?" under a heading that names none).
 */
export interface QuestionInput {
  /** The question. */
  readonly sentence: SentenceView;
  /** The context its clauses are read in as statements ("it" resolved as above). */
  readonly context: ClauseContext;
  /** The treatment it asks about: named in it, else the one its pronoun or the text is about. */
  readonly subject: string | undefined;
  /** The claims of its clauses, read in the context as statements (by the claim rules and suppressors). */
  readonly read: (context: ClauseContext) => readonly Claim[];
}

/** What a question asks, as a question rule reads it. */
export interface QuestionReading {
  /** Claims it asks about, read as statements, for an elliptical answer ("Yes.", "None."). */
  readonly claims?: readonly Claim[];
  /** The treatment whose uses it asks, for a list of indications answering it. */
  readonly uses?: string;
  /** The approval it asks about with no regulator named, read as the FDA's, for an answer that names the FDA. */
  readonly approval?: readonly Claim[];
}

/**
 * A question rule: reads what a question asks ("Is it FDA-approved?", "Is there any downtime?",
 * "Hva kan det brukes mot?"), for the answer in the block after it (`elliptical-answer`,
 * `uses-answer`). Every rule reads every question, in order; the claims they read are added up.
 */
export interface QuestionRule extends RuleInfo {
  /** The kind of entry. */
  readonly kind: 'question';
  /**
   * What the question asks, or undefined when this rule reads nothing in it.
   *
   * @param input - The question.
   * @param asked - The claims the rules before this one read in it.
   */
  asks(input: QuestionInput, asked: readonly Claim[]): QuestionReading | undefined;
}

/** What a sentence qualifier sees of one clause of the sentence: the clause and what was read in it. */
export interface ReadClauseOfSentence {
  /** The clause. */
  readonly clause: Clause;
  /** What the clause rules read in it. */
  readonly reading: ClauseReading;
}

/**
 * A sentence qualifier: changes the polarity of a clause's claim by what another clause of the
 * sentence says ("X helps Y, but there is not enough research to say": the contrast hedges the
 * claim before it). Applied once the sentence's clauses are read; the first that changes it wins.
 */
export interface SentenceQualifier extends RuleInfo {
  /** The kind of entry. */
  readonly kind: 'sentence';
  /**
   * The claim's polarity as the sentence has it, or undefined to leave it.
   *
   * @param clauses - The sentence's clauses, in order.
   * @param index - The index of the clause the claim is in.
   * @param claim - The claim.
   */
  polarity(clauses: readonly ReadClauseOfSentence[], index: number, claim: Claim): Polarity | undefined;
}

/**
 * A sentence claims rule: reads the claims of all a sentence's clauses together, once each clause is
 * read, and gives them back with claims dropped or added ("approved only for fat under the chin": an
 * approval for a narrower use implies none for the broader one). Applied in registry order, each to
 * what the one before gave.
 */
export interface SentenceClaimsRule extends RuleInfo {
  /** The kind of entry. */
  readonly kind: 'sentence-claims';
  /**
   * The sentence's claims, clause by clause, as this rule reads them: the same array when it changes
   * nothing.
   *
   * @param sentence - The sentence.
   * @param clauses - Its clauses, in order, with what the clause rules read in them.
   * @param claims - The claims of each clause so far (one list per clause, in order).
   * @param trace - Where to report what it did.
   */
  reconcile(
    sentence: SentenceView,
    clauses: readonly ReadClauseOfSentence[],
    claims: readonly (readonly Claim[])[],
    trace: Trace | undefined,
  ): readonly (readonly Claim[])[];
}

/** Any entry of the registry. */
export type RegistryEntry =
  | ClaimRule
  | CueSuppressor
  | ClaimSuppressor
  | ClaimQualifier
  | CarryRule
  | ClauseSplit
  | DiscourseRule
  | ClauseSignal
  | QuestionRule
  | SentenceQualifier
  | SentenceClaimsRule;

/** What the reader reports while it reads, for rule fixtures and debugging. */
export interface TraceEvent {
  /** The rule or suppressor. */
  readonly rule: string;
  /**
   * `read` a claim, `dropped` a claim, `masked` a word, `qualified` a claim's polarity,
   * `carried` the subject of a claim read, `split` off the clause of a claim read, `asked`
   * (read what a question asks), `noted` (a discourse rule noted what a sentence tells the ones
   * after it) or `signalled` (a clause signal held for a clause that names no treatment, and has claims).
   */
  readonly action: 'read' | 'dropped' | 'masked' | 'qualified' | 'carried' | 'split' | 'asked' | 'noted' | 'signalled';
  /** The claim read or dropped. */
  readonly claim?: Claim;
}

/** Receives trace events. */
export type Trace = (event: TraceEvent) => void;
