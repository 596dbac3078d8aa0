/**
 * Builds the {@link ClauseView} every rule reads: the clause's lexicon spans by role, its
 * subjects (named, or taken from the discourse when the clause refers back), and its
 * polarity reader.
 *
 * @module
 */
import type { Polarity, Predicate } from '../evidence/claim.js';
import type { CueRole } from '../schema/cue.js';
import { approvalApposition } from './apposition.js';
import { soleClassMembers } from './sole-class.js';
import type { LexiconMatch } from './lexicon.js';
import { carriedSubject } from './rules/carry.js';
import { CLAUSE_SIGNALS, continuedSentence, effectOpening, speakerLabel } from './rules/clause-signals.js';
import type { ClauseContext, ClauseSignalInput, ClauseView } from './rules/types.js';
import { isRole, type Clause, type SentenceView } from './sentence.js';
import type { Token } from './tokenize.js';

/** The predicates a cue phrase asserts by itself ("no downtime", "ingen bivirkninger"). */
export const PREDICATE_CUES: readonly (CueRole & Predicate)[] = ['safe', 'side-effect-free', 'no-downtime'];

const EMPTY: readonly LexiconMatch[] = [];
const NONE: readonly string[] = [];

/**
 * A clause's cue phrases by role, and what a clause signal reads of it: one object per clause
 * whose lookups are prototype methods, not closures made for every clause.
 */
class ClauseCues implements ClauseSignalInput {
  constructor(
    readonly sentence: SentenceView,
    readonly clause: Clause,
    readonly context: ClauseContext,
    /** The clause's cue phrases by role, in order. */
    readonly byRole: ReadonlyMap<CueRole, readonly LexiconMatch[]>,
  ) {}

  cues(role: CueRole): readonly LexiconMatch[] {
    return this.byRole.get(role) ?? EMPTY;
  }

  has(role: CueRole): boolean {
    return this.byRole.has(role);
  }
}

/**
 * The view every rule reads: a class, so that every view (and the copy a cue suppressor's
 * dropped word makes) has one hidden class and its methods live on the prototype.
 */
class ClauseViewObject extends ClauseCues implements ClauseView {
  /** The clause's negations, worked out when a rule first asks for a polarity: most clauses make no claim and never do. */
  private negations: readonly LexiconMatch[] | undefined = undefined;

  constructor(
    cues: ClauseCues,
    readonly interventions: readonly LexiconMatch[],
    readonly indicationMatches: readonly LexiconMatch[],
    readonly named: readonly string[],
    readonly indications: readonly string[],
    readonly subjects: readonly string[],
    readonly refersBack: boolean,
    readonly carried: boolean,
    readonly carriedBy: string | undefined,
    readonly opensWithEffect: boolean,
    readonly signals: readonly string[],
    readonly opensSentence: boolean,
    readonly hedged: boolean,
    readonly predicatePhrases: readonly LexiconMatch[],
    readonly effects: readonly LexiconMatch[],
    readonly purposes: readonly LexiconMatch[],
  ) {
    super(cues.sentence, cues.clause, cues.context, cues.byRole);
  }

  polarityAt(anchor: number, from?: number): Polarity {
    return polarityAt(this, (this.negations ??= negationsOf(this)), anchor, from);
  }

  /** The same view with other effect and purpose words (those no cue suppressor took out). */
  withWords(effects: readonly LexiconMatch[], purposes: readonly LexiconMatch[]): ClauseViewObject {
    return new ClauseViewObject(
      this,
      this.interventions,
      this.indicationMatches,
      this.named,
      this.indications,
      this.subjects,
      this.refersBack,
      this.carried,
      this.carriedBy,
      this.opensWithEffect,
      this.signals,
      this.opensSentence,
      this.hedged,
      this.predicatePhrases,
      effects,
      purposes,
    );
  }
}

/**
 * The view of one clause, before suppression (`effects` and `purposes` hold every
 * effect and purpose word of the clause).
 *
 * @param sentence - The annotated sentence.
 * @param clause - The clause.
 * @param context - What the discourse before it established.
 * @returns The view.
 */
