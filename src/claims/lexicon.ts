/**
 * The lexicon: every name and cue phrase of the knowledge base, indexed so that
 * matching a token costs the same however many phrases there are (a hash lookup on
 * the stem, and a walk along the word's letters for compound patterns).
 *
 * @module
 */
import { compareAt } from './compare-at.js';
import type { LanguageCode } from '../schema/language.js';
import type { CueRole } from '../schema/cue.js';
import type { Dataset } from '../schema/kinds.js';
import type { StudyDesign } from '../schema/evidence.js';
import type { Population } from '../schema/common.js';
import { foldingOf, foldWord, stemWord, type Folding } from './fold.js';
import { tokenize, WordFormCache, type Token } from './tokenize.js';

/**
 * What a matched phrase stands for: an intervention, an indication, or a cue.
 *
 * @example
 * ```ts
 * import type { LexiconRef } from './lexicon.js';
 * const ref: LexiconRef = { type: 'indication', id: 'cellulite' };
 * ```
 */
export type LexiconRef = EntityRef | CueRef | DesignRef | PopulationRef;

/**
 * A phrase that names an intervention or an indication.
 *
 * @example
 * ```ts
 * import type { EntityRef } from './lexicon.js';
 * const ref: EntityRef = { type: 'intervention', id: 'mesotherapy' };
 * ```
 */
export interface EntityRef {
  /** What kind of record the phrase names. */
  readonly type: 'intervention' | 'indication';
  /** The record's id. */
  readonly id: string;
  /** For an indication, the broader indication it is part of ("submental-fat" → "localized-fat"). */
  readonly parent?: string;
  /** For an intervention, whether it is a drug ("the substance", "stoffet" may refer back to it). */
  readonly substance?: boolean;
  /**
   * For an indication, whether the phrase names it only inside a treatment's name ("hair" in
   * "hair mesotherapy"): a `named-use` cue, not an indication's own name.
   */
  readonly inName?: boolean;
}

/**
 * A cue phrase.
 *
 * @example
 * ```ts
 * import type { CueRef } from './lexicon.js';
 * const ref: CueRef = { type: 'cue', role: 'negation' };
 * ```
 */
export interface CueRef {
  /** Always `cue`. */
  readonly type: 'cue';
  /** What the phrase means to the engine. */
  readonly role: CueRole;
}

/**
 * A phrase that names a study design.
 *
 * @example
 * ```ts
 * import type { DesignRef } from './lexicon.js';
 * const ref: DesignRef = { type: 'design', design: 'meta-analysis' };
 * ```
 */
export interface DesignRef {
  /** Always `design`. */
  readonly type: 'design';
  /** The design named. */
  readonly design: StudyDesign;
}

/**
 * A phrase that limits a claim to a population ("for women", "hos menn").
 *
 * @example
 * ```ts
 * import type { PopulationRef } from './lexicon.js';
 * const ref: PopulationRef = { type: 'population', population: { sex: 'female' } };
 * ```
 */
export interface PopulationRef {
  /** Always `population`. */
  readonly type: 'population';
  /** The population; left out for men and women named together (everyone). */
  readonly population?: Population;
}

/**
 * A phrase found in a run of tokens: tokens `[first, last]` inclusive.
 *
 * @example
 * ```ts
 * import type { LexiconMatch } from './lexicon.js';
 * const match: LexiconMatch = { first: 0, last: 1, ref: { type: 'cue', role: 'no-downtime' } };
 * ```
 */
export interface LexiconMatch {
  /** Index of the first token. */
  readonly first: number;
  /** Index of the last token. */
  readonly last: number;
  /** What the phrase stands for. */
  readonly ref: LexiconRef;
}

/**
 * Whether a match is a cue of the given role.
 *
 * @param match - A lexicon match.
 * @param role - The role.
 * @returns True for a cue of that role.
 * @example
 * ```ts
 * import { isRole } from './lexicon.js';
 * isRole({ first: 0, last: 0, ref: { type: 'cue', role: 'negation' } }, 'negation'); // true
 * ```
 */
export function isRole(match: LexiconMatch, role: CueRole): boolean {
  return match.ref.type === 'cue' && match.ref.role === role;
}

interface PatternToken {
  readonly stem: string;
  readonly folded: string;
}

interface Pattern {
  readonly tokens: readonly PatternToken[];
  /** The last token may continue as a compound ("hårtap*"). */
  readonly openEnd: boolean;
  /** Words as written, endings not stripped: function words ("intet" is not "intens"). */
  readonly exact: boolean;
  readonly ref: LexiconRef;
}

/**
 * Roles whose phrases are function words (negations, pronouns, conjunctions…): matched
 * as written, since stripping endings from short words makes false friends ("intet" and
 * "intens" share the stem "int").
 */
const EXACT_ROLES: ReadonlySet<CueRole> = new Set<CueRole>([
  'negation',
  'negative-determiner',
  'conjunction',
  'clause-break',
  'comparator',
  'pronoun',
  'speaker',
  'auxiliary',
  'relative',
  'restriction',
  'purpose',
  'ingredient',
  'single',
  'answer-yes',
  'answer-no',
  'sole',
  'ability',
  'speech',
]);

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  readonly refs: LexiconRef[];
}

