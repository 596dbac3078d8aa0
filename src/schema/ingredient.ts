/**
 * Ingredients: the substances and classes of substances mixtures contain.
 *
 * @module
 */
import * as z from 'zod';
import { IdSchema, LocalizedTextSchema, NamesSchema, SourceRefsSchema, VerificationSchema } from './common.js';

/**
 * The class an ingredient belongs to.
 *
 * @example
 * ```ts
 * import { IngredientClassSchema } from 'meso-evidence/schema';
 * IngredientClassSchema.parse('vitamin');
 * ```
 */
export const IngredientClassSchema = z.enum([
  'vasodilator',
  'antibiotic',
  'hormone',
  'enzyme',
  'plant-extract',
  'vitamin',
  'mineral',
  'amino-acid',
  'antioxidant',
  'glycosaminoglycan',
  'bile-acid',
  'phospholipid',
  'methylxanthine',
  'local-anaesthetic',
  '5-alpha-reductase-inhibitor',
  'potassium-channel-opener',
]);

/**
 * The class an ingredient belongs to.
 *
 * @example
 * ```ts
 * import type { IngredientClass } from 'meso-evidence';
 * let value: IngredientClass | undefined;
 * ```
 */
export type IngredientClass = z.infer<typeof IngredientClassSchema>;

/**
 * An ingredient's regulatory standing, summarised: `approved` (for a cosmetic or
 * hair-loss use it is sold for), `approved-other-uses` (approved, but not for its use
 * in mesotherapy), `not-approved`, `not-regulated-as-drug` (cosmetic or supplement
 * ingredient), `varies` (a class whose members differ).
 *
 * @example
 * ```ts
 * import { RegulatoryStandingSchema } from 'meso-evidence/schema';
 * RegulatoryStandingSchema.parse('approved-other-uses');
 * ```
 */
export const RegulatoryStandingSchema = z.enum([
  'approved',
  'approved-other-uses',
  'not-approved',
  'not-regulated-as-drug',
  'varies',
]);

/**
 * An ingredient's regulatory standing, summarised.
 *
 * @example
 * ```ts
 * import type { RegulatoryStanding } from 'meso-evidence';
 * let value: RegulatoryStanding | undefined;
 * ```
 */
export type RegulatoryStanding = z.infer<typeof RegulatoryStandingSchema>;

/**
 * An ingredient record: `data/ingredients/<id>.yaml`. An ingredient is either a
 * named substance or, with `kind: class`, a class of substances.
 *
 * @example
 * ```ts
 * import { IngredientSchema } from 'meso-evidence/schema';
 * IngredientSchema.safeParse({ id: 'hyaluronic-acid' }).success; // false: fields are missing
 * ```
 */
export const IngredientSchema = z.strictObject({
  /** The id; also the file name. */
  id: IdSchema,
  /** A single substance, or a class of substances. */
  kind: z.enum(['substance', 'class']),
  /** Names per language. */
  names: NamesSchema,
  /** The class it belongs to (for a class: the class itself). */
  class: IngredientClassSchema,
  /** When the substance is also an intervention in its own right (deoxycholic acid). */
  intervention: IdSchema.optional(),
  /** Interventions whose mixtures contain it. */
  usedIn: z.array(IdSchema).optional(),
  /** Its regulatory standing for the uses it is sold for. */
  regulatoryStatus: RegulatoryStandingSchema,
  /** Regulatory facts about it. */
  regulatory: z.array(IdSchema).optional(),
  /** What it is, and what it is used for. */
  description: LocalizedTextSchema,
  /** Sources for the description and status. */
  sources: SourceRefsSchema,
  /** How the description and status were checked. */
  verification: VerificationSchema,
});

/**
 * An ingredient record: a substance or class of substances.
 *
 * @example
 * ```ts
 * import type { Ingredient } from 'meso-evidence';
 * let value: Ingredient | undefined;
 * ```
 */
export type Ingredient = z.infer<typeof IngredientSchema>;
