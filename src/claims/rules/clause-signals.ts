/**
 * The clause signals, each computed once per clause by the clause view (src/claims/clause-view.ts)
 * for the carry rules and claim rules. Kept apart from the registry's barrel so the clause view
 * can use them without importing the claim rules.
 *
 * @module
 */
import { continuedSentence } from './continued-sentence.js';
import { effectOpening } from './effect-opening.js';
import { elidedSubject } from './elided-subject.js';
import { speakerLabel } from './speaker-label.js';
import type { ClauseSignal } from './types.js';

export { continuedSentence, effectOpening, elidedSubject, speakerLabel };

/** The clause signals, in the order the catalogue lists them. */
export const CLAUSE_SIGNALS: readonly ClauseSignal[] = [elidedSubject, continuedSentence, effectOpening, speakerLabel];