/**
 * A compiled lexicon for one language.
 *
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { buildLexicon } from './lexicon.js';
 * import { tokenize } from './tokenize.js';
 * const lexicon = buildLexicon(knowledgeBase.dataset, 'en');
 * const tokens = tokenize('double chin', lexicon.endings);
 * lexicon.match(tokens).some((m) => m.ref.type === 'indication'); // true
 * ```
 */
export interface Lexicon {
  /** The language. */
  readonly language: LanguageCode;
  /** Inflection endings used for stems (from the language's profile). */
  readonly endings: readonly string[];
  /** How letters fold (from the language profiles). */
  readonly folding: Folding;
  /** Abbreviations (folded) after which a full stop does not end a sentence. */
  readonly abbreviations: ReadonlySet<string>;
  /** Number words (folded) and their values. */
  readonly numbers: ReadonlyMap<string, number>;
  /** The forms of the words this lexicon has read, for {@link tokenize}: each distinct word is folded once. */
  readonly words: WordFormCache;
  /** Whether the language puts the verb second ("Etter kuren er huden strammere"; from the language's profile). */
  readonly verbSecond: boolean;

  /** Finds every phrase in a run of tokens. */
  match(tokens: readonly Token[]): LexiconMatch[];
}

/** A pattern token as {@link LexiconData} writes it: `stem` or `stem|ending`. */
function patternToken(written: string): PatternToken {
  const bar = written.indexOf('|');
  if (bar === -1) return { stem: written, folded: written };
  return { stem: written.slice(0, bar), folded: written.slice(0, bar) + written.slice(bar + 1) };
}

function newNode(): TrieNode {
  return { next: new Map(), refs: [] };
}

function insert(root: TrieNode, key: string, ref: LexiconRef): void {
  let node = root;
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- UTF-16 code units, as the matcher walks the text, not code points
  for (let index = 0; index < key.length; index++) {
    const char = key[index] as string;
    let child = node.next.get(char);
    if (!child) node.next.set(char, (child = newNode()));
    node = child;
  }
  node.refs.push(ref);
}

/** Refs of every key in the trie that is a prefix of `word` (reading `word` forwards or backwards). */
function walk(root: TrieNode, word: string, backwards: boolean, minRest: number, minKey = 1): LexiconRef[] {
  const found: LexiconRef[] = [];
  let node: TrieNode | undefined = root;
  // Words are folded to NFC letters of one UTF-16 unit each (æøå included), so index by unit.
  const length = word.length;
  for (let step = 0; step < length && node; step++) {
    node = node.next.get(word[backwards ? length - 1 - step : step] as string);
    if (node && node.refs.length > 0 && length - step - 1 >= minRest && step + 1 >= minKey) found.push(...node.refs);
  }
  return found;
}

/**
 * The node `word` (read forwards or backwards) leads to in a trie when the trie goes on past
 * it: where keys longer than the word and beginning with it continue.
 */
function nodeAfter(root: TrieNode, word: string, backwards: boolean): TrieNode | undefined {
  let node: TrieNode | undefined = root;
  const length = word.length;
  for (let step = 0; step < length && node; step++)
    node = node.next.get(word[backwards ? length - 1 - step : step] as string);
  return node !== undefined && node.next.size > 0 ? node : undefined;
}

/** What a word written apart from the next needs of that next word to begin a compound with it. */
interface JoinsBefore {
  /** The letters that go on along one-token patterns' first tokens longer than the word, after it. */
  readonly singles: ReadonlySet<string> | undefined;
  /** Where compound prefixes longer than the word go on. */
  readonly prefixes: TrieNode | undefined;
  /** Whether such a first token is the word or begins it (the joined word's ending may reach back to it). */
  readonly keyAlong: boolean;
}

/** The index of the first key not before `word` in keys sorted by UTF-16 code units. */
function lowerBound(keys: readonly string[], word: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] as string) < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * What a word needs of the next to begin a compound with it; `singles` are the first tokens of
 * one-token patterns, sorted (see {@link sortedSingles}).
 */
function joinsBefore(singles: readonly string[], prefixes: TrieNode, word: string): JoinsBefore | undefined {
  // A first token that is the word or begins it: one of the word's beginnings is a key.
  let keyAlong = false;
  for (let end = 1; end <= word.length && !keyAlong; end++) {
    const head = word.slice(0, end);
    keyAlong = singles[lowerBound(singles, head)] === head;
  }
  // First tokens longer than the word that begin with it sit together from where it would.
  let after: Set<string> | undefined;
  for (let index = lowerBound(singles, word); index < singles.length; index++) {
    const key = singles[index] as string;
    if (!key.startsWith(word)) break;
    if (key.length > word.length) (after ??= new Set()).add(key[word.length] as string);
  }
  const joins: JoinsBefore = { singles: after, prefixes: nodeAfter(prefixes, word, false), keyAlong };
  return joins.singles || joins.prefixes || keyAlong ? joins : undefined;
}

