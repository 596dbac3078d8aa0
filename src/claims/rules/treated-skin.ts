/**
 * `treated-skin`: an effect said as a noun that names an indication, then a purpose word and the
 * skin it is for ("Deep hydration for dull, dry skin", «Dyp fuktighet for matt, tørr hud»): what the
 * words after the purpose word name is the skin treated, not a second effect claim. So is the skin's
 * state named before the result an effect word gives it ("leaves tired, sun-dried skin deeply hydrated").
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
    return own.length > 0 && own.every((m) => isTreatedSkin(view, m) || isStateBefore(view, m));
  },
};

/** How far before the result the skin's state may be named ("tired, sun-dried skin deeply hydrated"). */
const STATE_REACH = 5;

/**
 * Whether an indication names the skin's state before the result an effect word gives it, and no effect word
 * comes before it ("leaves tired, sun-dried skin deeply hydrated", «gjør trett hud dypt fuktet»): the skin
 * treated, not a second effect. Two results joined ("more glow and moisture") are two effects.
 */
function isStateBefore(view: ClauseView, object: LexiconMatch): boolean {
  const effects = view.cues('efficacy');
  if (effects.some((e) => e.first <= object.last)) return false;
  const target = object.ref as EntityRef;
  // "mer glød og fukt i huden": two results joined, not a state and a result.
  const conjunctions = view.cues('conjunction');
  return view.indicationMatches.some((result) => {
    const named = result.ref as EntityRef;
    return (
      result.first > object.last &&
      result.first - object.last <= STATE_REACH &&
      !conjunctions.some((c) => c.first > object.last && c.last < result.first) &&
      named.id !== target.id &&
      effects.some((e) => e.first <= result.first && result.last <= e.last)
    );
  });
}

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
