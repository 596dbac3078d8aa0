/**
 * Professional positions: what societies of doctors say about a treatment.
 *
 * @module
 */
import * as z from 'zod';
import { IdSchema, IsoDateSchema, LocalizedTextSchema, SourceRefsSchema, VerificationSchema } from './common.js';

/**
 * What a body says about an intervention.
 *
 * @example
 * ```ts
 * import { StanceSchema } from 'meso-evidence/schema';
 * StanceSchema.parse('does-not-recommend');
 * ```
 */
export const StanceSchema = z.enum(['endorses', 'does-not-endorse', 'does-not-recommend', 'warns-against']);

/**
 * What a body says about an intervention.
 *
 * @example
 * ```ts
 * import type { Stance } from 'meso-evidence';
 * let value: Stance | undefined;
 * ```
 */
export type Stance = z.infer<typeof StanceSchema>;

/**
 * A position record: `data/positions/<id>.yaml`.
 *
 * @example
 * ```ts
 * import { PositionSchema } from 'meso-evidence/schema';
 * PositionSchema.safeParse({ id: 'asps-mesotherapy' }).success; // false: fields are missing
 * ```
 */
export const PositionSchema = z.strictObject({
  /** The id; also the file name. */
  id: IdSchema,
  /** The body, by its usual short name: `ASPS`. */
  body: z.string().min(1),
  /** The body's full name. */
  bodyName: z.string().min(1),
  /** Where the body works (ISO 3166 country code, or `EU`). */
  jurisdiction: z.string().regex(/^[A-Z]{2}$/),
  /** When it said so, where known. */
  date: IsoDateSchema.optional(),
  /** What it says. */
  stance: StanceSchema,
  /** True when the body promotes the treatment it speaks of (a society of its practitioners). */
  proponent: z.boolean(),
  /** Interventions it concerns. */
  interventions: z.array(IdSchema).min(1),
  /** Indications it concerns; empty means any. */
  indications: z.array(IdSchema),
  /** The position in a sentence or two. */
  summary: LocalizedTextSchema,
  /** Where it comes from. */
  sources: SourceRefsSchema,
  /** How it was checked. */
  verification: VerificationSchema,
});

/**
 * A position record: what a society of doctors says about a treatment.
 *
 * @example
 * ```ts
 * import type { Position } from 'meso-evidence';
 * let value: Position | undefined;
 * ```
 */
export type Position = z.infer<typeof PositionSchema>;
