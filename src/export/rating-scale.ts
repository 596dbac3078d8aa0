/**
 * The published rating scale of meso-evidence's ClaimReview export: which number
 * and which words stand for each verdict.
 *
 * @module
 */
import type { Verdict } from '../evidence/claim.js';
import type { Language } from '../schema/common.js';
import { bundledMessages } from '../messages/messages.js';

/**
 * One step of the rating scale.
 *
 * @example
 * ```ts
 * import { RATING_SCALE, type RatingStep } from 'meso-evidence/export';
 * const step: RatingStep = RATING_SCALE.steps.overstated;
 * ```
 */
export interface RatingStep {
  /** The `ratingValue`, or `null` for a verdict that is not a rating (`unverifiable`). */
  readonly value: number | null;
  /** The `alternateName`, per language. */
  readonly name: Readonly<Record<Language, string>>;
  /** What the step means. */
  readonly description: string;
}

// The names are the verdict labels of data/messages, as in the engine's messages and the CLI.
const EN = bundledMessages('en');
const NB = bundledMessages('nb');

/**
 * The rating scale of the ClaimReview export, from 1 (worst) to 3 (best):
 *
 * | ratingValue | verdict | alternateName (en / nb) |
 * |---|---|---|
 * | 1 | `contradicted` | Contradicted / Motsagt |
 * | 2 | `overstated` | Overstated / Overdrevet |
 * | 3 | `supported` | Supported / Støttet |
 * | — | `unverifiable` | Unverifiable / Kan ikke etterprøves |
 *
 * `unverifiable` means the knowledge base has nothing on the claim; it is not a
 * point on the scale, so its reviews carry no `ratingValue` (the `alternateName`,
 * which is what readers see, is always there).
 *
 * @example
 * ```ts
 * import { RATING_SCALE } from 'meso-evidence/export';
 * RATING_SCALE.steps.overstated.value; // 2
 * RATING_SCALE.best; // 3
 * ```
 */
export const RATING_SCALE: {
  /** The `worstRating`. */
  readonly worst: number;
  /** The `bestRating`. */
  readonly best: number;
  /** Each verdict's step. */
  readonly steps: Readonly<Record<Verdict, RatingStep>>;
} = Object.freeze({
  worst: 1,
  best: 3,
  steps: Object.freeze({
    contradicted: Object.freeze({
      value: 1,
      name: Object.freeze({ en: EN.verdicts.contradicted, nb: NB.verdicts.contradicted }),
      description: 'The claim conflicts with the evidence or a regulatory fact.',
    }),
    overstated: Object.freeze({
      value: 2,
      name: Object.freeze({ en: EN.verdicts.overstated, nb: NB.verdicts.overstated }),
      description: 'The claim asserts more than the evidence holds.',
    }),
    supported: Object.freeze({
      value: 3,
      name: Object.freeze({ en: EN.verdicts.supported, nb: NB.verdicts.supported }),
      description: 'The claim agrees with the evidence.',
    }),
    unverifiable: Object.freeze({
      value: null,
      name: Object.freeze({ en: EN.verdicts.unverifiable, nb: NB.verdicts.unverifiable }),
      description: 'The knowledge base has nothing on the claim.',
    }),
  }),
});
