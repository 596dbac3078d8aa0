/**
 * `declined-service`: a clinic that says in its own voice that it does not treat something ("Vi
 * behandler ikke flekkvis hårtap", "We do not treat alopecia areata") declines a service; it does
 * not say that the treatment in context fails for it. So does one that does not treat with a
 * treatment it names ("We do not train or treat with fat-dissolving injections on the belly", «Vi
 * behandler ikke med fettløsende sprøyter på magen»): the treatment is its instrument, not the
 * clause's subject.
 *
 * @module
 */
import type { ClaimSuppressor, ClauseView } from './types.js';

/** How far before "with" the effect word may stand: "treat with", «behandler ikke med». */
const TREAT_REACH = 2;

export const declinedService: ClaimSuppressor = {
  kind: 'suppress',
  name: 'declined-service',
  drops: (view, placed) =>
    placed.claim.predicate === 'effective-for' &&
    placed.claim.polarity === 'negate' &&
    ((view.named.length === 0 && view.carriedBy === 'clinic-voice') || treatsWith(view)),
};

/**
 * Whether the clause opens with the clinic's own voice and names its treatments only right after
 * "with", «med», which follows an effect word: what the clinic treats with.
 */
function treatsWith(view: ClauseView): boolean {
  if (!view.cues('clinic-voice').some((m) => m.first === view.clause.first)) return false;
  // "treat with", «behandler ikke med»: the effect word right before it ("stopped with" is no treating).
  const effects = view.cues('efficacy');
  const withWords = view
    .cues('composition')
    .filter((w) => effects.some((e) => e.last < w.first && w.first - e.last <= TREAT_REACH));
  return (
    view.interventions.length > 0 && view.interventions.every((m) => withWords.some((w) => w.last === m.first - 1))
  );
}
