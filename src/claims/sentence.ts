/**
 * Reads one sentence: its words, the phrases the lexicon finds in them, and its
 * clauses. Everything the claim reader needs, computed once per sentence.
 *
 * @module
 */
import { reorderedNames } from './reordered-names.js';
import type { CueRole } from '../schema/cue.js';
import type { StudyDesign } from '../schema/evidence.js';
import { isRole, type Lexicon, type LexiconMatch } from './lexicon.js';

export { isRole };
import { commaSplice, commaSpliceStarts } from './rules/comma-splice.js';
import { inIdiom } from './rules/idiom.js';
import { coordinatedThat, coordinatedThatStarts } from './rules/coordinated-that.js';
import { contrastStarts, contrastSplit } from './rules/contrast-split.js';
import { relativeSplit, relativeStarts } from './rules/relative-split.js';
import { priceLine, priceLineStarts } from './rules/price-line.js';
import { textBetween, tokenize, type Token } from './tokenize.js';
import { lazyPattern } from '../lazy-pattern.js';

/**
 * A stretch of a sentence with claims of its own: tokens `first` to `last`.
 *
 * @example
 * ```ts
 * import type { Clause } from './sentence.js';
 * const clause: Clause = { first: 0, last: 4, contrast: false };
 * ```
 */
export interface Clause {
  /** Index of the first token. */
  readonly first: number;
  /** Index of the last token. */
  readonly last: number;
  /** True when a contrasting conjunction ("but", "men", "although") opens it: a new subject is likely. */
  readonly contrast: boolean;
  /** The registry's clause split that started it (`contrast-split`), if one did. */
  readonly split?: string;
}

/**
 * A sentence as the claim reader sees it.
 *
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { buildLexicon } from './lexicon.js';
 * import { readSentence } from './sentence.js';
 * const sentence = readSentence('Mesotherapy melts fat, but not cellulite.', 0, buildLexicon(knowledgeBase.dataset, 'en'));
 * sentence.clauses.length; // 2
 * ```
 */
export interface SentenceView {
  /** The sentence's text. */
  readonly text: string;
  /** Its offset in the block text (token offsets are block offsets). */
  readonly start: number;
  /** Its words. */
  readonly tokens: readonly Token[];
  /** Names of interventions and indications, longest first-come, not overlapping. */
  readonly entities: readonly LexiconMatch[];
  /** Cue phrases. */
  readonly cues: readonly LexiconMatch[];
  /** Study designs named, by token index. */
  readonly designs: ReadonlyMap<number, ReadonlySet<StudyDesign>>;
  /** Phrases that limit a claim to a population ("for women", "hos menn"), in order. */
  readonly populations: readonly LexiconMatch[];
  /** The clauses, in order. */
  readonly clauses: readonly Clause[];
  /** Interventions named only as what something is compared with. */
  readonly comparators: ReadonlySet<LexiconMatch>;
  /**
   * The indication an intervention's name says it is for ("fat-dissolving injections": fat), by the
   * intervention's match: the first indication named inside the name.
   */
  readonly nameUses: ReadonlyMap<LexiconMatch, string>;
  /** Token ranges inside short quotations ("100% safe", 'FDA-approved'): words mentioned, not used. */
  readonly quoted: readonly (readonly [number, number])[];
  /** Whether a cue of this role appears anywhere in the sentence. */
  has(role: CueRole): boolean;
  /** Whether a token joins clauses or names ("and", "og"). */
  isConjunction(token: Token): boolean;
}

/** Takes the approval words an idiom holds out of the sentence's cues, in place (and the role when none is left). */
function withoutIdiomApprovals(cues: LexiconMatch[], roles: Set<CueRole>): void {
  const idioms = cues.filter((m) => isRole(m, 'idiom'));
  let kept = 0;
  let approvals = 0;
  for (const m of cues) {
    const approval = isRole(m, 'approval');
    if (approval && inIdiom(idioms, m)) continue;
    if (approval) approvals++;
    cues[kept++] = m;
  }
  cues.length = kept;
  if (approvals === 0) roles.delete('approval');
}

