/**
 * The vocabulary of evidence shared by studies and assessments: the direction of a
 * result and GRADE certainty.
 *
 * @module
 */
import * as z from 'zod';

/**
 * What an assessment concludes about an intervention for an indication.
 *
 * @example
 * ```ts
 * import { DirectionSchema } from 'meso-evidence/schema';
 * DirectionSchema.parse('insufficient');
 * ```
 */
export const DirectionSchema = z.enum(['benefit', 'no-benefit', 'harm', 'insufficient']);

/**
 * What an assessment concludes: `benefit`, `no-benefit`, `harm` or `insufficient`.
 *
 * @example
 * ```ts
 * import type { Direction } from 'meso-evidence';
 * let value: Direction | undefined;
 * ```
 */
export type Direction = z.infer<typeof DirectionSchema>;

/**
 * GRADE certainty of evidence, from `high` to `very-low`.
 *
 * @example
 * ```ts
 * import { CertaintySchema } from 'meso-evidence/schema';
 * CertaintySchema.parse('very-low');
 * ```
 */
export const CertaintySchema = z.enum(['high', 'moderate', 'low', 'very-low']);

/**
 * GRADE certainty of evidence: `high`, `moderate`, `low` or `very-low`.
 *
 * @example
 * ```ts
 * import type { Certainty } from 'meso-evidence';
 * let value: Certainty | undefined;
 * ```
 */
export type Certainty = z.infer<typeof CertaintySchema>;

/**
 * What a single study found: `positive`, `null` (no effect shown), `negative`
 * (harm or worse than control), `mixed`, or `inconclusive`.
 *
 * @example
 * ```ts
 * import { StudyResultSchema } from 'meso-evidence/schema';
 * StudyResultSchema.parse('null');
 * ```
 */
export const StudyResultSchema = z.enum(['positive', 'null', 'negative', 'mixed', 'inconclusive']);

/**
 * What a single study found.
 *
 * @example
 * ```ts
 * import type { StudyResult } from 'meso-evidence';
 * let value: StudyResult | undefined;
 * ```
 */
export type StudyResult = z.infer<typeof StudyResultSchema>;

/**
 * How a study was designed.
 *
 * @example
 * ```ts
 * import { StudyDesignSchema } from 'meso-evidence/schema';
 * StudyDesignSchema.parse('randomized-controlled-trial');
 * ```
 */
export const StudyDesignSchema = z.enum([
  'randomized-controlled-trial',
  'controlled-trial',
  'split-body-controlled',
  'uncontrolled-before-after',
  'case-series',
  'systematic-review',
  'meta-analysis',
  'narrative-review',
  'consensus-statement',
  'committee-report',
]);

/**
 * How a study was designed.
 *
 * @example
 * ```ts
 * import type { StudyDesign } from 'meso-evidence';
 * let value: StudyDesign | undefined;
 * ```
 */
export type StudyDesign = z.infer<typeof StudyDesignSchema>;
