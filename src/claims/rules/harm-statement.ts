/**
 * `harm-statement`: "Common side effects include bruising and pain", «Klumpene er en kjent
 * bivirkning av injeksjonene»: a clause that names the harms a treatment has, and names no
 * treatment itself, speaks of the treatment in context (`stated-harm` reads the claim).
 *
 * @module
 */
import type { CarryRule } from './types.js';

export const harmStatement: CarryRule = {
  kind: 'carry',
  name: 'harm-statement',
  subject: (input) =>
    input.has('stated-harm') ? (input.context.subjectInSentence ?? input.context.contextSubject) : undefined,
};
