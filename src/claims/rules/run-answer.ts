/**
 * `run-answer`: a sentence that is nothing but a yes or a no ("No.", "False.", «Nei.») right
 * after a question in its own paragraph answers it — "Is it risk-free? No.", "**True or false:
 * mesotherapy gets rid of cellulite.** False." — as an answer opening the next paragraph does
 * (`elliptical-answer`). An answer that goes on ("No, many ask that") is left alone.
 *
 * @module
 */
import { answeredClaims } from './elliptical-answer.js';
import type { ClaimRule } from './types.js';

export const runAnswer: ClaimRule = {
  kind: 'claim',
  name: 'run-answer',
  read(view) {
    const asked = view.context.runAsked;
    // Answered as the next paragraph's opening already (`elliptical-answer`), it is not answered twice.
    if (!asked || asked.length === 0 || !view.opensSentence || view.context.asked !== undefined) return [];
    return answeredClaims(view, asked, 'run-answer', true);
  },
};
