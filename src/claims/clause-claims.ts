/**
 * Reads the claims of one clause: builds the clause's view (subjects, spans by role,
 * polarity), lets the cue suppressors take words out of play, runs every claim rule of
 * the registry (src/claims/rules), drops what the claim suppressors drop and lets the
 * qualifiers deny or hedge what is reported as false or put as a possibility. The rules
 * live in their own modules; vocabulary comes from the lexicon.
 *
 * @module
 */
import type { Claim } from '../evidence/claim.js';
import { placedClaim } from './claim-shape.js';
import { clauseView, idOf } from './clause-view.js';
import type { LexiconMatch } from './lexicon.js';
import { CLAIM_QUALIFIERS, CLAIM_RULES, CLAIM_SUPPRESSORS, CUE_SUPPRESSORS } from './rules/index.js';
import { priceLine } from './rules/price-line.js';
import type { ClauseContext as RuleContext, ClauseView, PlacedClaim, Trace } from './rules/types.js';
import type { Clause, SentenceView } from './sentence.js';

/**
 * What the clause's surroundings tell it: the subject in context, and what the
 * sentence or lead-in already established.
 *
 * @example
 * ```ts
 * import type { ClauseContext } from './clause-claims.js';
 * const context: ClauseContext = { contextSubject: 'mesotherapy', recentSubject: undefined, listItem: false, leadInEffect: false, harmSection: false,
 *   subjectInSentence: undefined, pluralSubject: undefined, jointSubjects: [], lastIndication: undefined, lastIndications: [], fdaNearby: false, fdaApprover: false, question: false, abbreviations: new Set() };
 * ```
 */
export type ClauseContext = RuleContext;

/**
 * The claims of a clause, and what it tells the clauses after it.
 *
 * @example
 * ```ts
 * import type { ClauseReading } from './clause-claims.js';
 * ```
 */
export interface ClauseReading {
  /** The claims, in reading order. */
  readonly claims: readonly Claim[];
  /** The subjects the claims are about (named, or from context). */
  readonly subjects: readonly string[];
  /** The interventions the clause names as subjects. */
  readonly named: readonly string[];
  /** The interventions it names as what something is compared with ("than hair mesotherapy"). */
  readonly compared: readonly string[];
  /** The indications it names. */
  readonly indications: readonly string[];
  /** The broader indication the last of them is part of ("arvelig hårtap": hair loss), if any. */
  readonly lastIndicationParent?: string | undefined;
  /** Whether it refers back to the treatment ("the treatment", "behandlingen"). */
  readonly refersBack: boolean;
  /** The carry rule that gave its subject, when it names none. */
  readonly carriedBy: string | undefined;
  /** Whether it hedges ("there is not enough research"). */
  readonly hedged: boolean;
  /** The claims it reports others to make, dropped as theirs ("Clinics say that it lifts sagging skin"). */
  readonly reported: readonly Claim[];
  /**
   * Whether it opens a sentence of its own: the sentence's first clause, the clause after a speaker's label
   * ("A: No."), or a price line's. A finding quotes the clauses from the last one that opens a sentence up to
   * the next.
   */
  readonly opensSentence: boolean;
}

/**
 * Reads the claims of one clause.
 *
 * @param sentence - The sentence.
 * @param clause - The clause.
 * @param context - What the surroundings tell it.
 * @param trace - Receives what each rule and suppressor did (for fixtures and debugging).
 * @returns The claims and what they are about.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { buildLexicon } from './lexicon.js';
 * import { readClause } from './clause-claims.js';
 * import { readSentence } from './sentence.js';
 * const sentence = readSentence('Mesotherapy does not remove fat.', 0, buildLexicon(knowledgeBase.dataset, 'en'));
 * readClause(sentence, sentence.clauses[0]!, { contextSubject: undefined, recentSubject: undefined, listItem: false, leadInEffect: false, harmSection: false,
 *   subjectInSentence: undefined, pluralSubject: undefined, jointSubjects: [], lastIndication: undefined, lastIndications: [], fdaNearby: false, fdaApprover: false, question: false, abbreviations: new Set() })
 *   .claims[0]?.polarity; // 'negate'
 * ```
 */