export function clauseView(sentence: SentenceView, clause: Clause, context: ClauseContext): ClauseView {
  // A clause that is its whole sentence (most are) has the sentence's cues: its index, not a copy.
  const whole = clause.first === 0 && clause.last >= sentence.tokens.length - 1;
  const { byRole, predicatePhrases } = whole ? sentenceCues(sentence) : clauseCues(sentence, clause);
  const index = new ClauseCues(sentence, clause, context, byRole);
  const namedInClause: LexiconMatch[] = [];
  const indicationMatches: LexiconMatch[] = [];
  for (const m of sentence.entities) {
    if (m.first < clause.first || m.last > clause.last) continue;
    if (m.ref.type === 'intervention') namedInClause.push(m);
    else if (m.ref.type === 'indication') indicationMatches.push(m);
  }
  // "Kybella is the only fat-dissolving injection approved by the FDA": the class after "the
  // only" is not a treatment the clause speaks of.
  const classes = soleClassMembers(sentence, namedInClause, clause.first, clause.last);
  const interventions = classes.size === 0 ? namedInClause : namedInClause.filter((m) => !classes.has(m));
  // "approved one fat-dissolving injection, Kybella": the class before the appositive is not a subject.
  const apposition = approvalApposition(sentence, interventions, clause.first, clause.last);
  const named = unique(namedIds(interventions, sentence.comparators, apposition));
  const indications = unique(indicationMatches.map(idOf));
  // What the clause's shape says of its subject: the registry's clause signals (src/claims/rules/clause-signals.ts).
  let held: string[] | undefined;
  for (const signal of CLAUSE_SIGNALS) if (signal.holds(index)) (held ??= []).push(signal.name);
  const signals: readonly string[] = held ?? NONE;
  const carried = signals.includes(continuedSentence.name);
  const opensWithEffect = signals.includes(effectOpening.name);
  // Without a subject of its own, a clause speaks of the one in context only when a carry rule
  // of the registry says so (src/claims/rules/carry.ts): a back reference, the sentence's subject,
  // a list's lead-in, a label's text, a study report.
  const carry =
    named.length === 0
      ? carriedSubject({
          sentence,
          clause,
          context,
          has: (role) => byRole.has(role),
          cues: (role) => byRole.get(role) ?? EMPTY,
          indicationMatches,
          carried,
          opensWithEffect,
          predicatePhrases,
        })
      : undefined;
  const carriedBy = carry?.rule;
  const subjects: readonly string[] = carry ? carry.subjects : named;
  // A clause refers back when it has a word for the treatment or a pronoun, or "they" carried its subject.
  const refersBack =
    byRole.has('topic-reference') ||
    byRole.has('pronoun') ||
    carriedBy === 'plural-reference' ||
    carriedBy === 'substance-reference';
  return new ClauseViewObject(
    index,
    interventions,
    indicationMatches,
    named,
    indications,
    subjects,
    refersBack,
    carried,
    carriedBy,
    opensWithEffect,
    signals,
    clause.first === 0 || signals.includes(speakerLabel.name),
    byRole.has('hedge'),
    predicatePhrases,
    effectWords(index.cues('efficacy'), index.cues('evidence-positive')),
    index.cues('purpose'),
  );
}

/** A clause's cues by role and its predicate phrases, in order. */
interface CueIndex {
  readonly byRole: ReadonlyMap<CueRole, readonly LexiconMatch[]>;
  readonly predicatePhrases: readonly LexiconMatch[];
}

/** The cues of a clause that is its whole sentence: the sentence's own index. */
function sentenceCues(sentence: SentenceView): CueIndex {
  const byRole = sentence.cuesByRole;
  let roles = 0;
  let phrases: readonly LexiconMatch[] = EMPTY;
  for (const role of PREDICATE_CUES) {
    const list = byRole.get(role);
    if (!list) continue;
    roles++;
    phrases = list;
  }
  return {
    byRole,
    // Phrases of two predicates are put in the sentence's order.
    predicatePhrases:
      roles < 2 ? phrases : sentence.cues.filter((m) => m.ref.type === 'cue' && isPredicateCue(m.ref.role)),
  };
}

/** The cues inside a clause, by role. */
function clauseCues(sentence: SentenceView, clause: Clause): CueIndex {
  const byRole = new Map<CueRole, LexiconMatch[]>();
  const predicatePhrases: LexiconMatch[] = [];
  for (const m of sentence.cues) {
    if (m.first < clause.first || m.last > clause.last || m.ref.type !== 'cue') continue;
    const role = m.ref.role;
    let list = byRole.get(role);
    if (!list) byRole.set(role, (list = []));
    list.push(m);
    if (isPredicateCue(role)) predicatePhrases.push(m);
  }
  return { byRole, predicatePhrases };
}

function isPredicateCue(role: CueRole): boolean {
  return (PREDICATE_CUES as readonly string[]).includes(role);
}

/**
 * The same view with other effect and purpose words: a view of the same hidden class as the one
 * {@link clauseView} made.
 *
 * @param view - A view {@link clauseView} made.
 * @param effects - The effect words no cue suppressor took out.
 * @param purposes - The purpose words no cue suppressor took out.
 * @returns The view with those words.
 */
export function withWords(
  view: ClauseView,
  effects: readonly LexiconMatch[],
  purposes: readonly LexiconMatch[],
): ClauseView {
  return view instanceof ClauseViewObject ? view.withWords(effects, purposes) : { ...view, effects, purposes };
}

