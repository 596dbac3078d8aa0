/**
 * Assessments: the evidence for one intervention and one indication, with a
 * direction and a GRADE certainty.
 *
 * @module
 */
import * as z from 'zod';
import { IdSchema, LocalizedTextSchema, VerificationSchema } from './common.js';
import { CertaintySchema, DirectionSchema } from './evidence.js';

/**
 * A concern in one GRADE domain.
 *
 * @example
 * ```ts
 * import { GradeConcernSchema } from 'meso-evidence/schema';
 * GradeConcernSchema.parse('serious');
 * ```
 */
export const GradeConcernSchema = z.enum(['none', 'serious', 'very-serious']);

/**
 * A concern in one GRADE domain.
 *
 * @example
 * ```ts
 * import type { GradeConcern } from 'meso-evidence';
 * let value: GradeConcern | undefined;
 * ```
 */
export type GradeConcern = z.infer<typeof GradeConcernSchema>;

/**
 * Where GRADE starts a body of evidence: `high` for randomised trials, `low` for
 * observational or uncontrolled studies (and for expert opinion or no studies at all).
 *
 * @example
 * ```ts
 * import { GradeStartingLevelSchema } from 'meso-evidence/schema';
 * GradeStartingLevelSchema.parse('high');
 * ```
 */
export const GradeStartingLevelSchema = z.enum(['high', 'low']);

/**
 * Where GRADE starts a body of evidence: `high` or `low`.
 *
 * @example
 * ```ts
 * import type { GradeStartingLevel } from 'meso-evidence';
 * let value: GradeStartingLevel | undefined;
 * ```
 */
export type GradeStartingLevel = z.infer<typeof GradeStartingLevelSchema>;

/**
 * The judgement in one GRADE domain: the concern and why, naming the trials.
 * `serious` rates certainty down one level, `very-serious` two.
 *
 * @example
 * ```ts
 * import { GradeJudgementSchema } from 'meso-evidence/schema';
 * GradeJudgementSchema.parse({ concern: 'serious', reason: { en: 'Park 2008 was neither blinded nor placebo-controlled.' } });
 * ```
 */
export const GradeJudgementSchema = z.strictObject({
  /** How serious the concern is. */
  concern: GradeConcernSchema,
  /** Why, naming the trials. */
  reason: LocalizedTextSchema,
});

/**
 * The judgement in one GRADE domain.
 *
 * @example
 * ```ts
 * import type { GradeJudgement } from 'meso-evidence';
 * let value: GradeJudgement | undefined;
 * ```
 */
export type GradeJudgement = z.infer<typeof GradeJudgementSchema>;

/**
 * A reason GRADE rates certainty up (large effect, dose-response, plausible
 * confounding that would reduce the effect): one level unless `levels` says two.
 *
 * @example
 * ```ts
 * import { GradeUpgradeSchema } from 'meso-evidence/schema';
 * GradeUpgradeSchema.parse({ levels: 1, reason: { en: 'Fat removed by suction is gone at once.' } });
 * ```
 */
export const GradeUpgradeSchema = z.strictObject({
  /** Levels raised: 1 (the default) or 2 (a very large effect). */
  levels: z.union([z.literal(1), z.literal(2)]).optional(),
  /** Why. */
  reason: LocalizedTextSchema,
});

/**
 * A reason GRADE rates certainty up.
 *
 * @example
 * ```ts
 * import type { GradeUpgrade } from 'meso-evidence';
 * let value: GradeUpgrade | undefined;
 * ```
 */
export type GradeUpgrade = z.infer<typeof GradeUpgradeSchema>;

/**
 * The GRADE rating behind an assessment's certainty: the starting level, all five
 * domains that rate down, and any reasons to rate up. The certainty must follow
 * from them (the `certainty-mismatch` rule checks it).
 *
 * @example
 * ```ts
 * import { GradeSchema } from 'meso-evidence/schema';
 * const none = { concern: 'none', reason: { en: 'No concern.' } } as const;
 * GradeSchema.parse({
 *   startingLevel: 'high', riskOfBias: none, inconsistency: none, indirectness: none,
 *   imprecision: { concern: 'serious', reason: { en: 'Few, small trials.' } }, publicationBias: none,
 * });
 * ```
 */
