/**
 * `perceived-effect`: what clients notice or see ("Clients notice that fine lines soften",
 * "Mange opplever at pigmentflekkene blekner") is what the treatment in context does.
 *
 * @module
 */
import type { CarryRule } from './types.js';

export const perceivedEffect: CarryRule = {
  kind: 'carry',
  name: 'perceived-effect',
  subject({ context, cues, indicationMatches }) {
    if (context.contextSubject === undefined) return undefined;
    const effects = cues('efficacy');
    const perceives = cues('perception').some((p) =>
      indicationMatches.some((i) => i.first > p.last && effects.some((e) => e.first > i.last)),
    );
    return perceives ? context.contextSubject : undefined;
  },
};