/** The ids of the interventions the clause names as subjects: not comparators, nor a class described by an appositive. */
function namedIds(
  interventions: readonly LexiconMatch[],
  comparators: ReadonlySet<LexiconMatch>,
  apposition: ReturnType<typeof approvalApposition>,
): string[] {
  const ids: string[] = [];
  for (const m of interventions) {
    if (comparators.has(m)) continue;
    if (apposition !== undefined && m.first > apposition.single.last && m.last < apposition.apposed.first) continue;
    ids.push(idOf(m));
  }
  return ids;
}

/**
 * The negations of a clause that deny: "ikke kirurgisk", "non-surgical", "not only" look negative and
 * deny nothing; a negation inside a predicate phrase ("no side effects"), joined to the next word by a
 * hyphen ("ikke-kirurgisk"; but "non-approved" and "ikke-godkjent" do deny), ending in an abbreviation's
 * full stop ("no. 2") or answering a question ("No, …", "Zero – …") is not a negation.
 */
function negationsOf(
  view: ClauseCues & { readonly predicatePhrases: readonly LexiconMatch[] },
): readonly LexiconMatch[] {
  const { sentence, predicatePhrases } = view;
  const tokens = sentence.tokens;
  const abbreviations = view.context.abbreviations;
  const exceptions = view.cues('not-negation');
  const approvals = view.cues('approval');
  const fda = view.cues('fda');
  const approvalAt = (at: number): boolean =>
    approvals.some((a) => a.first === at) ||
    fda.some((f) => f.first === at && approvals.some((a) => a.first === f.last + 1));
  const negations = view.cues('negation');
  const determiners = view.cues('negative-determiner');
  if (negations.length === 0 && determiners.length === 0) return EMPTY;
  return [...negations, ...determiners].filter((m) => {
    // "ikke kirurgisk", "non-surgical", "not only": looks negative, denies nothing.
    if (exceptions.some((e) => e.first <= m.first && m.last <= e.last)) return false;
    const last = tokens[m.last] as Token;
    return (
      !predicatePhrases.some((p) => p.first <= m.last && m.first <= p.last) &&
      // A hyphen makes a negation a prefix that denies nothing ("ikke-kirurgisk", "non-surgical")
      // — except before an approval word: "non-approved", "non-FDA-approved", "ikke-godkjent" deny it.
      (!(tokens[m.last + 1]?.joinedToPrevious ?? false) || approvalAt(m.last + 1)) &&
      // "No, after mesotherapy you can…", "Nei, mesoterapi fjerner ikke…", "Zero – back to the office
      // the same afternoon": an answer set off by a comma, a dash or a colon, not a negation.
      !(m.first === 0 && /^\s*[,:\u2013\u2014-]/.test(sentence.text.slice(last.end - sentence.start))) &&
      !(sentence.text[last.end - sentence.start] === '.' && abbreviations.has(last.folded))
    );
  });
}

/**
 * Polarity of a claim whose own words start at `anchor`: a negation counts only before it
 * ("no downtime and no anaesthetic" is not a denied no-downtime claim); a hedge anywhere in
 * the clause ("… is unproven") makes it uncertain. A predicate phrase ("no downtime") is denied
 * by "not", never by another "no" in a list ("No surgery and no downtime"): for those (`from`
 * given) determiners do not count… except one right before it ("ingen risikofri behandling").
 */
function polarityAt(
  view: ClauseView,
  negations: readonly LexiconMatch[],
  anchor: number,
  from: number | undefined,
): Polarity {
  for (const m of negations)
    if (
      m.first < anchor &&
      (from === undefined || (m.first >= from && (!isRole(m, 'negative-determiner') || m.last === anchor - 1)))
    )
      return 'negate';
  return view.hedged ? 'uncertain' : 'affirm';
}

/**
 * The id a name match stands for.
 *
 * @param match - An intervention or indication match.
 * @returns Its record id.
 */
export function idOf(match: LexiconMatch): string {
  return (match.ref as { id: string }).id;
}

/**
 * The ids, each once, in first-seen order.
 *
 * @param ids - Ids.
 * @returns The ids without repeats.
 */
export function unique(ids: readonly string[]): string[] {
  // Most clauses name no treatment or one: no set for those.
  return ids.length < 2 ? [...ids] : [...new Set(ids)];
}

/** The effect words of a clause: its efficacy words and, in order among them, the phrases that say the effect is well shown. */
function effectWords(efficacy: readonly LexiconMatch[], shown: readonly LexiconMatch[]): readonly LexiconMatch[] {
  return shown.length === 0 ? efficacy : [...efficacy, ...shown].sort((a, b) => a.first - b.first);
}
