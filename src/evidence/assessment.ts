/**
 * Assessment lookup with the parent fallback: an indication without its own
 * assessment inherits its parent's (submental fat → localized fat).
 *
 * @module
 */
import type { Assessment } from '../schema/assessment.js';
import { pairKey, type Indexes } from '../kb/indexes.js';

/**
 * An assessment found for a subject and an indication, with the indications walked
 * to find it: the asked-for indication first, then its parent, and so on, ending
 * with the indication the assessment is for.
 *
 * @example
 * ```ts
 * import { knowledgeBase, type AssessmentMatch } from 'meso-evidence';
 * const match: AssessmentMatch | undefined = knowledgeBase.assessment('mesotherapy', 'submental-fat');
 * match?.chain; // ['submental-fat', 'localized-fat'] when only localized fat is assessed
 * ```
 */
export interface AssessmentMatch {
  /** The assessment used. */
  readonly assessment: Assessment;
  /** Indication ids walked, from the one asked for to the one assessed. */
  readonly chain: readonly string[];
}

/**
 * The indication and its ancestors, nearest first. Stops at an unknown id or a cycle.
 *
 * @internal
 */
export function indicationChain(ix: Indexes, indication: string): readonly string[] {
  const chain: string[] = [];
  let current: string | undefined = indication;
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current);
    current = ix.byKind.indications.get(current)?.parent;
  }
  return chain;
}

/**
 * Finds the assessment for `subject` and `indication`, walking up indication parents.
 *
 * @internal
 */
export function findAssessment(ix: Indexes, subject: unknown, indication: unknown): AssessmentMatch | undefined {
  if (typeof subject !== 'string' || typeof indication !== 'string') return undefined;
  // Matches are frozen and the data never changes, so each is made once. Only matches are
  // kept: there is at most one per subject and indication of the data, so the memo is bounded.
  const known = ix.assessmentMatches.get(subject)?.get(indication);
  if (known) return known;
  const walked: string[] = [];
  for (const id of indicationChain(ix, indication)) {
    walked.push(id);
    const assessment = ix.assessmentByPair.get(pairKey(subject, id));
    if (assessment) {
      const match: AssessmentMatch = Object.freeze({ assessment, chain: Object.freeze(walked) });
      let bySubject = ix.assessmentMatches.get(subject);
      if (!bySubject) ix.assessmentMatches.set(subject, (bySubject = new Map<string, AssessmentMatch>()));
      bySubject.set(indication, match);
      return match;
    }
  }
  return undefined;
}