/**
 * Tokenizes a sentence, matches the lexicon, and splits it into clauses.
 *
 * @param text - The sentence.
 * @param start - Its offset in the block text.
 * @param lexicon - The lexicon of the text's language.
 * @param tokens - Its tokens, when the caller has them (`tokenize` gives them otherwise).
 * @returns The sentence view.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { buildLexicon } from './lexicon.js';
 * import { readSentence } from './sentence.js';
 * readSentence('Mesoterapi fjerner fett.', 0, buildLexicon(knowledgeBase.dataset, 'nb')).entities.length; // 2
 * ```
 */
export function readSentence(
  text: string,
  start: number,
  lexicon: Lexicon,
  tokens: Token[] = tokenize(text, lexicon.endings, start, lexicon.folding, lexicon.words),
): SentenceView {
  const found = lexicon.match(tokens);
  const reordered = reorderedNames(tokens, text, start, found, lexicon);
  const all =
    reordered.length === 0 ? found : [...found, ...reordered].sort((a, b) => a.first - b.first || b.last - a.last);
  // One pass over the matches, sorting them by kind, in order.
  const named: LexiconMatch[] = [];
  const cues: LexiconMatch[] = [];
  const populations: LexiconMatch[] = [];
  const roles = new Set<CueRole>();
  // Made when the sentence names a design (few do).
  let designs: Map<number, Set<StudyDesign>> | undefined;
  // Made when the sentence has a one-word conjunction.
  let conjunctions: Set<number> | undefined;
  let conjunctionTokens: Set<Token> | undefined;
  for (const m of all) {
    const ref = m.ref;
    if (ref.type === 'cue') {
      cues.push(m);
      roles.add(ref.role);
      if (ref.role === 'conjunction' && m.first === m.last) {
        (conjunctions ??= new Set()).add(m.first);
        (conjunctionTokens ??= new Set()).add(tokens[m.first] as Token);
      }
    } else if (ref.type === 'population') populations.push(m);
    else if (ref.type === 'design') {
      const set = designs?.get(m.first);
      if (set) set.add(ref.design);
      else (designs ??= new Map()).set(m.first, new Set([ref.design]));
    } else named.push(m);
  }
  // An approval word inside an idiom grants nothing ("The author is clear that …": "clear" is a
  // form of "cleared"; «utenfor godkjenning»): no rule reads it as an approval.
  if (roles.has('idiom') && roles.has('approval')) withoutIdiomApprovals(cues, roles);
  // A word that names a use only inside a treatment's name ("hair" in "hair mesotherapy") is no entity of its own.
  const entities = pickEntities(named).filter((m) => !(m.ref.type === 'indication' && m.ref.inName));
  const nameUses = usesInNames(named, entities);
  const joining: ReadonlySet<Token> = conjunctionTokens ?? NO_TOKENS;
  const isConjunction = (token: Token): boolean => joining.has(token);
  const joins: ReadonlySet<number> = conjunctions ?? NO_INDEXES;
  const clauses = splitClauses(tokens, cues, joins, text, start, entities);
  return {
    text,
    start,
    tokens,
    entities,
    cues,
    designs: designs ?? NO_DESIGNS,
    populations,
    clauses,
    comparators: comparedInterventions(entities, cues, tokens, joins, {
      text,
      base: start,
      clauses,
    }),
    nameUses,
    quoted: shortQuotations(text, start, tokens),
    has: (role) => roles.has(role),
    isConjunction,
  };
}

const NO_NAME_USES: ReadonlyMap<LexiconMatch, string> = new Map();

/** The conjunctions of a sentence without one. */
const NO_TOKENS: ReadonlySet<Token> = new Set();
const NO_INDEXES: ReadonlySet<number> = new Set();

/** What a sentence that names no study design has by token: nothing. */
const NO_DESIGNS: ReadonlyMap<number, ReadonlySet<StudyDesign>> = new Map();

