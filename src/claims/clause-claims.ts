/**
 * Reads the claims of one clause: its subjects, the predicates its words assert, and
 * their polarity. The rules of reading live here; vocabulary comes from the lexicon.
 *
 * @module
 */
import type { Claim, Polarity, Predicate } from '../evidence/claim.js';
import type { CueRole } from '../schema/cue.js';
import type { LexiconMatch } from './lexicon.js';
import { isRole, type Clause, type SentenceView } from './sentence.js';
import type { Token } from './tokenize.js';

/** The predicates a cue phrase asserts by itself ("no downtime", "ingen bivirkninger"). */
const PREDICATE_CUES: readonly (CueRole & Predicate)[] = ['safe', 'side-effect-free', 'no-downtime'];

/** How far (in tokens) a purpose word reaches: "for stubborn belly fat". */
const PURPOSE_REACH = 3;

/** How close before an approval word a treatment is read as its subject: "Kybella, the only FDA-approved". */
const APPROVAL_ADJACENT = 4;

/** How far before a predicate phrase a negation still denies it: "is not completely safe". */
const PREDICATE_NEGATION_REACH = 3;

/**
 * What the clause's surroundings tell it: the subject in context, and what the
 * sentence or lead-in already established.
 *
 * @example
 * ```ts
 * import type { ClauseContext } from 'meso-evidence/factcheck';
 * const context: ClauseContext = { contextSubject: 'mesotherapy', recentSubject: undefined, listItem: false, leadInEffect: false,
 *   subjectInSentence: undefined, lastIndication: undefined, fdaNearby: false, question: false, abbreviations: new Set() };
 * ```
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
  /** The subject an earlier clause of the sentence named. */
  readonly subjectInSentence: string | undefined;
  /** The last indication named earlier in the paragraph. */
  readonly lastIndication: string | undefined;
  /** Whether the FDA is named in this sentence or the one before. */
  readonly fdaNearby: boolean;
  /** Whether the sentence is a question (questions are not claims). */
  readonly question: boolean;
  /** Abbreviations, so "no. 2" is not read as a negation. */
  readonly abbreviations: ReadonlySet<string>;
}

/**
 * The claims of a clause, and what it tells the clauses after it.
 *
 * @example
 * ```ts
 * import type { ClauseReading } from 'meso-evidence/factcheck';
 * ```
 */
export interface ClauseReading {
  /** The claims, in reading order. */
  readonly claims: readonly Claim[];
  /** The subjects the claims are about (named, or from context). */
  readonly subjects: readonly string[];
  /** The interventions the clause names as subjects. */
  readonly named: readonly string[];
  /** The indications it names. */
  readonly indications: readonly string[];
  /** Whether it refers back to the treatment ("the treatment", "behandlingen"). */
  readonly refersBack: boolean;
  /** Whether it hedges ("there is not enough research"). */
  readonly hedged: boolean;
}

/**
 * Reads the claims of one clause.
 *
 * @param sentence - The sentence.
 * @param clause - The clause.
 * @param context - What the surroundings tell it.
 * @returns The claims and what they are about.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { buildLexicon, readClause, readSentence } from 'meso-evidence/factcheck';
 * const sentence = readSentence('Mesotherapy does not remove fat.', 0, buildLexicon(knowledgeBase.dataset, 'en'));
 * readClause(sentence, sentence.clauses[0]!, { contextSubject: undefined, recentSubject: undefined, listItem: false, leadInEffect: false,
 *   subjectInSentence: undefined, lastIndication: undefined, fdaNearby: false, question: false, abbreviations: new Set() })
 *   .claims[0]?.polarity; // 'negate'
 * ```
 */