/**
 * The first tokens of a lexicon's one-token patterns, sorted by UTF-16 code units, from its
 * first tokens and whether each has a one-token pattern, in the order written
 * ({@link compileLexicon} writes them sorted by first token, so this only filters).
 */
function sortedSingles(firsts: Iterable<readonly [string, boolean]>): readonly string[] {
  const keys: string[] = [];
  let sorted = true;
  for (const [key, single] of firsts)
    if (single) {
      if (keys.length > 0 && (keys[keys.length - 1] as string) >= key) sorted = false;
      keys.push(key);
    }
  return sorted ? keys : keys.sort();
}

/** A pattern as {@link LexiconData} writes it: tokens, flags, ref index. */
type WrittenPattern = readonly [string, number, number];

/** A lexicon's patterns by first token, as data ({@link LexiconData}) or packed ({@link PackedLexiconData}). */
interface PatternTable {
  /** The patterns whose first token is `key`, in order. */
  get(key: string): readonly WrittenPattern[] | undefined;
  /** How many patterns have `key` as their first token. */
  count(key: string): number;
  /** The first tokens of one-token patterns, sorted (see {@link sortedSingles}). */
  singles(): readonly string[];
}

/** What separates {@link PackedLexiconData}'s first tokens (each with its patterns). */
const PACKED_LINE = '\n';
/** What separates a first token from its patterns, and one pattern from the next. */
const PACKED_ENTRY = '\t';
/** What separates a pattern's tokens, flags and ref. */
const PACKED_FIELD = ',';
/** What separates {@link PackedLexiconData}'s `singles`. */
const PACKED_SINGLES = ' ';

/** The table of patterns written as lists ({@link LexiconData}). */
function listedPatterns(patterns: LexiconData['patterns']): PatternTable {
  const written = new Map(patterns);
  return {
    get: (key) => written.get(key),
    count: (key) => written.get(key)?.length ?? 0,
    singles: () => sortedSingles(patterns.map(([key, list]) => [key, list.some(([tokens]) => !tokens.includes(' '))])),
  };
}

/**
 * Where the patterns of first token `key` start in a packed text (just after its tab), found by
 * halves (the lines are sorted by first token), or -1 when it has none.
 */
function packedLine(text: string, key: string): number {
  // `low` is always where a line starts; `high` where one ends or starts.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = middle === 0 ? 0 : text.lastIndexOf(PACKED_LINE, middle - 1) + 1;
    const tab = text.indexOf(PACKED_ENTRY, start);
    const order = compareAt(key, text, start, tab);
    if (order === 0) return tab + 1;
    if (order < 0) high = start;
    else {
      const end = text.indexOf(PACKED_LINE, tab);
      if (end === -1) return -1;
      low = end + 1;
    }
  }
  return -1;
}

/**
 * The table of patterns packed in one string ({@link PackedLexiconData}): nothing is made of it
 * when the lexicon is made; a first token's patterns are found by halves and read when it is
 * first looked up.
 */
function packedPatterns(text: string, singles: string): PatternTable {
  /** The end of the line whose patterns start at `from`. */
  const lineEnd = (from: number): number => {
    const end = text.indexOf(PACKED_LINE, from);
    return end === -1 ? text.length : end;
  };
  return {
    get(key) {
      const from = packedLine(text, key);
      if (from === -1) return undefined;
      return text
        .slice(from, lineEnd(from))
        .split(PACKED_ENTRY)
        .map((entry): WrittenPattern => {
          const [tokens, flags, ref] = entry.split(PACKED_FIELD) as [string, string, string];
          return [tokens, Number(flags), Number(ref)];
        });
    },
    count(key) {
      const from = packedLine(text, key);
      if (from === -1) return 0;
      const end = lineEnd(from);
      let n = 1;
      for (let at = text.indexOf(PACKED_ENTRY, from); at !== -1 && at < end; at = text.indexOf(PACKED_ENTRY, at + 1))
        n++;
      return n;
    },
    singles: () => (singles === '' ? [] : singles.split(PACKED_SINGLES)),
  };
}

/**
 * A lexicon's data with its patterns packed in one string: what the build writes for the
 * bundled knowledge base ({@link packLexicon}). Parsed, the patterns as lists were some eight
 * thousand arrays and strings for each language before the first result of a cold process
 * (issue 17); packed, they are one string, and a first token's patterns are read from it on
 * its first lookup.
 *
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { compileLexicon, packLexicon } from './lexicon.js';
 * typeof packLexicon(compileLexicon(knowledgeBase.dataset, 'en')).patterns; // 'string'
 * ```
 */
export interface PackedLexiconData extends Omit<LexiconData, 'patterns'> {
  /**
   * The patterns: for each first token, sorted (UTF-16 code units), a line of the token, a tab,
   * and its patterns separated by tabs, each its tokens, flags and ref separated by commas.
   */
  readonly patterns: string;
  /** The first tokens of one-token patterns, sorted, separated by spaces (see {@link sortedSingles}). */
  readonly singles: string;
}

