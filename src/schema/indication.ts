/**
 * Indications: what a treatment is claimed to be for (the objects of claims).
 *
 * @module
 */
import * as z from 'zod';
import { IdSchema, LocalizedTextSchema, NamesSchema, PopulationSchema } from './common.js';

/**
 * An indication record: `data/indications/<id>.yaml`.
 *
 * @example
 * ```ts
 * import { IndicationSchema } from 'meso-evidence/schema';
 * IndicationSchema.parse({
 *   id: 'submental-fat', parent: 'localized-fat',
 *   names: { en: ['submental fat', 'double chin'], nb: ['dobbelthake'] },
 *   description: { en: 'Fat under the chin.' },
 * });
 * ```
 */
export const IndicationSchema = z.strictObject({
  /** The canonical id; also the file name. */
  id: IdSchema,
  /** A broader indication whose assessments apply when this one has none. */
  parent: IdSchema.optional(),
  /** Names and everyday phrasings per language, as articles write them. */
  names: NamesSchema,
  /** What the indication covers. */
  description: LocalizedTextSchema,
  /**
   * Whom the indication is defined for, when only one sex (female pattern hair loss:
   * women). An approval limited to another population does not cover it.
   */
  population: PopulationSchema.optional(),
});

/**
 * An indication record: what a treatment is claimed to be for.
 *
 * @example
 * ```ts
 * import type { Indication } from 'meso-evidence';
 * let value: Indication | undefined;
 * ```
 */
export type Indication = z.infer<typeof IndicationSchema>;