/** The indication named inside each intervention's name ("fat-dissolving injections": fat). */
function usesInNames(
  named: readonly LexiconMatch[],
  entities: readonly LexiconMatch[],
): ReadonlyMap<LexiconMatch, string> {
  if (named.length === entities.length) return NO_NAME_USES;
  let uses: Map<LexiconMatch, string> | undefined;
  for (const entity of entities) {
    if (entity.ref.type !== 'intervention') continue;
    const ref = named.find(
      (m) => m.ref.type === 'indication' && m.first >= entity.first && m.last <= entity.last && m !== entity,
    )?.ref;
    if (ref?.type === 'indication') (uses ??= new Map()).set(entity, ref.id);
  }
  return uses ?? NO_NAME_USES;
}

/** Keeps the longest entity matches, left to right, so "fat under the chin" is not also "fat". */
function pickEntities(named: LexiconMatch[]): LexiconMatch[] {
  if (named.length < 2) return named;
  // Of two names of one span, a treatment's wins over a use named inside it («hårmesoterapi»).
  const inName = (m: LexiconMatch): number => (m.ref.type === 'indication' && m.ref.inName ? 1 : 0);
  // Of two names of one length that overlap, a treatment's wins: "the hydrating skin booster" names a skin
  // booster, not hydrating skin (the treatment's noun is the phrase's head).
  const use = (m: LexiconMatch): number => (m.ref.type === 'intervention' ? 0 : 1);
  const entities = named.sort(
    (a, b) => b.last - b.first - (a.last - a.first) || use(a) - use(b) || a.first - b.first || inName(a) - inName(b),
  );
  const taken: LexiconMatch[] = [];
  for (const m of entities) if (!taken.some((t) => t.first <= m.last && m.first <= t.last)) taken.push(m);
  return taken.length < 2 ? taken : taken.sort((a, b) => a.first - b.first);
}

/**
 * Clauses start where the registry's `contrast-split` says (at a contrasting conjunction,
 * "but", and after the conceding clause a sentence opens with, "While …,"), at ";" and ":",
 * and at ", and" (a new main clause, not a list).
 */
function splitClauses(
  tokens: readonly Token[],
  cues: readonly LexiconMatch[],
  conjunctions: ReadonlySet<number>,
  text: string,
  base: number,
  entities: readonly LexiconMatch[],
): Clause[] {
  const contrasts = contrastStarts(tokens, cues, text, base);
  const splices = commaSpliceStarts(tokens, cues, text, base, entities);
  const relatives = relativeStarts(tokens, cues, entities, text, base);
  const prices = priceLineStarts(tokens, cues, text, base);
  const coordinated = coordinatedThatStarts(cues, entities);
  const starts = new Set<number>([0, ...contrasts, ...splices, ...relatives, ...coordinated, ...prices]);
  // ", and only for the double chin" narrows what came before; it starts no clause of its own.
  // Read only at a comma before a conjunction.
  let restrictions: Set<number> | undefined;
  for (let index = 1; index < tokens.length; index++) {
    // The characters between the two words, read where they stand (no copy of each gap).
    let semicolon = false;
    let comma = false;
    for (let at = (tokens[index - 1] as Token).end - base; at < (tokens[index] as Token).start - base; at++) {
      const code = text.charCodeAt(at);
      // A colon between two digits is a time or a ratio ("19:09", "1:1"), not a clause break.
      if (code === 0x3b || (code === 0x3a && !(isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1)))))
        semicolon = true;
      else if (code === 0x2c) comma = true;
    }
    // ";" and ":" start a clause ("Usually none: most people go straight back to work").
    if (
      semicolon ||
      (comma &&
        conjunctions.has(index) &&
        !(restrictions ??= new Set(cues.filter((m) => isRole(m, 'restriction')).map((m) => m.first))).has(index + 1))
    )
      starts.add(index);
  }
  const sorted = starts.size === 1 ? [0] : [...starts].sort((a, b) => a - b);
  return sorted.map(
    (first, i) =>
      new SentenceClause(
        first,
        (sorted[i + 1] ?? tokens.length) - 1,
        contrasts.has(first),
        contrasts.has(first)
          ? contrastSplit.name
          : splices.has(first)
            ? commaSplice.name
            : relatives.has(first)
              ? relativeSplit.name
              : coordinated.has(first)
                ? coordinatedThat.name
                : prices.has(first)
                  ? priceLine.name
                  : undefined,
      ),
  );
}

