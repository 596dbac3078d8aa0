/**
 * Names of indications said in another order than the lexicon has them: a quality after a
 * linking verb ("the skin feels tighter", "makes skin look firmer", "huden blir strammere": the
 * lexicon's "tighter skin", "strammere hud"; after it in a language that puts the verb second, "Etter
 * kuren er huden strammere") and the first of coordinated qualities ("fuktigere og
 * friskere hud", "dry, tired skin": "fuktigere hud", "dry skin"; not a quality that is an effect word, "Firmer", which the effect rule reads). Syntactic: the
 * lexicon decides what the words name, this module only which words to read together.
 *
 * @module
 */
import { isRole, type Lexicon, type LexiconMatch, type LexiconRef } from './lexicon.js';
import { WordFormCache, type KeptForms, type Token } from './tokenize.js';

/** How many linking words may stand between the word and its quality ("looks and feels"). */
const LINKING_REACH = 2;

/** How many words the last of coordinated qualities may have ("Firmer, more elastic skin"). */
const LAST_QUALITY_WORDS = 2;

/**
 * The indication matches that reading words in their usual order adds: on the described word for
 * a quality after a linking verb, on the first quality for coordinated ones.
 *
 * @param tokens - The sentence's tokens.
 * @param text - The sentence's text (for commas between tokens).
 * @param start - The sentence's offset.
 * @param all - The lexicon's matches in the sentence.
 * @param lexicon - The lexicon.
 * @returns The matches to add, none of them already there.
 */
export function reorderedNames(
  tokens: readonly Token[],
  text: string,
  start: number,
  all: readonly LexiconMatch[],
  lexicon: Lexicon,
): LexiconMatch[] {
  const linking = all.filter((m) => m.ref.type === 'cue' && (m.ref.role === 'linking' || m.ref.role === 'auxiliary'));
  const linkingAt = (at: number): LexiconMatch | undefined => linking.find((m) => m.first === at);
  const added: LexiconMatch[] = [];
  const has = (first: number, last: number): boolean =>
    all.some((m) => m.ref.type === 'indication' && !m.ref.inName && m.first <= first && m.last >= last) ||
    added.some((m) => m.first === first && m.last === last);
  // "the skin feels tighter": the word before a linking verb, the quality after it.
  for (const link of linking) {
    const described = tokens[link.first - 1];
    if (!described || has(link.first - 1, link.first - 1)) continue;
    let at = link.last + 1;
    for (let hops = 1; hops < LINKING_REACH && linkingAt(at); hops++) at = (linkingAt(at) as LexiconMatch).last + 1;
    const quality = tokens[at];
    if (!quality) continue;
    const name = pairName(lexicon, quality, described);
    if (name) added.push({ first: link.first - 1, last: link.first - 1, ref: name });
  }
  // "Etter kuren er huden strammere": in a language that puts the verb second, the word after the
  // linking verb and the quality after that word.
  if (lexicon.verbSecond)
    for (const link of linking) {
      const described = tokens[link.last + 1];
      const quality = tokens[link.last + 2];
      if (!described || !quality || has(link.last + 1, link.last + 1) || linkingAt(link.last + 1)) continue;
      const name = pairName(lexicon, quality, described);
      if (name) added.push({ first: link.last + 1, last: link.last + 1, ref: name });
    }
  // "tørr og slapp hud", "better-hydrated, plumper skin": a quality before "and" or a comma, read with
  // the word the last quality describes.
  // Not an effect word ("brighter, smoother skin": the effect rule reads it) nor the qualities of what an
  // effect word before them acts on ("hydrates dull, dehydrated skin": the skin treated, not the result).
  // One pass over the matches, no intermediate lists: this runs for every sentence.
  // Made when a match needs them.
  let effects: Set<number> | undefined;
  let conjunctions: Set<number> | undefined;
  for (const m of all) {
    if (isRole(m, 'efficacy')) (effects ??= new Set()).add(m.first).add(m.last);
    else if (isRole(m, 'conjunction') && m.first === m.last) (conjunctions ??= new Set()).add(m.first);
  }
  for (let at = 0; at + 2 < tokens.length; at++) {
    const quality = tokens[at] as Token;
    const next = tokens[at + 1] as Token;
    const comma = hasComma(text, quality.end - start, next.start - start);
    const joined = conjunctions?.has(at + 1) === true;
    const after = joined && !comma ? at + 2 : comma && !joined ? at + 1 : -1;
    if (after < 0 || has(at, at) || effects?.has(at) === true || effects?.has(at - 1) === true) continue;
    for (let head = after + 1; head <= after + LAST_QUALITY_WORDS && head < tokens.length; head++) {
      const name = pairName(lexicon, quality, tokens[head] as Token);
      if (!name) continue;
      added.push({ first: at, last: at, ref: name });
      break;
    }
  }
  return added;
}

/** The indication two words name read as one phrase, `quality` first: what `lexicon.match([quality, word])` finds over both. */
function nameOfPair(lexicon: Lexicon, quality: Token, word: Token): LexiconRef | undefined {
  return lexicon.match([quality, word]).find((m) => m.ref.type === 'indication' && m.first === 0 && m.last === 1)?.ref;
}

/** The names of pairs of words read so far, by lexicon (see {@link pairName}), and how many. */
interface PairNames {
  readonly byFirst: Map<KeptForms, Map<KeptForms, LexiconRef | null>>;
  size: number;
}

const pairNames = new WeakMap<Lexicon, PairNames>();

/**
 * {@link nameOfPair}, worked out once per pair of distinct words: the sentence reader asks it of
 * every quality before a comma or "and", some two probes a sentence, mostly of the same few pairs.
 * What a lexicon matches in two tokens depends on their folded forms and stems, and on whether
 * they stand one character apart (a compound written apart, see `match`): pairs of words that
 * carry the lexicon's forms and do not stand so are remembered by those forms, bounded like
 * the forms themselves; others are matched afresh.
 */
function pairName(lexicon: Lexicon, quality: Token, word: Token): LexiconRef | undefined {
  const first = quality.forms;
  const second = word.forms;
  if (
    first === undefined ||
    second === undefined ||
    word.start - quality.end === 1 ||
    first.folded !== quality.folded ||
    first.stem !== quality.stem ||
    second.folded !== word.folded ||
    second.stem !== word.stem
  )
    return nameOfPair(lexicon, quality, word);
  let names = pairNames.get(lexicon);
  if (names === undefined) pairNames.set(lexicon, (names = { byFirst: new Map(), size: 0 }));
  let bySecond = names.byFirst.get(first);
  let ref = bySecond?.get(second);
  if (ref === undefined) {
    ref = nameOfPair(lexicon, quality, word) ?? null;
    if (names.size >= WordFormCache.LIMIT) {
      names.byFirst.clear();
      names.size = 0;
      bySecond = undefined;
    }
    if (bySecond === undefined) names.byFirst.set(first, (bySecond = new Map<KeptForms, LexiconRef | null>()));
    bySecond.set(second, ref);
    names.size++;
  }
  return ref ?? undefined;
}

/** Whether `text[from, to)` holds a comma (as `text.slice(from, to).includes(',')`, without the copy). */
function hasComma(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 44) return true;
  return false;
}
