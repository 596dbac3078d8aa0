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
import type { ClauseContext, ClauseView } from './rules/types.js';
import { isRole, type Clause, type SentenceView } from './sentence.js';
import { textBetween, type Token } from './tokenize.js';

/** The predicates a cue phrase asserts by itself ("no downtime", "ingen bivirkninger"). */
export const PREDICATE_CUES: readonly (CueRole & Predicate)[] = ['safe', 'side-effect-free', 'no-downtime'];

const EMPTY: readonly LexiconMatch[] = [];
const NONE: readonly string[] = [];
/** How many words a place list may run before its last part ("on the neck and jawline"). */
const PLACE_LIST_REACH = 4;

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
  const byRole = new Map<CueRole, LexiconMatch[]>();
  const predicatePhrases: LexiconMatch[] = [];
  for (const m of sentence.cues) {
    if (m.first < clause.first || m.last > clause.last || m.ref.type !== 'cue') continue;
    const role = m.ref.role;
    let list = byRole.get(role);
    if (!list) byRole.set(role, (list = []));
    list.push(m);
    if ((PREDICATE_CUES as readonly string[]).includes(role)) predicatePhrases.push(m);
  }
  const cues = (role: CueRole): readonly LexiconMatch[] => byRole.get(role) ?? EMPTY;
  const namedInClause: LexiconMatch[] = [];
  const indicationMatches: LexiconMatch[] = [];
  // "strammer slapp hud på magen", "tightens loose skin on the belly": a place named right after an
  // indication says where it is, and is no use of its own.
  const places = byRole.get('place');
  // "under haken, på magen og …" lists places: a comma or a conjunction between them.
  const listed = (a: LexiconMatch, b: LexiconMatch): boolean =>
    textBetween(sentence.text, sentence.start, sentence.tokens[a.last], sentence.tokens[b.first]).trim() !== '';
  // "tightens loose skin on the neck and jawline": a place list right after an indication, whose last
  // part happens to name an indication too, still says where.
  const inPlaceList = (previous: LexiconMatch, m: LexiconMatch): boolean => {
    const place = places?.find((p) => p.first === previous.last + 1);
    if (!place || m.first <= place.last + 1 || m.first - place.last - 1 > PLACE_LIST_REACH) return false;
    const between = sentence.cues.filter((c) => c.first > place.last && c.last < m.first);
    return (
      between.some((c) => isRole(c, 'conjunction')) &&
      between.every((c) => isRole(c, 'conjunction') || isRole(c, 'article')) &&
      !places?.some((p) => p.first === m.last + 1)
    );
  };
  for (const m of sentence.entities) {
    if (m.first < clause.first || m.last > clause.last) continue;
    if (m.ref.type === 'intervention') namedInClause.push(m);
    else if (m.ref.type === 'indication') {
      const previous = indicationMatches.at(-1);
      if (places && previous?.last === m.first - 1 && places.some((p) => p.first === m.first) && !listed(previous, m))
        continue;
      if (previous && inPlaceList(previous, m)) continue;
      indicationMatches.push(m);
    }
  }
  // "Kybella is the only fat-dissolving injection approved by the FDA": the class after "the
  // only" is not a treatment the clause speaks of.
  const classes = soleClassMembers(sentence, namedInClause, clause.first, clause.last);
  const interventions = classes.size === 0 ? namedInClause : namedInClause.filter((m) => !classes.has(m));
  // "approved one fat-dissolving injection, Kybella": the class before the appositive is not a subject.
  const apposition = approvalApposition(sentence, interventions, clause.first, clause.last);
  const described = (m: LexiconMatch): boolean =>
    apposition !== undefined && m.first > apposition.single.last && m.last < apposition.apposed.first;
  const named = unique(interventions.filter((m) => !sentence.comparators.has(m) && !described(m)).map(idOf));
  const indications = unique(indicationMatches.map(idOf));
  const has = (role: CueRole): boolean => byRole.has(role);
  // What the clause's shape says of its subject: the registry's clause signals (src/claims/rules/clause-signals.ts).
  const signalInput = { sentence, clause, context, has, cues };
  let held: string[] | undefined;
  for (const signal of CLAUSE_SIGNALS) if (signal.holds(signalInput)) (held ??= []).push(signal.name);
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
          has,
          cues,
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
  const hedged = byRole.has('hedge');
  return {
    sentence,
    clause,
    context,
    cues,
    has,
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
    opensSentence: clause.first === 0 || signals.includes(speakerLabel.name),
    hedged,
    predicatePhrases,
    effects: effectWords(cues('efficacy'), cues('evidence-positive')),
    purposes: cues('purpose'),
    polarityAt: polarityReader(sentence, cues, predicatePhrases, hedged, context.abbreviations),
  };
}

/**
 * Polarity of a claim whose own words start at `anchor`: a negation counts only before it
 * ("no downtime and no anaesthetic" is not a denied no-downtime claim); a hedge anywhere in
 * the clause ("… is unproven") makes it uncertain. A negation inside a predicate phrase
 * ("no side effects"), joined to the next word by a hyphen ("ikke-kirurgisk"; but "non-approved"
 * and "ikke-godkjent" do deny), ending in an
 * abbreviation's full stop ("no. 2") or answering a question ("No, …", "Zero – …") is not a negation.
 */