/**
 * A clause as {@link splitClauses} makes it: made with `new`, not as an object literal, for the
 * reason tokens are (`FormedToken` in tokenize.ts). A sentence's clauses all live while it is
 * read (a sentence piece of `&amp;` entities has a hundred, one per ";"), so V8 could see all
 * those it had counted alive at one minor collection and make every clause of the process in the
 * old generation from then on; objects made by a constructor have no allocation site. `split`
 * is set only when a split started the clause, as the literal left it out.
 */
class SentenceClause implements Clause {
  readonly first: number;
  readonly last: number;
  readonly contrast: boolean;
  declare readonly split?: string;

  constructor(first: number, last: number, contrast: boolean, split: string | undefined) {
    this.first = first;
    this.last = last;
    this.contrast = contrast;
    if (split !== undefined) (this as { split?: string }).split = split;
  }
}

/** What a sentence without treatments compares: nothing. */
const NO_COMPARATORS: ReadonlySet<LexiconMatch> = new Set();

/**
 * Interventions named as what something is compared with, or as its ingredient: right
 * after a comparator ("than minoxidil", "enn Regaine", one word such as "topical" may
 * stand between) or a composition word following another treatment ("injeksjoner med
 * deoksykolsyre") or a mixture word ("a blend of phosphatidylcholine"), or joined to one by a
 * conjunction ("enn Regaine og finasterid").
 */
function comparedInterventions(
  entities: readonly LexiconMatch[],
  cues: readonly LexiconMatch[],
  tokens: readonly Token[],
  conjunctions: ReadonlySet<number>,
  where: Pick<ListContext, 'text' | 'base' | 'clauses'>,
): ReadonlySet<LexiconMatch> {
  // Only a treatment is a comparator: a sentence that names none has none (most sentences).
  if (!entities.some((m) => m.ref.type === 'intervention')) return NO_COMPARATORS;
  const comparatorEnds = new Set(cues.filter((m) => isRole(m, 'comparator')).map((m) => m.last));
  // "injeksjoner med deoksykolsyre": after another treatment, "med"/"with" names an ingredient.
  // …in the same clause, or in the clause before when the word opens its own ("hair mesotherapy: microinjections
  // of …"): after a label ("Fettløsende behandling: Vi løser opp fett med lipolytiske injeksjoner") the
  // treatment after "med" is what the clause is about.
  // The clauses are in order: a token's clause is the last that starts at or before it.
  const clauseOf = (token: number): number => {
    let start = 0;
    for (const clause of where.clauses) if (clause.first <= token) start = clause.first;
    return start;
  };
  for (const m of cues)
    if (
      isRole(m, 'composition') &&
      entities.some(
        (e) =>
          e.ref.type === 'intervention' &&
          e.last < m.first &&
          (clauseOf(e.first) === clauseOf(m.first) || clauseOf(m.first) === m.first),
      )
    )
      comparatorEnds.add(m.last);
  // "en blanding av fosfatidylkolin og vitaminer": what a mixture is made of is an ingredient, first or not.
  for (const m of cues) if (isRole(m, 'mixture')) comparatorEnds.add(m.last);
  const compared = new Set<LexiconMatch>();
  let previous: LexiconMatch | undefined;
  for (const m of entities) {
    if (m.ref.type !== 'intervention') continue;
    if (comparatorEnds.has(m.first - 1) || comparatorEnds.has(m.first - 2)) {
      compared.add(m);
    } else if (previous && compared.has(previous) && previous.last >= m.first - 2) {
      let joined = true;
      for (let i = previous.last + 1; i < m.first; i++) if (!conjunctions.has(i)) joined = false;
      if (joined && tokens.length > m.first) compared.add(m);
    } else if (listedAfter(m, comparatorEnds, { cues, tokens, conjunctions, ...where })) {
      compared.add(m);
    }
    previous = m;
  }
  return compared;
}

