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
  description:
    'A clause that names no treatment and reports what someone notices or sees ("notice that", "you will ' +
    'see that", "opplever at", "ser du hvordan"), with an indication after it and an effect word after the ' +
    'indication ("Clients also notice that fine lines on the cheeks soften"), tells what the treatment in ' +
    'context does to it. Not when the effect word stands before the indication or is missing ("notice that ' +
    'hair loss gets worse in winter").',
  subject({ context, cues, indicationMatches }) {
    if (context.contextSubject === undefined) return undefined;
    const effects = cues('efficacy');
    const perceives = cues('perception').some((p) =>
      indicationMatches.some((i) => i.first > p.last && effects.some((e) => e.first > i.last)),
    );
    return perceives ? context.contextSubject : undefined;
  },
};