function polarityReader(
  sentence: SentenceView,
  cues: (role: CueRole) => readonly LexiconMatch[],
  predicatePhrases: readonly LexiconMatch[],
  hedged: boolean,
  abbreviations: ReadonlySet<string>,
): (anchor: number, from?: number) => Polarity {
  const tokens = sentence.tokens;
  const exceptions = cues('not-negation');
  const approvals = cues('approval');
  const fda = cues('fda');
  const approvalAt = (at: number): boolean =>
    approvals.some((a) => a.first === at) ||
    fda.some((f) => f.first === at && approvals.some((a) => a.first === f.last + 1));
  // "did not mention that …", «nevnte ikke at …»: the negation is of the mentioning; what was not
  // mentioned after "that" is still asserted.
  const mentions = cues('mention');
  const openings = mentions.length === 0 ? EMPTY : cues('claim-opening');
  const deniesMention = (m: LexiconMatch): boolean =>
    mentions.some(
      (v) =>
        ((v.first - m.last >= 1 && v.first - m.last <= 2) || m.first === v.last + 1) &&
        openings.some((o) => o.first > Math.max(v.last, m.last) && o.first - v.last <= 2),
    );
  // Worked out when a rule first asks for a polarity: most clauses make no claim and never do.
  const negationsOf = (): readonly LexiconMatch[] =>
    [...cues('negation'), ...cues('negative-determiner')].filter((m) => {
      // "ikke kirurgisk", "non-surgical", "not only": looks negative, denies nothing.
      if (exceptions.some((e) => e.first <= m.first && m.last <= e.last)) return false;
      if (mentions.length > 0 && deniesMention(m)) return false;
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
  // A predicate phrase ("no downtime") is denied by "not", never by another "no" in a list
  // ("No surgery and no downtime"): for those (`from` given) determiners do not count.
  // …except one right before it ("ingen risikofri behandling"), or one that determines a reference to the
  // treatment ("No such injections are free of side effects", «ingen slike sprøyter er helt uten bivirkninger»).
  const determinesReference = (m: LexiconMatch): boolean => cues('topic-reference').some((r) => r.first === m.last + 1);
  let negations: readonly LexiconMatch[] | undefined;
  return (anchor, from) =>
    (negations ??= negationsOf()).some(
      (m) =>
        m.first < anchor &&
        (from === undefined ||
          (m.first >= from && (!isRole(m, 'negative-determiner') || m.last === anchor - 1 || determinesReference(m)))),
    )
      ? 'negate'
      : hedged
        ? 'uncertain'
        : 'affirm';
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
 * Whether a sentence names an indication after a treatment other than `subjects`, as that treatment's
 * use ("Minoxidil works for male pattern baldness; scalp mesotherapy may help a few": the baldness is
 * minoxidil's, not what the sentence says of mesotherapy).
 *
 * @param sentence - The sentence, by its name matches.
 * @param indication - A match of an indication in it.
 * @param subjects - The treatments the clause speaks of.
 * @returns True when another treatment is named before the indication.
 * @example
 * ```ts
 * import { afterAnotherTreatment } from './clause-view.js';
 * const minoxidil = { first: 0, last: 0, ref: { type: 'intervention', id: 'minoxidil' } } as const;
 * const baldness = { first: 3, last: 5, ref: { type: 'indication', id: 'androgenetic-alopecia' } } as const;
 * afterAnotherTreatment({ entities: [minoxidil, baldness] }, baldness, ['mesotherapy']); // true
 * ```
 */
export function afterAnotherTreatment(
  sentence: Pick<SentenceView, 'entities'>,
  indication: LexiconMatch,
  subjects: readonly string[],
): boolean {
  return sentence.entities.some(
    (m) => m.ref.type === 'intervention' && m.last < indication.first && !subjects.includes(idOf(m)),
  );
}

/**
 * Whether an effect phrase of the clause ends in a purpose word ("treatment for", «behandling mot»): it
 * names what something is for, not what it does.
 *
 * @param view - The clause, by its purpose words.
 * @param effect - An effect phrase of the clause.
 * @returns True when a purpose word ends it.
 * @example
 * ```ts
 * import { endsInPurpose } from './clause-view.js';
 * const purpose = { first: 1, last: 1, ref: { type: 'cue', role: 'purpose' } } as const;
 * endsInPurpose({ purposes: [purpose] }, { first: 0, last: 1 }); // true: "treatment for"
 * ```
 */
export function endsInPurpose(
  view: { readonly purposes: readonly LexiconMatch[] },
  effect: { readonly last: number },
): boolean {
  return view.purposes.some((p) => p.last === effect.last);
}

/**
 * Whether a colon (after any closing emphasis) follows the clause's last word: the clause is a label or a
 * lead-in to what comes after it ("Mesotherapy for cellulite: …", "**Effekt**: …").
 *
 * @param sentence - The sentence.
 * @param clause - One of its clauses.
 * @returns True when a colon follows it.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { endsInColon } from './clause-view.js';
 * import { buildLexicon } from './lexicon.js';
 * import { readSentence } from './sentence.js';
 * const sentence = readSentence('Mesotherapy for cellulite: the research is thin.', 0, buildLexicon(knowledgeBase.dataset, 'en'));
 * endsInColon(sentence, sentence.clauses[0]!); // true
 * ```
 */
export function endsInColon(sentence: SentenceView, clause: Clause): boolean {
  const last = sentence.tokens[clause.last];
  return last !== undefined && /^[*_]*\s*:/.test(sentence.text.slice(last.end - sentence.start));
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