export const GradeSchema = z.strictObject({
  /** `high` for randomised trials, `low` for observational or uncontrolled evidence. */
  startingLevel: GradeStartingLevelSchema,
  /** Limitations in design or conduct. */
  riskOfBias: GradeJudgementSchema,
  /** Unexplained differences between studies. */
  inconsistency: GradeJudgementSchema,
  /** Population, intervention, comparator or outcome differ from the question. */
  indirectness: GradeJudgementSchema,
  /** Few participants or events; wide intervals. */
  imprecision: GradeJudgementSchema,
  /** Studies likely missing. */
  publicationBias: GradeJudgementSchema,
  /** A large effect that raised certainty. */
  largeEffect: GradeUpgradeSchema.optional(),
  /** A dose-response gradient that raised certainty. */
  doseResponse: GradeUpgradeSchema.optional(),
  /** Plausible confounding that would have reduced the effect shown, raising certainty. */
  plausibleConfounding: GradeUpgradeSchema.optional(),
});

/**
 * The GRADE rating behind an assessment's certainty.
 *
 * @example
 * ```ts
 * import type { Grade } from 'meso-evidence';
 * let value: Grade | undefined;
 * ```
 */
export type Grade = z.infer<typeof GradeSchema>;

/**
 * The five GRADE domains that rate certainty down, in the order GRADE lists them.
 *
 * @example
 * ```ts
 * import { GRADE_DOMAINS } from 'meso-evidence/schema';
 * GRADE_DOMAINS.length; // 5
 * ```
 */
export const GRADE_DOMAINS = Object.freeze([
  'riskOfBias',
  'inconsistency',
  'indirectness',
  'imprecision',
  'publicationBias',
] as const);

/**
 * The GRADE reasons to rate certainty up.
 *
 * @example
 * ```ts
 * import { GRADE_UPGRADES } from 'meso-evidence/schema';
 * GRADE_UPGRADES.includes('largeEffect'); // true
 * ```
 */
export const GRADE_UPGRADES = Object.freeze(['largeEffect', 'doseResponse', 'plausibleConfounding'] as const);

/**
 * An assessment record: `data/assessments/<subject>--<indication>.yaml`.
 *
 * @example
 * ```ts
 * import { AssessmentSchema } from 'meso-evidence/schema';
 * AssessmentSchema.parse({
 *   id: 'mesotherapy--cellulite', subject: 'mesotherapy', indication: 'cellulite',
 *   direction: 'insufficient', certainty: 'very-low',
 *   rationale: { en: 'Injectables for cellulite have not been evaluated for safety or efficacy.' },
 *   grade: {
 *     startingLevel: 'low',
 *     riskOfBias: { concern: 'none', reason: { en: 'No trial to judge.' } },
 *     inconsistency: { concern: 'none', reason: { en: 'No trials to compare.' } },
 *     indirectness: { concern: 'serious', reason: { en: 'Reviews of other uses.' } },
 *     imprecision: { concern: 'very-serious', reason: { en: 'No trial data.' } },
 *     publicationBias: { concern: 'none', reason: { en: 'Not assessable.' } },
 *   },
 *   lastReviewed: '2026-11-30',
 *   studies: ['rotunda-2005'], statements: [], verification: 'verified',
 * });
 * ```
 */
export const AssessmentSchema = z.strictObject({
  /** `<subject>--<indication>`; also the file name. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be "<subject>--<indication>", like "mesotherapy--cellulite"',
  }),
  /** The intervention assessed. */
  subject: IdSchema,
  /** The indication assessed. */
  indication: IdSchema,
  /** What the evidence shows. */
  direction: DirectionSchema,
  /** How sure we can be (GRADE). */
  certainty: CertaintySchema,
  /** How the direction and certainty follow from the evidence. */
  rationale: LocalizedTextSchema,
  /** What the assessment does not cover (for example "outside the chin"). */
  scope: LocalizedTextSchema.optional(),
  /** The GRADE rating the certainty follows from. */
  grade: GradeSchema,
  /** When the assessment was last checked against the literature (a full date); `validate` warns after two years. */
  lastReviewed: z.iso.date({ error: 'must be a full ISO date, YYYY-MM-DD' }),
  /**
   * For a procedure given with different products (mesotherapy): the formulations
   * (intervention ids) the evidence rests on. A verdict's message names them.
   */
  formulations: z.array(IdSchema).optional(),
  /** Studies behind it. */
  studies: z.array(IdSchema),
  /** Regulatory facts and professional positions behind it. */
  statements: z.array(IdSchema),
  /** Other sources behind it (for example a web page describing established practice). */
  sources: z.array(IdSchema).optional(),
  /** How the assessment was checked against its studies and statements. */
  verification: VerificationSchema,
});

/**
 * An assessment record: the evidence for one intervention and one indication.
 *
 * @example
 * ```ts
 * import type { Assessment } from 'meso-evidence';
 * let value: Assessment | undefined;
 * ```
 */
export type Assessment = z.infer<typeof AssessmentSchema>;
