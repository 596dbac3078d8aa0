/**
 * The record kinds and their names, without zod: the main entry point and the
 * loader's messages use this list, and the schemas are keyed by it.
 *
 * @module
 */

/**
 * Every record kind, in the order the loader reads them. Each is a folder under `data/`.
 *
 * @example
 * ```ts
 * import { RECORD_KINDS } from 'meso-evidence/schema';
 * RECORD_KINDS.includes('studies'); // true
 * ```
 */
export const RECORD_KINDS = Object.freeze([
  'sources',
  'studies',
  'interventions',
  'indications',
  'ingredients',
  'assessments',
  'regulatory',
  'positions',
  'adverse-events',
  'cues',
] as const);

/**
 * A record kind: the name of a folder under `data/`.
 *
 * @example
 * ```ts
 * import type { RecordKind } from 'meso-evidence';
 * let value: RecordKind | undefined;
 * ```
 */
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * The singular noun of each kind, for messages ("`x` is not a known study").
 *
 * @example
 * ```ts
 * import { KIND_NOUNS } from 'meso-evidence/schema';
 * KIND_NOUNS.studies; // 'study'
 * ```
 */
export const KIND_NOUNS: Readonly<Record<RecordKind, string>> = Object.freeze({
  sources: 'source',
  studies: 'study',
  interventions: 'intervention',
  indications: 'indication',
  ingredients: 'ingredient',
  assessments: 'assessment',
  regulatory: 'regulatory record',
  positions: 'position',
  'adverse-events': 'adverse-event profile',
  cues: 'cue',
});