/**
 * Packs a lexicon's patterns into one string (build time).
 *
 * @param data - What {@link compileLexicon} returned.
 * @returns The same data, its patterns packed; {@link lexiconFrom} reads either.
 * @throws Error when a token holds a separator (it could not be unpacked).
 * @example
 * ```ts
 * import { packLexicon } from './lexicon.js';
 * const data = { language: 'en', endings: [], abbreviations: [], numbers: [], joinCompounds: false, refs: [], prefixes: [], suffixes: [] } as const;
 * packLexicon({ ...data, patterns: [['hair', [['hair loss', 0, 0]]]] }).patterns; // 'hair\thair loss,0,0'
 * ```
 */
export function packLexicon(data: LexiconData): PackedLexiconData {
  const separators = [PACKED_LINE, PACKED_ENTRY, PACKED_FIELD];
  const check = (text: string, more: readonly string[] = []): string => {
    if (text === '' || [...separators, ...more].some((separator) => text.includes(separator)))
      throw new Error(`cannot pack the pattern ${JSON.stringify(text)}`);
    return text;
  };
  // Sorted by first token (UTF-16 code units), so a first token is found by halves.
  const sorted = [...data.patterns].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = sorted.map(([key, list], i) => {
    if (i > 0 && sorted[i - 1]?.[0] === key)
      throw new Error(`cannot pack the first token ${JSON.stringify(key)} twice`);
    return `${check(key, [PACKED_SINGLES])}${PACKED_ENTRY}${list.map(([tokens, flags, ref]) => [check(tokens), flags, ref].join(PACKED_FIELD)).join(PACKED_ENTRY)}`;
  });
  const singles = listedPatterns(data.patterns).singles();
  return { ...data, patterns: lines.join(PACKED_LINE), singles: singles.join(PACKED_SINGLES) };
}

/**
 * Whether `pairFor` can find anything for a word and the next (folded), written apart: the
 * joined word goes on along a first token or a prefix, or its stem is a first token no longer
 * than the word (its ending reaches over all of the next).
 */
function mayJoin(before: JoinsBefore | undefined, next: string, longestEnding: number): boolean {
  if (before === undefined) return false;
  const char = next[0] as string;
  return (
    (before.singles?.has(char) ?? false) ||
    (before.prefixes?.next.has(char) ?? false) ||
    (before.keyAlong && next.length <= longestEnding)
  );
}

/**
 * A lexicon as plain data: what {@link buildLexicon} works out from the records (every
 * phrase tokenized, folded and stemmed), before it is indexed for matching. The bundled
 * knowledge base's lexicons are compiled at build time into `src/generated/lexicons.ts`
 * (`npm run build:data`), so a cold process reads them instead of tokenizing every phrase.
 *
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { compileLexicon } from './lexicon.js';
 * compileLexicon(knowledgeBase.dataset, 'nb').joinCompounds; // true
 * ```
 */
export interface LexiconData {
  /** The language. */
  readonly language: LanguageCode;
  /** Inflection endings, folded. */
  readonly endings: readonly string[];
  /** Abbreviations, folded, in order. */
  readonly abbreviations: readonly string[];
  /** Number words, folded, and their values, in order. */
  readonly numbers: readonly (readonly [string, number])[];
  /** Whether two words written apart are read as a compound too. */
  readonly joinCompounds: boolean;
  /** Whether the language puts the verb second, so a subject may follow its linking verb (see the language profile). */
  readonly verbSecond?: boolean;
  /** What the phrases stand for; patterns point here by index (phrases of one record share one ref). */
  readonly refs: readonly LexiconRef[];
  /**
   * Patterns by their first token's stem, sorted by it (UTF-16 code units); each first token's
   * in order: each `[tokens, flags, ref]`, the
   * tokens joined by spaces, each written as its stem, then `|` and the ending when the
   * folded word is longer; flags 1 = open end, 2 = exact.
   */
  readonly patterns: readonly (readonly [string, readonly (readonly [string, number, number])[]])[];
  /** Compound prefixes (folded) and their refs, in order. */
  readonly prefixes: readonly (readonly [string, number])[];
  /** Compound suffixes (folded, reversed) and their refs, in order. */
  readonly suffixes: readonly (readonly [string, number])[];
}

/**
 * Works out a lexicon's data from the records: the names of interventions and
 * indications (in both languages: articles mix them, and brand names cross borders) and
 * the cues of one language, tokenized, folded and stemmed.
 *
 * @param dataset - The knowledge base's records (with cues and language profiles).
 * @param language - The language of the texts to read.
 * @returns The lexicon's data, JSON-serialisable.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { compileLexicon } from './lexicon.js';
 * compileLexicon(knowledgeBase.dataset, 'en').language; // 'en'
 * ```
 */