export function readClause(sentence: SentenceView, clause: Clause, context: ClauseContext): ClauseReading {
  const inClause = (m: LexiconMatch): boolean => m.first >= clause.first && m.last <= clause.last;
  const cuesOf = (role: CueRole): LexiconMatch[] => sentence.cues.filter((m) => inClause(m) && isRole(m, role));
  const interventions = sentence.entities.filter((m) => inClause(m) && m.ref.type === 'intervention');
  const indicationMatches = sentence.entities.filter((m) => inClause(m) && m.ref.type === 'indication');
  const named = unique(interventions.filter((m) => !sentence.comparators.has(m)).map(idOf));
  const indications = unique(indicationMatches.map(idOf));
  const predicateSpans = sentence.cues.filter(
    (m) => inClause(m) && m.ref.type === 'cue' && (PREDICATE_CUES as readonly string[]).includes(m.ref.role),
  );
  const pronoun = cuesOf('pronoun').length > 0;
  const refersBack = cuesOf('topic-reference').length > 0 || pronoun;
  const speaker = cuesOf('speaker').length > 0;
  // A clause continues the sentence's subject unless it brings its own: a contrast ("but many
  // of the medicines are approved") does, except when it opens with an effect word ("men fjerner fettet").
  const opener = clause.first + 1;
  const elided =
    clause.contrast &&
    sentence.cues.some((m) => (isRole(m, 'efficacy') || isRole(m, 'auxiliary')) && m.first === opener);
  const carried = context.subjectInSentence !== undefined && (!clause.contrast || elided) && !speaker;

  // Without a subject of its own, a clause may speak of the one in context: when it refers
  // back ("the treatment"), is a list item, asserts a predicate phrase ("no downtime"),
  // continues a sentence that named one (", and …"), opens with an effect word (a label's
  // text: "**Effekt:** reduserer cellulitt"), or reports a study and names no treatment.
  // (an adverb may come first: "Deeply plumps dehydrated skin").
  const opensWithEffect = sentence.cues.some(
    (m) => isRole(m, 'efficacy') && m.first >= clause.first && m.first <= clause.first + 1,
  );
  const reportsStudy =
    (sentence.has('study') || sentence.designs.size > 0) &&
    sentence.entities.every((m) => m.ref.type !== 'intervention');
  const mayUseContext =
    refersBack || context.listItem || predicateSpans.length > 0 || carried || opensWithEffect || reportsStudy;
  // A pronoun ("it") means the treatment named last; "the treatment" means the one the text
  // is about, not an ingredient just named ("Phosphatidylcholine is natural, so the treatment is safe").
  const topicReference = cuesOf('topic-reference').length > 0 && !pronoun;
  const fromContext = topicReference
    ? context.contextSubject
    : (context.subjectInSentence ??
      (pronoun ? (context.recentSubject ?? context.contextSubject) : context.contextSubject));
  const subjects = named.length > 0 ? named : mayUseContext && fromContext ? [fromContext] : [];

  const polarityAt = polarityReader(sentence, cuesOf, predicateSpans, context.abbreviations);
  const placed: { at: number; claim: Claim }[] = [];
  const place = (at: number, claim: Claim): void => {
    placed.push({ at, claim });
  };

  // fda-approved: an approval word with the FDA named in this sentence or the one before.
  const approval = cuesOf('approval')[0];
  if (approval && context.fdaNearby) {
    // "godkjennes ikke": a negation just after the approval word counts too.
    // What is approved is named before the approval word, even after "unlike" ("Unlike finasteride, which is FDA-approved…").
    const before = interventions.filter((m) => m.last < approval.first);
    const namedBefore = before.filter((m) => !sentence.comparators.has(m));
    // "…no better than topical minoxidil, which is FDA-approved": the relative clause speaks of the comparator.
    const nearest = before.at(-1);
    const relative =
      nearest && sentence.comparators.has(nearest)
        ? cuesOf('relative').find(
            (m) => m.first > nearest.last && m.first - nearest.last <= 3 && m.last < approval.first,
          )
        : undefined;
    // A treatment right before the approval word is what is approved ("…use Kybella, the only FDA-approved injectable").
    const adjacent = nearest && approval.first - nearest.last <= APPROVAL_ADJACENT ? nearest : undefined;
    const approved =
      relative && nearest
        ? [idOf(nearest)]
        : adjacent && !namedBefore.includes(adjacent)
          ? [idOf(adjacent)]
          : namedBefore.length > 0
            ? unique(namedBefore.map(idOf))
            : before.length > 0
              ? [idOf(before.at(-1) as LexiconMatch)]
              : subjects;
    const polarity = relative ? polarityAt(approval.first + 3, relative.last) : polarityAt(approval.first + 3);
    for (const subject of approved) {
      if (indications.length === 0) place(approval.first, { subject, predicate: 'fda-approved', polarity });
      for (const object of indications) place(approval.first, { subject, predicate: 'fda-approved', object, polarity });
    }
  }

  // safe, side-effect-free, no-downtime: the phrase is the claim.
  for (const span of predicateSpans) {
    const predicate = (span.ref as { role: Predicate }).role;
    // Only a negation right before the phrase denies it ("not risk-free", "ikke uten risiko"),
    // not one earlier in a list ("No surgery and no downtime").
    for (const subject of subjects)
      place(span.first, {
        subject,
        predicate,
        polarity: polarityAt(span.first, span.first - PREDICATE_NEGATION_REACH),
      });
  }

  // effective-for: an effect word, a purpose word right before the indication ("for hair
  // loss", not "approved for"), a list under an effect lead-in, or a hedge ("X for Y is
  // unproven") — never in a clause of history ("originally to relieve pain").
  const approvalEnds = cuesOf('approval').map((m) => m.last);
  // A purpose word in a clause about approval belongs to the approval ("approved by the FDA
  // for", "is an off-label use for").
  const purposes = approvalEnds.length > 0 || cuesOf('off-label').length > 0 ? [] : cuesOf('purpose');
  const purposeFor = (at: number): boolean => purposes.some((p) => p.last < at && at - p.last <= PURPOSE_REACH);
  // An effect word inside an indication's own name ("fat reduction") is part of the name,
  // unless the name opens with it ("stramme huden", "regrow hair").
  // In a clause about FDA approval, effect words after the approval word give its scope
  // ("godkjent av FDA, men bare til behandling av fett under haken"), not an effect claim.
  const fdaApproval = context.fdaNearby ? cuesOf('approval')[0] : undefined;
  // An effect right after a wish ("for people who want to remove fat") is the reader's wish.
  const wishes = cuesOf('wish');
  const effects = cuesOf('efficacy').filter(
    (m) =>
      !indicationMatches.some((e) => e.first < m.first && m.last <= e.last) &&
      !(fdaApproval && m.first > fdaApproval.last) &&
      !wishes.some((w) => m.first > w.last && m.first - w.last <= 3),
  );
  const hedged = cuesOf('hedge').length > 0;
  const listEffect = context.listItem && context.leadInEffect;
  const triggered = effects.length > 0 || hedged || listEffect || indicationMatches.some((m) => purposeFor(m.first));
  if (triggered && cuesOf('history').length === 0) {
    // With a subject and an effect word but no indication, the paragraph's last indication is
    // meant ("For hair loss, the picture is mixed. Dutasteride outperformed placebo."); not in a lead-in.
    const leadInSentence = /:\s*$/.test(sentence.text);
    const inherited =
      effects.length > 0 && (named.length > 0 || carried || refersBack || opensWithEffect) && !leadInSentence
        ? context.lastIndication
        : undefined;
    const objects = indications.length > 0 ? indications : inherited ? [inherited] : [];
    for (const object of objects) {
      const at = indicationMatches.find((m) => idOf(m) === object)?.first;
      if (at !== undefined && effects.length === 0 && !hedged && !listEffect && !purposeFor(at)) continue;
      const position = at ?? clause.first;
      // The claim's own effect word: the nearest before the indication, else the first after.
      // A negation counts up to whichever comes last ("fjerner ikke fett", "cellulite … never evaluated for efficacy").
      const effect = effects.filter((m) => m.first <= position).at(-1) ?? effects[0];
      const anchor = Math.max(effect?.first ?? position, at ?? clause.first);
      const polarity = polarityAt(anchor);
      for (const subject of effectSubjects(
        sentence,
        interventions,
        Math.min(anchor, position),
        effect,
        cuesOf('relative'),
        subjects,
      )) {
        place(position, { subject, predicate: 'effective-for', object, polarity });
      }
    }
  }

  // Words inside a short quotation are mentioned, not asserted: 'calls it "100% safe"'.
  const quotedAt = (at: number): boolean => sentence.quoted.some(([from, to]) => at >= from && at <= to);
  const claims = context.question
    ? []
    : [...placed]
        .filter((p) => !quotedAt(p.at))
        .sort((a, b) => a.at - b.at)
        .map((p) => p.claim);
  return { claims, subjects, named, indications, refersBack, hedged };
}

