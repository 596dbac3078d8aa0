/**
 * `echo-question`: a short question that asks whether what the sentence before reported holds
 * ("Clinics say that skin boosters lift sagging skin. Do they?", «Klinikkene sier at mesoterapi
 * fjerner cellulitter. Stemmer det?») asks the reported claims, for the answer after it ("No.",
 * "I have seen no good evidence of that.").
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { QuestionRule } from './types.js';

/** The most words a question may have beside its echo phrase ("But do they?", «Men stemmer det?»). */
const MAX_OTHER_WORDS = 1;

export const echoQuestion: QuestionRule = {
  kind: 'question',
  name: 'echo-question',
  asks({ sentence, context }, asked) {
    const reported = context.reportedBefore;
    if (asked.length > 0 || reported === undefined || sentence.entities.length > 0) return undefined;
    const echo = sentence.cues.find((m) => isRole(m, 'echo'));
    if (!echo) return undefined;
    // The echo ends the question, after at most a word ("But do they?"): "Is it painful?" asks something else.
    if (echo.last !== sentence.tokens.length - 1 || echo.first > MAX_OTHER_WORDS) return undefined;
    return { claims: reported.filter((claim) => claim.polarity === 'affirm') };
  },
};
