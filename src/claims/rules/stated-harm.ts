/**
 * `stated-harm`: "I understand that side effects can occur even when the treatment is done
 * correctly", «Behandlingen kan gi bivirkninger»: saying that a treatment has side effects
 * denies that it is free of them. A negated statement ("does not have side effects") is the
 * `side-effect-free` phrase's, not this rule's.
 *
 * @module
 */
import type { ClaimRule, PlacedClaim } from './types.js';

export const statedHarm: ClaimRule = {
  kind: 'claim',
  name: 'stated-harm',
  predicate: 'side-effect-free',
  read(view) {
    const placed: PlacedClaim[] = [];
    const free = view.cues('side-effect-free');
    for (const span of view.cues('stated-harm')) {
      if (free.some((f) => f.first <= span.last && span.first <= f.last)) continue;
      if (view.polarityAt(span.first) === 'negate') continue;
      for (const subject of view.subjects)
        placed.push({
          at: span.first,
          rule: 'stated-harm',
          claim: { subject, predicate: 'side-effect-free', polarity: 'negate' },
        });
    }
    return placed;
  },
};