/**
 * Polarity of a claim whose own words start at `anchor`: a negation counts only before it
 * ("no downtime and no anaesthetic" is not a denied no-downtime claim); a hedge anywhere in
 * the clause ("… is unproven") makes it uncertain. A negation inside a predicate phrase
 * ("no side effects"), joined to the next word by a hyphen ("ikke-kirurgisk"), ending in an
 * abbreviation's full stop ("no. 2") or answering a question ("No, …") is not a negation.
 */
function polarityReader(
  sentence: SentenceView,
  cuesOf: (role: CueRole) => LexiconMatch[],
  predicateSpans: readonly LexiconMatch[],
  abbreviations: ReadonlySet<string>,
): (anchor: number, from?: number) => Polarity {
  const tokens = sentence.tokens;
  const exceptions = cuesOf('not-negation');
  const negations = [...cuesOf('negation'), ...cuesOf('negative-determiner')].filter((m) => {
    // "ikke kirurgisk", "non-surgical", "not only": looks negative, denies nothing.
    if (exceptions.some((e) => e.first <= m.first && m.last <= e.last)) return false;
    const last = tokens[m.last] as Token;
    return (
      !predicateSpans.some((p) => p.first <= m.last && m.first <= p.last) &&
      !(tokens[m.last + 1]?.joinedToPrevious ?? false) &&
      // "No, after mesotherapy you can…", "Nei, mesoterapi fjerner ikke…": an answer, not a negation.
      !(m.first === 0 && /^\s*,/.test(sentence.text.slice(last.end - sentence.start))) &&
      !(sentence.text[last.end - sentence.start] === '.' && abbreviations.has(last.folded))
    );
  });
  const hedged = cuesOf('hedge').length > 0;
  // A predicate phrase ("no downtime") is denied by "not", never by another "no" in a list
  // ("No surgery and no downtime"): for those (`from` given) determiners do not count.
  // …except one right before it ("ingen risikofri behandling").
  return (anchor, from) =>
    negations.some(
      (m) =>
        m.first < anchor &&
        (from === undefined || (m.first >= from && (!isRole(m, 'negative-determiner') || m.last === anchor - 1))),
    )
      ? 'negate'
      : hedged
        ? 'uncertain'
        : 'affirm';
}

/**
 * Who an effect claim is about: the subjects named before its words, when there are
 * any ("mesotherapy for thinning hair, injecting vitamins, minoxidil…" is about mesotherapy
 * only); a comparator when a relative clause right after it holds the effect word ("less
 * invasive than liposuction, which removes fat"); otherwise the clause's subjects.
 */
function effectSubjects(
  sentence: SentenceView,
  interventions: readonly LexiconMatch[],
  limit: number,
  effect: LexiconMatch | undefined,
  relatives: readonly LexiconMatch[],
  subjects: readonly string[],
): readonly string[] {
  const earlier = interventions.filter((m) => m.last < limit);
  const nearest = earlier.at(-1);
  if (nearest && effect && sentence.comparators.has(nearest)) {
    const relative = relatives.find((m) => m.first > nearest.last && m.first - nearest.last <= 3);
    if (relative && effect.first > relative.last && effect.first - relative.last <= 4) return [idOf(nearest)];
  }
  const before = earlier.filter((m) => !sentence.comparators.has(m));
  return before.length > 0 ? unique(before.map(idOf)) : subjects;
}

function idOf(match: LexiconMatch): string {
  return (match.ref as { id: string }).id;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