export function compileLexicon(dataset: Dataset, language: LanguageCode): LexiconData {
  const profile = dataset.languages.find((p) => p.id === language);
  const folding = foldingOf(dataset.languages);
  const endings: string[] = (profile?.inflection ?? []).map((ending) => foldWord(ending, folding));
  const abbreviations = new Set<string>();
  const numbers = new Map<string, number>();
  const phrases: { phrase: string; ref: LexiconRef }[] = [];
  const cueRefs: Partial<Record<CueRole, LexiconRef>> = {};

  for (const cue of dataset.cues) {
    if (cue.role === 'number-word') {
      for (const [word, value] of Object.entries(cue.numbers[language] ?? {}))
        numbers.set(foldWord(word, folding), value);
    } else if (cue.role === 'abbreviation') {
      for (const phrase of cue.phrases[language] ?? []) abbreviations.add(foldWord(phrase, folding));
    } else if (cue.role === 'study-design') {
      const ref: LexiconRef = { type: 'design', design: cue.design };
      for (const phrase of cue.phrases[language] ?? []) phrases.push({ phrase, ref });
    } else if (cue.role === 'named-use') {
      // Words in a treatment's name that say what it is for: an indication, but only inside a name.
      const ref: LexiconRef = { type: 'indication', id: cue.indication, inName: true };
      for (const phrase of cue.phrases[language] ?? []) phrases.push({ phrase, ref });
    } else if (cue.role === 'population') {
      const ref: LexiconRef = { type: 'population', ...(cue.population ? { population: cue.population } : {}) };
      for (const phrase of cue.phrases[language] ?? []) phrases.push({ phrase, ref });
    } else {
      // One ref per role, so phrases of the same role that stem alike ("reduce", "reduces") match once.
      const ref = (cueRefs[cue.role] ??= { type: 'cue', role: cue.role });
      for (const phrase of cue.phrases[language] ?? []) phrases.push({ phrase, ref });
    }
  }
  for (const intervention of dataset.interventions) {
    const ref: LexiconRef = {
      type: 'intervention',
      id: intervention.id,
      ...(intervention.type === 'drug' ? { substance: true } : {}),
    };
    for (const phrase of [...intervention.names.en, ...intervention.names.nb]) phrases.push({ phrase, ref });
  }
  for (const indication of dataset.indications) {
    const ref: LexiconRef = {
      type: 'indication',
      id: indication.id,
      ...(indication.parent === undefined ? {} : { parent: indication.parent }),
    };
    for (const phrase of [...indication.names.en, ...indication.names.nb]) phrases.push({ phrase, ref });
  }

  const refs: LexiconRef[] = [];
  const refIndex = new Map<LexiconRef, number>();
  const indexOf = (ref: LexiconRef): number => {
    let index = refIndex.get(ref);
    if (index === undefined) refIndex.set(ref, (index = refs.push(ref) - 1));
    return index;
  };
  const patterns = new Map<string, [string, number, number][]>();
  const prefixes: [string, number][] = [];
  const suffixes: [string, number][] = [];
  for (const { phrase, ref } of phrases) {
    const leading = phrase.startsWith('*');
    const trailing = phrase.endsWith('*');
    const tokens = tokenize(phrase.replace(/^\*|\*$/g, ''), endings, 0, folding);
    if (tokens.length === 0) continue;
    const first = tokens[0] as Token;
    if (tokens.length === 1 && leading) suffixes.push([first.folded.split('').reverse().join(''), indexOf(ref)]);
    if (tokens.length === 1 && trailing) prefixes.push([first.folded, indexOf(ref)]);
    if (leading && tokens.length === 1) continue;
    let list = patterns.get(first.stem);
    if (!list) patterns.set(first.stem, (list = []));
    const exact = ref.type === 'cue' && EXACT_ROLES.has(ref.role);
    list.push([
      tokens.map((t) => (t.folded === t.stem ? t.stem : `${t.stem}|${t.folded.slice(t.stem.length)}`)).join(' '),
      (trailing ? 1 : 0) | (exact ? 2 : 0),
      indexOf(ref),
    ]);
  }
  return {
    language,
    endings,
    abbreviations: [...abbreviations],
    numbers: [...numbers],
    joinCompounds: profile?.compounds === true,
    ...(profile?.verbSecond === true ? { verbSecond: true } : {}),
    refs,
    // Sorted by first token (UTF-16 code units), so the one-token patterns' first tokens are a sorted list as they are read.
    patterns: [...patterns].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    prefixes,
    suffixes,
  };
}

/**
 * Compiles the names of interventions and indications (in both languages: articles
 * mix them, and brand names cross borders) and the cues of one language.
 *
 * @param dataset - The knowledge base's records.
 * @param language - The language of the texts to read.
 * @returns The lexicon.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { buildLexicon } from './lexicon.js';
 * buildLexicon(knowledgeBase.dataset, 'nb').language; // 'nb'
 * ```
 */
export function buildLexicon(dataset: Dataset, language: LanguageCode): Lexicon {
  return lexiconFrom(compileLexicon(dataset, language), foldingOf(dataset.languages));
}

/**
 * Indexes a lexicon's data for matching: {@link buildLexicon} without the tokenizing,
 * for data compiled earlier (at build time, for the bundled knowledge base).
 *
 * @param data - What {@link compileLexicon} returned (or its JSON, parsed), or the same packed ({@link packLexicon}).
 * @param folding - How letters fold: the dataset's language profiles' (`foldingOf`).
 * @returns The lexicon; it matches as the one built from the records would.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { foldingOf } from './fold.js';
 * import { compileLexicon, lexiconFrom } from './lexicon.js';
 * const data = JSON.parse(JSON.stringify(compileLexicon(knowledgeBase.dataset, 'en')));
 * lexiconFrom(data, foldingOf(knowledgeBase.dataset.languages)).language; // 'en'
 * ```
 */
