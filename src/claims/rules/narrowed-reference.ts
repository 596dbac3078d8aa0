/**
 * `narrowed-reference`: "Minoksidil er godkjent mot arvelig hårtap. Finasterid bremser hårtapet" —
 * a broad indication said in the definite, after a narrower one of it in the paragraph, is that
 * narrower one: the claim is about hereditary hair loss. So is a broad indication with a word that
 * points back to the place right after it ("In 2015 the FDA approved deoxycholic acid for the double
 * chin. It reduces fat there": fat under the chin), and one said in a clause that refers back to the
 * condition after it ("Minoxidil regrows hair in many men with this condition", «hos mange med denne
 * tilstanden»).
 *
 * @module
 */
import { idOf } from '../clause-view.js';
import type { LexiconMatch } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { ClaimQualifier } from './types.js';

/** How far after the indication the word for its place may stand ("fat there": right after it). */
const PLACE_REACH = 1;

/** Whether the word has an inflection ending ("hårtapet", not "hårtap"). */
const inflected = (token: Token | undefined): boolean => token !== undefined && token.stem !== token.folded;

export const narrowedReference: ClaimQualifier = {
  kind: 'qualify',
  name: 'narrowed-reference',
  object(view, placed) {
    const { claim } = placed;
    const { lastIndication, lastIndicationParent } = view.context;
    if (claim.predicate !== 'effective-for' || lastIndication === undefined) return undefined;
    if (lastIndicationParent !== claim.object) return undefined;
    const said = view.indicationMatches.filter((m) => idOf(m) === claim.object);
    const { tokens } = view.sentence;
    // The lexicon matches stems, so "hårtap" matches the cue "hårtapet": the definite is an article
    // inside the cue ("the hair loss") or an ending on the word itself.
    const definite = (m: LexiconMatch): boolean =>
      view
        .cues('definite-indication')
        .some((d) => d.first <= m.first && d.last >= m.last && (d.first < m.first || inflected(tokens[m.last])));
    // "fat there", "fettet der": the place pointed back to is where the narrower one is.
    const pointedBack = (m: LexiconMatch): boolean =>
      view.cues('place-reference').some((p) => p.first > m.last && p.first - m.last <= PLACE_REACH);
    // "regrows hair in many men with this condition": the condition referred back to is the narrower one.
    const referred = (m: LexiconMatch): boolean => view.cues('indication-reference').some((r) => r.first > m.last);
    return said.length > 0 && said.every((m) => definite(m) || pointedBack(m) || referred(m))
      ? lastIndication
      : undefined;
  },
};
