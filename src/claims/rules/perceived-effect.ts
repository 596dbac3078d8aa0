/**
 * `perceived-effect`: what clients notice or see ("Clients notice that fine lines soften",
 * "Mange opplever at pigmentflekkene blekner") is what the treatment in context does.
 *
 * @module
 */
import type { CarryRule } from './types.js';

/**
 * How many words may stand between what someone sees and the indication ("see that dry, tired skin",
 * "see better-hydrated skin"): further on, the indication is something else they see ("Men jeg ser
 * også infeksjoner, harde knuter og groper i huden").
 */
const PERCEPTION_REACH = 2;

export const perceivedEffect: CarryRule = {
  kind: 'carry',
  name: 'perceived-effect',
  subject({ context, cues, indicationMatches }) {
    if (context.contextSubject === undefined) return undefined;
    const effects = cues('efficacy');
    const near = (p: { readonly last: number }, first: number): boolean =>
      first > p.last && first - p.last - 1 <= PERCEPTION_REACH;
    // "notice that fine lines soften": the indication seen, then its effect; "see smoother skin and fewer
    // dimples": an effect seen, with an indication after it.
    const perceives = cues('perception').some(
      (p) =>
        indicationMatches.some((i) => near(p, i.first) && effects.some((e) => e.first > i.last)) ||
        effects.some((e) => near(p, e.first) && indicationMatches.some((i) => i.first > e.last)),
    );
    return perceives ? context.contextSubject : undefined;
  },
};
