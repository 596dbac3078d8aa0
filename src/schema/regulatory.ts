/**
 * Regulatory facts: approvals, warnings, bans, classifications and laws.
 *
 * @module
 */
import * as z from 'zod';
import {
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  PopulationSchema,
  SourceRefsSchema,
  VerificationSchema,
} from './common.js';

/**
 * What a regulator did.
 *
 * @example
 * ```ts
 * import { RegulatoryActionSchema } from 'meso-evidence/schema';
 * RegulatoryActionSchema.parse('approval');
 * ```
 */
export const RegulatoryActionSchema = z.enum([
  'approval',
  'non-approval',
  'warning',
  'ban',
  'court-ruling',
  'classification',
  'law',
  'marketing-rule',
]);

/**
 * What a regulator did.
 *
 * @example
 * ```ts
 * import type { RegulatoryAction } from 'meso-evidence';
 * let value: RegulatoryAction | undefined;
 * ```
 */
export type RegulatoryAction = z.infer<typeof RegulatoryActionSchema>;

/**
 * The standing the action gives its subject: `approved`, `not-approved`,
 * `off-label` (approved for something else), `banned`, `restricted`,
 * `prescription-only`, `warned-against`.
 *
 * @example
 * ```ts
 * import { RegulatoryStatusSchema } from 'meso-evidence/schema';
 * RegulatoryStatusSchema.parse('not-approved');
 * ```
 */
export const RegulatoryStatusSchema = z.enum([
  'approved',
  'not-approved',
  'off-label',
  'banned',
  'restricted',
  'prescription-only',
  'warned-against',
]);

/**
 * The standing a regulatory action gives its subject.
 *
 * @example
 * ```ts
 * import type { RegulatoryStatus } from 'meso-evidence';
 * let value: RegulatoryStatus | undefined;
 * ```
 */
export type RegulatoryStatus = z.infer<typeof RegulatoryStatusSchema>;

/**
 * A regulatory record: `data/regulatory/<id>.yaml`.
 *
 * @example
 * ```ts
 * import { RegulatorySchema } from 'meso-evidence/schema';
 * RegulatorySchema.safeParse({ id: 'fda-kybella-2015' }).success; // false: fields are missing
 * ```
 */
export const RegulatorySchema = z.strictObject({
  /** The id; also the file name. */
  id: IdSchema,
  /** The authority, by its usual short name: `FDA`, `Statens legemiddelverk`. */
  authority: z.string().min(1),
  /** The authority's full name. */
  authorityName: z.string().min(1),
  /** Where it applies (ISO 3166 country code, or `EU`). */
  jurisdiction: z.string().regex(/^[A-Z]{2}$/, { error: 'must be a two-letter code such as "US", "NO", "FR" or "EU"' }),
  /** When the authority acted, where known. Leave it out rather than guess. */
  date: IsoDateSchema.optional(),
  /** For a standing fact with no action date (such as "not approved"): when a source last confirmed it. */
  asOf: IsoDateSchema.optional(),
  /** What the authority did. */
  action: RegulatoryActionSchema,
  /** The standing it gives its subjects. */
  status: RegulatoryStatusSchema,
  /** Interventions it concerns. */
  interventions: z.array(IdSchema),
  /** Ingredients it concerns. */
  ingredients: z.array(IdSchema).optional(),
  /** Indications it concerns; empty means "for any use". */
  indications: z.array(IdSchema),
  /**
   * Whom it is limited to, when the action names one population (Propecia: men only).
   * Left out: everyone. An approval does not cover an indication defined for another population.
   */
  population: PopulationSchema.optional(),
  /** The product, when the action names one (`Kybella`). */
  product: z.string().min(1).optional(),
  /** The document's own reference, such as `Décret n° 2011-382`. */
  reference: z.string().min(1).optional(),
  /** What is and is not covered. */
  scope: LocalizedTextSchema,
  /** The fact in a sentence or two. */
  summary: LocalizedTextSchema,
  /** Where it comes from. */
  sources: SourceRefsSchema,
  /** How it was checked. */
  verification: VerificationSchema,
});

/**
 * A regulatory record: an approval, warning, ban, classification or law.
 *
 * @example
 * ```ts
 * import type { Regulatory } from 'meso-evidence';
 * let value: Regulatory | undefined;
 * ```
 */
export type Regulatory = z.infer<typeof RegulatorySchema>;
