/**
 * Interventions: the treatments claims are about (the subjects of claims), with
 * procedure facts for those that are procedures.
 *
 * @module
 */
import * as z from 'zod';
import {
  IdSchema,
  LocalizedTextSchema,
  NamesSchema,
  SourceRefsSchema,
  SourcedSchema,
  VerificationSchema,
} from './common.js';

/**
 * A numeric range with its sources, such as sessions (3–15) or minutes a session.
 *
 * @example
 * ```ts
 * import { SourcedRangeSchema } from 'meso-evidence/schema';
 * SourcedRangeSchema.parse({ min: 3, max: 15, sources: ['healthline-mesotherapy'], verification: 'secondary' });
 * ```
 */
export const SourcedRangeSchema = SourcedSchema.extend({
  /** Lowest value. */
  min: z.number().min(0),
  /** Highest value. */
  max: z.number().min(0),
  /** Unit, where the field's name does not already say it. */
  unit: z.string().min(1).optional(),
  /** The fact in words, for people. */
  text: LocalizedTextSchema.optional(),
});

/**
 * A numeric range with its sources.
 *
 * @example
 * ```ts
 * import type { SourcedRange } from 'meso-evidence';
 * let value: SourcedRange | undefined;
 * ```
 */
export type SourcedRange = z.infer<typeof SourcedRangeSchema>;

/**
 * A statement with its sources: a preparation step, an aftercare rule, a contraindication.
 *
 * @example
 * ```ts
 * import { SourcedStatementSchema } from 'meso-evidence/schema';
 * SourcedStatementSchema.parse({ text: { en: 'Avoid aspirin for a week.' }, sources: ['healthline-mesotherapy'], verification: 'secondary' });
 * ```
 */
export const SourcedStatementSchema = SourcedSchema.extend({
  /** The statement. */
  text: LocalizedTextSchema,
});

/**
 * A statement with its sources.
 *
 * @example
 * ```ts
 * import type { SourcedStatement } from 'meso-evidence';
 * let value: SourcedStatement | undefined;
 * ```
 */
export type SourcedStatement = z.infer<typeof SourcedStatementSchema>;

/**
 * What a procedure costs in one place and year.
 *
 * @example
 * ```ts
 * import { CostSchema } from 'meso-evidence/schema';
 * CostSchema.parse({ min: 250, max: 600, currency: 'USD', per: 'session', region: 'US', year: 2024,
 *   sources: ['healthline-mesotherapy'], verification: 'secondary' });
 * ```
 */
export const CostSchema = SourcedSchema.extend({
  /** Lowest price. */
  min: z.number().min(0),
  /** Highest price. */
  max: z.number().min(0),
  /** ISO 4217 currency code. */
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 currency code such as "USD" or "NOK"' }),
  /** What the price is for. */
  per: z.enum(['session', 'course', 'procedure']),
  /** Where (ISO 3166 country code). */
  region: z.string().regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code such as "US" or "NO"' }),
  /** The year the price applies to (the source's year when it gives none). */
  year: z.int().min(1950).max(2100),
  /** Anything a reader should know, such as whether insurers pay. */
  note: LocalizedTextSchema.optional(),
});

/**
 * What a procedure costs in one place and year.
 *
 * @example
 * ```ts
 * import type { Cost } from 'meso-evidence';
 * let value: Cost | undefined;
 * ```
 */
export type Cost = z.infer<typeof CostSchema>;

/**
 * Where a procedure came from.
 *
 * @example
 * ```ts
 * import { HistorySchema } from 'meso-evidence/schema';
 * HistorySchema.parse({ year: 1952, by: 'Michel Pistor', country: 'FR', text: { en: 'First used for pain relief.' },
 *   sources: ['matarasso-2005'], verification: 'verified' });
 * ```
 */
export const HistorySchema = SourcedSchema.extend({
  /** The year it was first used. */
  year: z.int().min(1800).max(2100),
  /** Who introduced it. */
  by: z.string().min(1),
  /** Where (ISO 3166 country code). */
  country: z.string().regex(/^[A-Z]{2}$/),
  /** The story in a sentence or two. */
  text: LocalizedTextSchema,
});

/**
 * Where a procedure came from.
 *
 * @example
 * ```ts
 * import type { History } from 'meso-evidence';
 * let value: History | undefined;
 * ```
 */
