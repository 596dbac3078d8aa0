/**
 * `study-report`: a sentence that reports research and names no treatment ("A 2019 study of
 * 49 men found no benefit") speaks of the treatment in context.
 *
 * @module
 */
import type { CarryRule } from './types.js';

export const studyReport: CarryRule = {
  kind: 'carry',
  name: 'study-report',
  subject({ sentence, context }) {
    const reportsStudy =
      (sentence.has('study') || sentence.designs.size > 0) &&
      sentence.entities.every((m) => m.ref.type !== 'intervention');
    return reportsStudy ? (context.subjectInSentence ?? context.contextSubject) : undefined;
  },
};