export function readClause(
  sentence: SentenceView,
  clause: Clause,
  context: ClauseContext,
  trace?: Trace,
): ClauseReading {
  const base = clauseView(sentence, clause, context);
  // Cue suppressors take words out of play ("want to remove fat": the effect word is a wish).
  const effects = unsuppressed(base, base.effects, trace);
  const purposes = unsuppressed(base, base.purposes, trace);
  // Most clauses have no word taken out: their view is the base, not a copy of its fields.
  const view: ClauseView =
    effects === base.effects && purposes === base.purposes ? base : { ...base, effects, purposes };
  const placed: PlacedClaim[] = [];
  let reported: Claim[] | undefined;
  for (const rule of CLAIM_RULES) {
    for (const found of rule.read(view)) {
      // Suppressors and qualifiers read the claim in one shape (one hidden class at each of their
      // reads of it); the claim the rule wrote is what the clause gives on, its fields in its order.
      const shaped = placedClaim(found.at, found.claim, found.rule);
      const suppressor = CLAIM_SUPPRESSORS.find((s) => s.drops(view, shaped));
      trace?.({ rule: suppressor?.name ?? found.rule, action: suppressor ? 'dropped' : 'read', claim: found.claim });
      if (!suppressor) placed.push(qualified(view, shaped, found, trace));
      // A report keeps the indication its words give ("said that they are approved by the FDA for tummies"), for
      // the sentence that answers it; its polarity and population stay as reported.
      else if (suppressor.reports === true)
        (reported ??= []).push(qualified(view, shaped, found, trace, OBJECT_QUALIFIERS).claim);
    }
  }
  const claims = placed.sort((a, b) => a.at - b.at).map((p) => p.claim);
  // The carry rule that gave the subject, and the split that started the clause, acted when a claim stands on them.
  if (view.carriedBy && claims.some((c) => view.subjects.includes(c.subject)))
    trace?.({ rule: view.carriedBy, action: 'carried' });
  if (clause.split && claims.length > 0) trace?.({ rule: clause.split, action: 'split' });
  // A clause signal acted when a claim stands on a clause that names no treatment and shows it.
  if (view.named.length === 0 && claims.length > 0)
    for (const signal of view.signals) trace?.({ rule: signal, action: 'signalled' });
  return {
    claims,
    subjects: view.subjects,
    named: view.named,
    compared: comparedIn(view),
    indications: view.indications,
    lastIndicationParent: lastParent(view),
    refersBack: view.refersBack,
    carriedBy: view.carriedBy,
    hedged: view.hedged,
    reported: reported ?? NOTHING_REPORTED,
    opensSentence: view.opensSentence || clause.split === priceLine.name,
  };
}

const NOTHING_REPORTED: readonly Claim[] = Object.freeze([]);

/** The treatments the clause names as comparators ("than hair mesotherapy"), each once. */
function comparedIn(view: ClauseView): readonly string[] {
  const { comparators } = view.sentence;
  if (comparators.size === 0) return NOTHING_COMPARED;
  const ids = view.interventions.filter((m) => comparators.has(m)).map(idOf);
  return ids.length === 0 ? NOTHING_COMPARED : [...new Set(ids)];
}

const NOTHING_COMPARED: readonly string[] = Object.freeze([]);

/** What a qualifier may change of a claim, in the order the changes are made. */
const QUALIFIED_FIELDS = ['object', 'polarity', 'population'] as const;

/**
 * For each of {@link QUALIFIED_FIELDS}, the qualifiers that may change it, in the registry's order:
 * every claim a clause places is offered to them, and most qualifiers change one field only.
 */
const QUALIFIERS_BY_FIELD = QUALIFIED_FIELDS.map(
  (field) => [field, CLAIM_QUALIFIERS.filter((qualifier) => qualifier[field] !== undefined)] as const,
);

/** The qualifiers of a claim's indication only, for what a clause reports others to claim. */
const OBJECT_QUALIFIERS = QUALIFIERS_BY_FIELD.filter(([field]) => field === 'object');

/**
 * The claim (`placed`, as its rule wrote it; `shaped`, the same in one shape, is what the qualifiers read)
 * with the indication the first qualifier that narrows it gives ("bremser hårtapet" after
 * "arvelig hårtap"), the polarity the first qualifier that changes it gives ("false statements that it
 * is safe"), and the population the first qualifier that names one gives ("for women").
 */
function qualified(
  view: ClauseView,
  shaped: PlacedClaim,
  placed: PlacedClaim,
  trace: Trace | undefined,
  byField: typeof QUALIFIERS_BY_FIELD = QUALIFIERS_BY_FIELD,
): PlacedClaim {
  let claim = placed.claim;
  for (const [field, qualifiers] of byField)
    for (const qualifier of qualifiers) {
      const value = qualifier[field]?.(view, shaped);
      if (value === undefined || value === shaped.claim[field]) continue;
      claim = { ...claim, [field]: value };
      trace?.({ rule: qualifier.name, action: 'qualified', claim });
      break;
    }
  return claim === placed.claim ? placed : { ...placed, claim };
}

/** The parent of the clause's last indication ("arvelig hårtap" is part of hair loss). */
function lastParent(view: ClauseView): string | undefined {
  const last = view.indicationMatches.at(-1)?.ref;
  return last?.type === 'indication' ? last.parent : undefined;
}

/** The words that no cue suppressor takes out (the list itself when none is). */
function unsuppressed(
  view: ClauseView,
  matches: readonly LexiconMatch[],
  trace: Trace | undefined,
): readonly LexiconMatch[] {
  if (matches.length === 0) return matches;
  const kept = matches.filter((m) => {
    const role = m.ref.type === 'cue' ? m.ref.role : undefined;
    const suppressor = CUE_SUPPRESSORS.find((s) => role !== undefined && s.roles.includes(role) && s.drops(view, m));
    if (suppressor) trace?.({ rule: suppressor.name, action: 'masked' });
    return !suppressor;
  });
  return kept.length === matches.length ? matches : kept;
}