/** What {@link listedAfter} reads a list in. */
interface ListContext {
  readonly cues: readonly LexiconMatch[];
  readonly tokens: readonly Token[];
  readonly conjunctions: ReadonlySet<number>;
  readonly text: string;
  readonly base: number;
  readonly clauses: readonly Clause[];
}

/** The most words one item of a list may have ("hyaluronic acid", "amino acids"). */
const LIST_ITEM_WORDS = 3;

/** The most items of a list before the treatment read as its last one. */
const LIST_ITEMS = 6;

/**
 * Whether a treatment is a later item of a list that a comparator or an ingredient word
 * opens: "microinjections of biotin, peptides and dutasteride", "en blanding av vitaminer,
 * aminosyrer og dutasterid". The items before it are short (at most {@link LIST_ITEM_WORDS}
 * words, no cue among them), each ended by a comma or a conjunction, and no clause starts
 * inside the list; a conjunction comes right before the treatment.
 */
function listedAfter(m: LexiconMatch, opened: ReadonlySet<number>, list: ListContext): boolean {
  const { tokens, conjunctions, text, base, clauses } = list;
  const startsClause = (i: number): boolean => clauses.some((c) => c.first === i);
  const reach = (LIST_ITEM_WORDS + 1) * LIST_ITEMS;
  let opener = m.first - 1;
  while (opener >= 0 && opener >= m.first - reach && !opened.has(opener)) opener--;
  if (opener < 0 || opener < m.first - reach || opener >= m.first - 1) return false;
  const comma = (i: number): boolean => textBetween(text, base, tokens[i], tokens[i + 1]).includes(',');
  // The treatment is the list's last item, after its conjunction ("and dutasteride"); a comma alone
  // may end a phrase the sentence opens with ("With more than 1,000 adults, Kybella …").
  if (!conjunctions.has(m.first - 1)) return false;
  let words = 0;
  for (let i = opener + 1; i < m.first; i++) {
    if (startsClause(i) || startsClause(i + 1)) return false;
    if (conjunctions.has(i)) {
      if (words === 0 && i !== opener + 1) return false;
      words = 0;
      continue;
    }
    if (list.cues.some((c) => c.first <= i && i <= c.last)) return false;
    words++;
    if (words > LIST_ITEM_WORDS) return false;
    if (comma(i)) words = 0;
  }
  return true;
}

/** Quotations: "…", “…”, «…», and '…' standing apart from words (not an apostrophe). */
const QUOTATIONS: readonly (() => RegExp)[] = [
  () => /"[^"]+"/g,
  () => /“[^”]+”/g,
  () => /«[^»]+»/g,
  lazyPattern(String.raw`(?<![\p{L}\p{N}])'[^']+'(?![\p{L}\p{N}])`, 'gu'),
];

/** The mark each of {@link QUOTATIONS} opens with. */
const QUOTATION_MARKS: readonly string[] = ['"', '“', '«', "'"];

/** The longest quotation read as a mention rather than a claim, in words. */
const MAX_QUOTED_WORDS = 6;

/**
 * Token ranges inside short quotations — "…", “…”, «…», '…' — of at most
 * {@link MAX_QUOTED_WORDS} words: a phrase held up for inspection ("calls the treatment
 * "100% safe""), not asserted. Longer quotations are quoted speech and are read.
 */
function shortQuotations(text: string, base: number, tokens: readonly Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  // One pass per kind of quotation mark, so a short quotation inside a long one is found too.
  QUOTATIONS.forEach((pattern, kind) => {
    // Most sentences have no quotation mark of a kind: no search for it then.
    if (!text.includes(QUOTATION_MARKS[kind] as string)) return;
    for (const match of text.matchAll(pattern())) {
      const from = base + match.index;
      const to = from + match[0].length;
      const inside = tokens.map((t, i) => [t, i] as const).filter(([t]) => t.start >= from && t.end <= to);
      if (inside.length > 0 && inside.length <= MAX_QUOTED_WORDS)
        ranges.push([(inside[0] as readonly [Token, number])[1], (inside.at(-1) as readonly [Token, number])[1]]);
    }
  });
  return ranges;
}

/** Whether a UTF-16 code is an ASCII digit. */
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
