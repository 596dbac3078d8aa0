/**
 * The record kinds, without importing the zod schemas (so the main entry stays zod-free).
 *
 * @module
 * @internal
 */
import type { RecordKind } from '../schema/kinds.js';

/** Every record kind. Kept in step with `RECORD_KINDS` by a test. @internal */
export const RECORD_KIND_LIST: readonly RecordKind[] = Object.freeze([
  'sources',
  'studies',
  'interventions',
  'indications',
  'ingredients',
  'assessments',
  'regulatory',
  'positions',
  'cues',
]);
