/**
 * `treated-skin`: an effect said as a noun that names an indication, then a purpose word and the
 * skin it is for ("Deep hydration for dull, dry skin", «Dyp fuktighet for matt, tørr hud»): what the
 * words after the purpose word name is the skin treated, not a second effect claim.
 *
 * @module
 */
import type { EntityRef, LexiconMatch } from '../lexicon.js';
import type { ClaimSuppressor, ClauseView } from './types.js';

/** How far after the purpose word the skin treated may start ("for dull, dry skin"). */
const SKIN_REACH = 2;

export const treatedSkin: ClaimSuppressor = {
  kind: 'suppress',
  name: 'treated-skin',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for') return false;
    const own = view.indicationMatches.filter((m) => (m.ref as EntityRef).id === placed.claim.object);
    return own.length > 0 && own.every((m) => isTreatedSkin(view, m));
  },
};

/** Whether an indication named inside an effect phrase ("deep hydration") comes right before a purpose word and this one. */
function isTreatedSkin(view: ClauseView, object: LexiconMatch): boolean {
  const target = object.ref as EntityRef;
  const effects = view.cues('efficacy');
  return view.indicationMatches.some((named) => {
    const effect = named.ref as EntityRef;
    return (
      named.last < object.first &&
      effect.id !== target.id &&
      effect.parent !== target.id &&
      target.parent !== effect.id &&
      effects.some((e) => e.first <= named.first && named.last <= e.last && e.last === named.last) &&
      view
        .cues('purpose')
        .some((p) => p.first === named.last + 1 && object.first > p.last && object.first - p.last <= SKIN_REACH)
    );
  });
}