export function lexiconFrom(data: LexiconData | PackedLexiconData, folding: Folding): Lexicon {
  const { language, joinCompounds } = data;
  const endings = [...data.endings];
  const abbreviations = new Set(data.abbreviations);
  const numbers = new Map(data.numbers);
  const prefixes = newNode();
  const suffixes = newNode();
  const refs = data.refs;
  for (const [key, ref] of data.prefixes) insert(prefixes, key, refs[ref] as LexiconRef);
  for (const [key, ref] of data.suffixes) insert(suffixes, key, refs[ref] as LexiconRef);
  // Patterns are made from their data when a word first looks them up: a text uses few
  // of the thousands of first words, so a cold process makes few.
  const written = 'singles' in data ? packedPatterns(data.patterns, data.singles) : listedPatterns(data.patterns);
  const made = new Map<string, readonly Pattern[]>();
  const byFirstStem: PatternIndex = {
    get(key) {
      let list = made.get(key);
      if (list) return list;
      // Only the lexicon's own first words are remembered: memory stays bounded by the lexicon.
      list = written.get(key)?.map(([tokens, flags, ref]): Pattern => ({
        tokens: tokens.split(' ').map(patternToken),
        openEnd: (flags & 1) !== 0,
        exact: (flags & 2) !== 0,
        ref: refs[ref] as LexiconRef,
      }));
      if (list) made.set(key, list);
      return list;
    },
  };
  const splits = new Map<string, SecondIndex>();
  const bySecond: SecondIndexes = {
    has: (key) => written.count(key) >= SPLIT_AT,
    get(key) {
      if (!bySecond.has(key)) return undefined;
      let split = splits.get(key);
      if (!split) splits.set(key, (split = indexBySecondToken(byFirstStem.get(key) as readonly Pattern[])));
      return split;
    },
  };

  /** What matching needs of a word, by its folded form: worked out once per distinct word. */
  interface WordEntry {
    readonly stem: string;
    /**
     * The patterns it may start and whose first token it fits, in list order, when neither
     * form's list is split by second token.
     */
    readonly candidates: readonly Pattern[] | undefined;
    /** For a word whose list is split: its candidates by the entry of the word after it (undefined: none after). */
    readonly after: Map<WordEntry | undefined, readonly Pattern[]> | undefined;
    /** Refs of the compound patterns (prefix or suffix) the word contains. */
    readonly compounds: readonly LexiconRef[];
    /**
     * Whether the word, written apart from the next, may begin a compound read across the gap
     * (see `pairFor`); false for every word when the language joins no compounds.
     */
    readonly joinsBefore: JoinsBefore | undefined;
    /** Whether the word, written apart from the one before, may end such a compound. */
    readonly joinsAfter: boolean;
  }
  /**
   * The first tokens of one-token patterns, sorted (found when a word is first read for
   * compounds): a word that neither begins one nor has one as its beginning begins no
   * compound that names one. A sorted list, searched by halves, not a trie of letters: a trie
   * of the bokmål lexicon's some 900 first tokens was thousands of maps built before the first
   * result of a cold process (issue 17).
   */
  let singles: readonly string[] | undefined;
  const longestEnding = endings.reduce((longest, ending) => Math.max(longest, ending.length), 0);
  const entries = new Map<string, WordEntry>();
  /** Candidate lists kept in the split words' `after` maps, all together: bounded like the entries. */
  let afterCount = 0;
  /** Who keeps entries on the words' forms (`KeptForms`: one lexicon, one key). */
  const owner = entries;
  /**
   * A word's entry: kept on the word's forms (one lookup per distinct word, not per token),
   * unless its list is split, whose `after` map grows and is bounded here.
   */
  const entryFor = (token: Token): WordEntry => {
    const forms = token.forms;
    if (forms === undefined) return lookUp(token);
    const kept = forms.noteOf(owner) as WordEntry | undefined;
    if (kept !== undefined && forms.folded === token.folded && kept.stem === token.stem) return kept;
    const entry = lookUp(token);
    if (entry.after === undefined && forms.folded === token.folded && forms.stem === token.stem)
      forms.keep(owner, entry);
    return entry;
  };
  const lookUp = (token: Token): WordEntry => {
    const cached = entries.get(token.folded);
    if (cached?.stem === token.stem) return cached;
    const split = bySecond.has(token.stem) || (token.stem !== token.folded && bySecond.has(token.folded));
    const entry: WordEntry = {
      stem: token.stem,
      candidates: split
        ? undefined
        : fitting(
            unionInOrder(
              byFirstStem.get(token.stem),
              token.stem === token.folded ? undefined : byFirstStem.get(token.folded),
            ),
            token,
          ),
      after: split ? new Map() : undefined,
      compounds: [
        ...walk(prefixes, token.folded, false, 1),
        ...walk(suffixes, token.folded, true, 2),
        ...walk(suffixes, token.stem, true, 2),
      ],
      // What `pairFor` can find for the word and any other: the pair's patterns are under the
      // joined word or its stem (a key that begins with this word, or a shorter key along
      // it when the ending cut reaches into it); a prefix across the gap is longer than this
      // word, a suffix across it longer than the next.
      joinsBefore: joinCompounds ? joinsBefore((singles ??= written.singles()), prefixes, token.folded) : undefined,
      joinsAfter: joinCompounds && nodeAfter(suffixes, token.folded, true) !== undefined,
    };
    if (cached === undefined) {
      if (entries.size >= WordFormCache.LIMIT) {
        // The `after` maps are keyed by entries: they go with them.
        entries.clear();
        afterCount = 0;
      }
      entries.set(token.folded, entry);
    }
    return entry;
  };
  /** The candidates of a word whose list is split by second token, given the word after it: worked out once per pair. */
  const splitFor = (entry: WordEntry, token: Token, next: Token | undefined): readonly Pattern[] => {
    const after = entry.after as Map<WordEntry | undefined, readonly Pattern[]>;
    const nextEntry = next === undefined ? undefined : entryFor(next);
    // The entry stands for the next word's folded form and stem: all its candidates depend on.
    let list = after.get(nextEntry);
    if (list === undefined) {
      list = fitting(splitCandidates(byFirstStem, bySecond, token, next), token);
      if (afterCount >= WordFormCache.LIMIT) {
        for (const each of entries.values()) each.after?.clear();
        afterCount = 0;
      }
      after.set(nextEntry, list);
      afterCount++;
    }
    return list;
  };
  /** Two words written apart, read as one compound: the one-token patterns and compound refs that span both. */
  interface PairEntry {
    readonly patterns: readonly Pattern[];
    readonly across: readonly LexiconRef[];
  }
  const pairs = new Map<string, Map<string, PairEntry>>();
  let pairCount = 0;
  const pairFor = (left: string, right: string): PairEntry => {
    let byRight = pairs.get(left);
    let entry = byRight?.get(right);
    if (entry !== undefined) return entry;
    const joined = left + right;
    const joinedStem = stemWord(joined, endings);
    entry = {
      patterns: [...(byFirstStem.get(joinedStem) ?? []), ...(byFirstStem.get(joined) ?? [])].filter(
        (pattern) => pattern.tokens.length === 1,
      ),
      // A compound pattern must reach across the gap ("hårtap*" in "hår tap"), or each word
      // would already have matched alone ("mesoterapi fjerner" is not one word).
      across: [
        ...walk(prefixes, joined, false, 1, left.length + 1),
        ...walk(suffixes, joined, true, 2, right.length + 1),
      ],
    };
    if (pairCount >= WordFormCache.LIMIT) {
      pairs.clear();
      pairCount = 0;
      byRight = undefined;
    }
    if (!byRight) pairs.set(left, (byRight = new Map<string, PairEntry>()));
    byRight.set(right, entry);
    pairCount++;
    return entry;
  };

  return {
    language,
    endings,
    folding,
    abbreviations,
    numbers,
    words: new WordFormCache(endings, folding),
    verbSecond: data.verbSecond === true,
    match(tokens) {
      const matches: LexiconMatch[] = [];
      const has = (from: number, last: number, ref: LexiconRef): boolean => matched(matches, from, last, ref);
      for (let first = 0; first < tokens.length; first++) {
        // Every match found for this token starts at it: duplicates are looked for from here.
        const from = matches.length;
        const token = tokens[first] as Token;
        const next = tokens[first + 1];
        const entry = entryFor(token);
        const candidates = entry.candidates ?? splitFor(entry, token, next);
        // An index loop: no iterator per token.
        // eslint-disable-next-line @typescript-eslint/prefer-for-of -- per-token hot loop
        for (let index = 0; index < candidates.length; index++) {
          const pattern = candidates[index] as Pattern;
          const length = pattern.tokens.length;
          const last = first + length - 1;
          if (last >= tokens.length) continue;
          let ok = true;
          // The first token fits every candidate (see `fitting`).
          for (let offset = 1; offset < length && ok; offset++) {
            const want = pattern.tokens[offset] as PatternToken;
            const have = tokens[first + offset] as Token;
            const isLast = offset === length - 1;
            ok =
              have.folded === want.folded ||
              (!pattern.exact && have.stem === want.stem) ||
              (isLast && pattern.openEnd && have.folded.startsWith(want.folded));
          }
          if (ok && !has(from, last, pattern.ref)) matches.push({ first, last, ref: pattern.ref });
        }
        // Norwegian writes compounds as one word; machine translation splits them ("hår tap"):
        // read two words written apart as the compound too.
        if (
          joinCompounds &&
          next &&
          next.start - token.end === 1 &&
          (mayJoin(entry.joinsBefore, next.folded, longestEnding) || entryFor(next).joinsAfter)
        ) {
          const pair = pairFor(token.folded, next.folded);
          for (const pattern of pair.patterns)
            if (!has(from, first + 1, pattern.ref)) matches.push({ first, last: first + 1, ref: pattern.ref });
          for (const ref of pair.across) if (!has(from, first + 1, ref)) matches.push({ first, last: first + 1, ref });
        }
        for (const ref of entry.compounds) if (!has(from, first, ref)) matches.push({ first, last: first, ref });
      }
      return matches;
    },
  };
}

