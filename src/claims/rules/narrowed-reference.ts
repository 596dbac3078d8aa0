/**
 * `narrowed-reference`: "Minoksidil er godkjent mot arvelig hårtap. Finasterid bremser hårtapet" —
 * a broad indication said in the definite, after a narrower one of it in the paragraph, is that
 * narrower one: the claim is about hereditary hair loss.
 *
 * @module
 */
import { idOf } from '../clause-view.js';
import type { LexiconMatch } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { ClaimQualifier } from './types.js';

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
    return said.length > 0 && said.every(definite) ? lastIndication : undefined;
  },
};
