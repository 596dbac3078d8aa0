/**
 * Adverse-event profiles: for one intervention, the harms reported, how often,
 * how serious, and the studies, reports and statements behind each. Verdicts on
 * `safe` and `side-effect-free` claims are judged from them.
 *
 * @module
 */
import * as z from 'zod';
import { IdSchema, LocalizedTextSchema, VerificationSchema } from './common.js';

/**
 * How serious an adverse event is, on one ordered scale (see `docs/evidence-methodology.md`):
 * `mild` (CTCAE grade 1: noticed, needs no treatment), `moderate` (grade 2: local or
 * simple treatment), `severe` (grade 3: medically significant or disabling, not
 * life-threatening), `serious` (ICH E2A: death, life-threatening, hospitalisation,
 * lasting disability or damage, or treatment to prevent it).
 *
 * @example
 * ```ts
 * import { SeveritySchema } from 'meso-evidence/schema';
 * SeveritySchema.parse('serious');
 * ```
 */
export const SeveritySchema = z.enum(['mild', 'moderate', 'severe', 'serious']);

/**
 * How serious an adverse event is: `mild`, `moderate`, `severe` or `serious`.
 *
 * @example
 * ```ts
 * import type { Severity } from 'meso-evidence';
 * let value: Severity | undefined;
 * ```
 */
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * How often an adverse event occurs, as reported: a category (CIOMS: very common
 * ≥ 1/10, common ≥ 1/100, uncommon ≥ 1/1 000, rare ≥ 1/10 000, very rare below;
 * `case-reports` when only reports or outbreaks are known; `unknown`), with the
 * count and denominator where the source gives them, and the figure in words.
 *
 * @example
 * ```ts
 * import { FrequencySchema } from 'meso-evidence/schema';
 * FrequencySchema.parse({ category: 'common', events: 12, denominator: 514, text: { en: '12 of 514 treated (REFINE-1)' } });
 * ```
 */
export const FrequencySchema = z.strictObject({
  /** The frequency category. */
  category: z.enum(['very-common', 'common', 'uncommon', 'rare', 'very-rare', 'case-reports', 'unknown']),
  /** People (or treatments) with the event, where counted. */
  events: z.int().min(0).optional(),
  /** Out of how many, where counted. */
  denominator: z.int().min(1).optional(),
  /** The figure as the source reports it. */
  text: LocalizedTextSchema.optional(),
});

/**
 * How often an adverse event occurs, as reported.
 *
 * @example
 * ```ts
 * import type { Frequency } from 'meso-evidence';
 * let value: Frequency | undefined;
 * ```
 */
export type Frequency = z.infer<typeof FrequencySchema>;

/**
 * One adverse event of an intervention, with what it rests on. At least one of
 * `studies`, `sources` or `statements` must be given.
 *
 * @example
 * ```ts
 * import { AdverseEventSchema } from 'meso-evidence/schema';
 * AdverseEventSchema.parse({
 *   id: 'bruising', name: { en: 'bruising', nb: 'blåmerker' }, frequency: { category: 'unknown' },
 *   seriousness: 'mild', sources: ['healthline-mesotherapy'], verification: 'secondary',
 * });
 * ```
 */
export const AdverseEventSchema = z.strictObject({
  /** A short id, unique within the profile. */
  id: IdSchema,
  /** The event's name. */
  name: LocalizedTextSchema,
  /** How often it occurs. */
  frequency: FrequencySchema,
  /** How serious it is. */
  seriousness: SeveritySchema,
  /** Detail: what happened, how long it lasted, outbreaks. */
  note: LocalizedTextSchema.optional(),
  /** Studies that report it. */
  studies: z.array(IdSchema).optional(),
  /** Other sources that report it (case reports, labels, agency pages). */
  sources: z.array(IdSchema).optional(),
  /** Regulatory records and professional positions that report it. */
  statements: z.array(IdSchema).optional(),
  /** How the event was checked against what it rests on. */
  verification: VerificationSchema,
});

/**
 * One adverse event of an intervention.
 *
 * @example
 * ```ts
 * import type { AdverseEvent } from 'meso-evidence';
 * let value: AdverseEvent | undefined;
 * ```
 */
export type AdverseEvent = z.infer<typeof AdverseEventSchema>;

/**
 * An adverse-event profile: `data/adverse-events/<intervention>--adverse-events.yaml`,
 * one per intervention.
 *
 * @example
 * ```ts
 * import { AdverseEventProfileSchema } from 'meso-evidence/schema';
 * AdverseEventProfileSchema.parse({
 *   id: 'mesotherapy--adverse-events', intervention: 'mesotherapy', lastReviewed: '2026-11-30',
 *   events: [{ id: 'bruising', name: { en: 'bruising' }, frequency: { category: 'unknown' }, seriousness: 'mild',
 *     sources: ['healthline-mesotherapy'], verification: 'secondary' }],
 * });
 * ```
 */
export const AdverseEventProfileSchema = z.strictObject({
  /** `<intervention>--adverse-events`; also the file name. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*--adverse-events$/, {
    error: 'must be "<intervention>--adverse-events", like "mesotherapy--adverse-events"',
  }),
  /** The intervention the profile is for. */
  intervention: IdSchema,
  /** What the profile covers and what it does not (for example, which formulations). */
  scope: LocalizedTextSchema.optional(),
  /** The events, most serious first by convention. */
  events: z.array(AdverseEventSchema).min(1),
  /** When the profile was last checked against the literature (a full date). */
  lastReviewed: z.iso.date({ error: 'must be a full ISO date, YYYY-MM-DD' }),
});

/**
 * An adverse-event profile of one intervention.
 *
 * @example
 * ```ts
 * import type { AdverseEventProfile } from 'meso-evidence';
 * let value: AdverseEventProfile | undefined;
 * ```
 */
export type AdverseEventProfile = z.infer<typeof AdverseEventProfileSchema>;