/** Whether tokens `[first, last]` already matched `ref`: only the matches from `from` on (this token's) can. */
function matched(matches: readonly LexiconMatch[], from: number, last: number, ref: LexiconRef): boolean {
  for (let index = from; index < matches.length; index++) {
    const m = matches[index] as LexiconMatch;
    if (m.last === last && m.ref === ref) return true;
  }
  return false;
}

/** Whether a token is what a pattern token asks for (`last`: it is the pattern's last, which may continue as a compound). */
function fits(have: Token, want: PatternToken, pattern: Pattern, last: boolean): boolean {
  return (
    have.folded === want.folded ||
    (!pattern.exact && have.stem === want.stem) ||
    (last && pattern.openEnd && have.folded.startsWith(want.folded))
  );
}

/**
 * The candidates whose first token the token fits, in order: that depends on the word
 * alone, so it is worked out once per word (or pair, for a split list), not per token.
 */
function fitting(candidates: readonly Pattern[], token: Token): readonly Pattern[] {
  let kept: Pattern[] | undefined;
  candidates.forEach((pattern, index) => {
    const ok = fits(token, pattern.tokens[0] as PatternToken, pattern, pattern.tokens.length === 1);
    if (!ok && kept === undefined) kept = candidates.slice(0, index);
    else if (ok && kept !== undefined) kept.push(pattern);
  });
  return kept ?? candidates;
}