export type History = z.infer<typeof HistorySchema>;

/**
 * Facts about how a procedure is done, each with its sources.
 *
 * @example
 * ```ts
 * import { ProcedureSchema } from 'meso-evidence/schema';
 * ProcedureSchema.parse({});
 * ```
 */
export const ProcedureSchema = z.strictObject({
  /** How deep the injections go, in millimetres. */
  depthMm: SourcedRangeSchema.optional(),
  /** How many sessions a course takes. */
  sessions: SourcedRangeSchema.optional(),
  /** How often sessions are given. */
  interval: SourcedStatementSchema.optional(),
  /** How long one session takes, in minutes. */
  sessionMinutes: SourcedRangeSchema.optional(),
  /** What it costs. */
  cost: z.array(CostSchema).optional(),
  /** Days off work or usual activity after a session. */
  downtimeDays: SourcedRangeSchema.optional(),
  /** Before a session. */
  preparation: z.array(SourcedStatementSchema).optional(),
  /** After a session. */
  aftercare: z.array(SourcedStatementSchema).optional(),
  /** Who should not have it. */
  contraindications: z.array(SourcedStatementSchema).optional(),
  /** Where it came from. */
  history: HistorySchema.optional(),
});

/**
 * Facts about how a procedure is done.
 *
 * @example
 * ```ts
 * import type { Procedure } from 'meso-evidence';
 * let value: Procedure | undefined;
 * ```
 */
export type Procedure = z.infer<typeof ProcedureSchema>;

/**
 * How a drug is given: `oral`, `topical`, `intradermal` (injected into the skin, as in
 * mesotherapy) or `subcutaneous` (injected under the skin).
 *
 * @example
 * ```ts
 * import { RouteSchema } from 'meso-evidence/schema';
 * RouteSchema.parse('intradermal');
 * ```
 */
export const RouteSchema = z.enum(['oral', 'topical', 'intradermal', 'subcutaneous']);

/**
 * How a drug is given.
 *
 * @example
 * ```ts
 * import type { Route } from 'meso-evidence';
 * let value: Route | undefined;
 * ```
 */
export type Route = z.infer<typeof RouteSchema>;

/**
 * An intervention record: `data/interventions/<id>.yaml`.
 *
 * @example
 * ```ts
 * import { InterventionSchema } from 'meso-evidence/schema';
 * InterventionSchema.safeParse({ id: 'mesotherapy' }).success; // false: names, type… are required
 * ```
 */
export const InterventionSchema = z.strictObject({
  /** The canonical id; also the file name. */
  id: IdSchema,
  /** What kind of intervention it is. */
  type: z.enum(['procedure', 'drug', 'surgery', 'device']),
  /** Names, brand names and synonyms per language, as articles write them. */
  names: NamesSchema,
  /** What it is, in a sentence or two. */
  description: LocalizedTextSchema,
  /** How invasive it is. */
  invasiveness: z.enum(['non-invasive', 'minimally-invasive', 'invasive', 'surgical']),
  /**
   * The general drug or procedure this one is a route- or product-specific form of
   * (`intradermal-dutasteride` → `dutasteride`). Assessments are not inherited from it.
   */
  parent: IdSchema.optional(),
  /** How it is given, for a route-specific drug. */
  route: RouteSchema.optional(),
  /**
   * The procedure this is a formulation of, when clinics sell it under that procedure's
   * name (`skin-booster` → `mesotherapy`). Assessments are not inherited from it.
   */
  formulationOf: IdSchema.optional(),
  /** Ingredients it is made of or may contain. */
  ingredients: z.array(IdSchema).optional(),
  /** Closely related interventions (for example a distinct treatment often confused with it). */
  related: z.array(IdSchema).optional(),
  /** How it is done, for procedures. */
  procedure: ProcedureSchema.optional(),
  /** Sources for the description. */
  sources: SourceRefsSchema,
  /** How the description was checked. */
  verification: VerificationSchema,
});

/**
 * An intervention record: a treatment claims can be about.
 *
 * @example
 * ```ts
 * import type { Intervention } from 'meso-evidence';
 * let value: Intervention | undefined;
 * ```
 */
export type Intervention = z.infer<typeof InterventionSchema>;
