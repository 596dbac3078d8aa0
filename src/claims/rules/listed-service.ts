/**
 * `listed-service`: a treatment noun with a purpose word joined to a list of named treatments
 * ("We offer mesotherapy, skin boosters and treatment for hair loss", «tilbyr mesoterapi,
 * hudboostere og behandling mot hårtap») names one more service, not what the treatments before it
 * do: an effect read only from it is no claim about them.
 *
 * @module
 */
import { endsInPurpose } from '../clause-view.js';
import type { ClaimSuppressor } from './types.js';

export const listedService: ClaimSuppressor = {
  kind: 'suppress',
  name: 'listed-service',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for' || placed.rule !== 'effective-for') return false;
    const nouns = view.cues('treatment-noun');
    const conjunctions = view.cues('conjunction');
    // "and treatment for": a treatment noun and a purpose word, right after "and", after a named treatment.
    const service = (e: { first: number; last: number }): boolean =>
      nouns.some((n) => n.first === e.first) &&
      endsInPurpose(view, e) &&
      conjunctions.some((c) => c.last === e.first - 1) &&
      view.interventions.some((i) => i.last < e.first);
    const services = view.effects.filter(service);
    return services.length > 0 && services.length === view.effects.length && services.some((s) => s.last < placed.at);
  },
};