/**
 * The patterns a token may start, in list order and without repeats: those under its
 * stem, then those under its folded form.
 */
function unionInOrder(
  byStem: readonly Pattern[] | undefined,
  byFolded: readonly Pattern[] | undefined,
): readonly Pattern[] {
  if (!byFolded) return byStem ?? [];
  if (!byStem) return byFolded;
  return [...new Set([...byStem, ...byFolded])];
}

/** {@link unionInOrder} for a token whose pattern list is split by second token: depends on the next token. */
function splitCandidates(
  byFirstStem: PatternIndex,
  bySecond: SecondIndexes,
  token: Token,
  next: Token | undefined,
): readonly Pattern[] {
  return unionInOrder(
    candidatesFor(byFirstStem, bySecond, token.stem, next),
    token.stem === token.folded ? undefined : candidatesFor(byFirstStem, bySecond, token.folded, next),
  );
}

/** Patterns that share a first token, split by their second so a common first word stays cheap. */
interface SecondIndex {
  /** Each pattern's place in its first-token list. */
  readonly order: Map<Pattern, number>;
  /** Patterns of one token, and of two whose second is open-ended: any next token may do. */
  readonly loose: readonly Pattern[];
  /** The other patterns, by their second token's stem and its folded form. */
  readonly next: Map<string, Pattern[]>;
}

/** Lists this long or longer are split by second token (shorter ones are just scanned). */
const SPLIT_AT = 16;

/** Patterns by first token (made on first lookup). */
interface PatternIndex {
  get(key: string): readonly Pattern[] | undefined;
}

/** First tokens whose pattern lists are split by second token (each split on first lookup). */
interface SecondIndexes {
  has(key: string): boolean;
  get(key: string): SecondIndex | undefined;
}

function indexBySecondToken(list: readonly Pattern[]): SecondIndex {
  const order = new Map<Pattern, number>();
  const loose: Pattern[] = [];
  const next = new Map<string, Pattern[]>();
  list.forEach((pattern, position) => {
    order.set(pattern, position);
    const second = pattern.tokens[1];
    if (!second || (pattern.tokens.length === 2 && pattern.openEnd)) {
      loose.push(pattern);
      return;
    }
    for (const form of new Set([second.stem, second.folded])) {
      let bucket = next.get(form);
      if (!bucket) next.set(form, (bucket = []));
      bucket.push(pattern);
    }
  });
  return { order, loose, next };
}

/**
 * The patterns starting with `key` that could match given the token after it, in
 * their list order (so matches come out as a scan of the whole list would give them).
 * Leaves out only patterns whose second token cannot equal `next`.
 */
function candidatesFor(
  byFirstStem: PatternIndex,
  bySecond: SecondIndexes,
  key: string,
  next: Token | undefined,
): readonly Pattern[] | undefined {
  const split = bySecond.get(key);
  if (!split) return byFirstStem.get(key);
  if (!next) return split.loose;
  const byStem = split.next.get(next.stem);
  const byFolded = next.folded === next.stem ? undefined : split.next.get(next.folded);
  if (!byStem && !byFolded) return split.loose;
  const picked = [...new Set([...split.loose, ...(byStem ?? []), ...(byFolded ?? [])])];
  return picked.sort((a, b) => (split.order.get(a) as number) - (split.order.get(b) as number));
}
