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
 * Why certainty was rated down (or up), per GRADE domain.
 *
 * @example
 * ```ts
 * import { GradeDomainsSchema } from 'meso-evidence/schema';
 * GradeDomainsSchema.parse({ riskOfBias: 'serious', imprecision: 'very-serious' });
 * ```
 */
export const GradeDomainsSchema = z.strictObject({
  /** Limitations in design or conduct. */
  riskOfBias: GradeConcernSchema.optional(),
  /** Unexplained differences between studies. */
  inconsistency: GradeConcernSchema.optional(),
  /** Population, intervention or outcome differ from the question. */
  indirectness: GradeConcernSchema.optional(),
  /** Few participants or events; wide intervals. */
  imprecision: GradeConcernSchema.optional(),
  /** Studies likely missing. */
  publicationBias: GradeConcernSchema.optional(),
  /** A large effect that raised certainty. */
  largeEffect: z.boolean().optional(),
});

/**
 * Why certainty was rated down (or up), per GRADE domain.
 *
 * @example
 * ```ts
 * import type { GradeDomains } from 'meso-evidence';
 * let value: GradeDomains | undefined;
 * ```
 */
export type GradeDomains = z.infer<typeof GradeDomainsSchema>;

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
  /** GRADE domains that moved the rating. */
  grade: GradeDomainsSchema.optional(),
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
