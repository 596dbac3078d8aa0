/**
 * GRADE arithmetic: the certainty a rating gives, from its starting level, the
 * domains that rate down and the reasons that rate up.
 *
 * @module
 */
import type { Grade, GradeConcern } from '../schema/assessment.js';
import type { Certainty } from '../schema/evidence.js';
import { expectShape } from '../guard.js';

const LEVELS: readonly Certainty[] = ['very-low', 'low', 'moderate', 'high'];

const DOWN: Readonly<Record<GradeConcern, number>> = { none: 0, serious: 1, 'very-serious': 2 };

const DOMAINS = ['riskOfBias', 'inconsistency', 'indirectness', 'imprecision', 'publicationBias'] as const;

const UPGRADES = ['largeEffect', 'doseResponse', 'plausibleConfounding'] as const;

/**
 * One step of a GRADE rating: a domain that rated down or a reason that rated up.
 *
 * @example
 * ```ts
 * import type { GradeStep } from 'meso-evidence';
 * const step: GradeStep = { domain: 'imprecision', change: -1 };
 * ```
 */
export interface GradeStep {
  /** The domain or reason (`riskOfBias`, `largeEffect`…). */
  readonly domain: string;
  /** Levels moved: negative down, positive up. */
  readonly change: number;
}

/**
 * The certainty a GRADE rating gives, and the steps that led to it.
 *
 * @example
 * ```ts
 * import type { GradeOutcome } from 'meso-evidence';
 * let value: GradeOutcome | undefined;
 * ```
 */
export interface GradeOutcome {
  /** The certainty. */
  readonly certainty: Certainty;
  /** The domains that rated down and the reasons that rated up, in GRADE's order. */
  readonly steps: readonly GradeStep[];
}

/**
 * The certainty GRADE gives: start at the starting level (`high` for randomised
 * trials, `low` otherwise), go down one level per `serious` concern and two per
 * `very-serious` one, up one (or `levels`) per reason to rate up, and stay between
 * `very-low` and `high`.
 *
 * @param grade - The rating.
 * @returns The certainty and the steps.
 * @throws TypeError when `grade` is not a GRADE rating.
 * @example
 * ```ts
 * import { certaintyFromGrade } from 'meso-evidence';
 * const none = { concern: 'none', reason: { en: 'No concern.' } } as const;
 * certaintyFromGrade({
 *   startingLevel: 'high', riskOfBias: { concern: 'serious', reason: { en: 'Unblinded.' } },
 *   inconsistency: none, indirectness: none, imprecision: { concern: 'very-serious', reason: { en: 'One small trial.' } },
 *   publicationBias: none,
 * }).certainty; // 'very-low'
 * ```
 */
export function certaintyFromGrade(grade: Grade): GradeOutcome {
  const expected = 'a GRADE rating: startingLevel and the five domains, each { concern, reason }';
  expectShape('certaintyFromGrade', 'grade', grade, { startingLevel: 'string' }, expected);
  for (const domain of DOMAINS) {
    expectShape('certaintyFromGrade', 'grade', grade[domain], { concern: 'string' }, expected);
    if (!Object.hasOwn(DOWN, grade[domain].concern)) expectShape('certaintyFromGrade', 'grade', null, {}, expected);
  }
  for (const upgrade of UPGRADES) {
    if (grade[upgrade] !== undefined) expectShape('certaintyFromGrade', 'grade', grade[upgrade], {}, expected);
  }
  const steps: GradeStep[] = [];
  for (const domain of DOMAINS) {
    const change = -DOWN[grade[domain].concern];
    if (change !== 0) steps.push(Object.freeze({ domain, change }));
  }
  for (const upgrade of UPGRADES) {
    const found = grade[upgrade];
    if (found !== undefined) steps.push(Object.freeze({ domain: upgrade, change: found.levels ?? 1 }));
  }
  const start = grade.startingLevel === 'high' ? 3 : 1;
  const level = Math.min(
    3,
    Math.max(
      0,
      steps.reduce((sum, step) => sum + step.change, start),
    ),
  );
  return Object.freeze({ certainty: LEVELS[level] as Certainty, steps: Object.freeze(steps) });
}
