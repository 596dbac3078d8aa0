/**
 * `elliptical-denial`: a sentence right after one that reports what others claim, which names no
 * treatment or use and ends in a negation whose verb is left out ("Every week a patient shows me
 * an advert promising that mesotherapy will melt their cellulite away. When it has been tested
 * properly, it doesn't.", «Salongen lover at den fjerner cellulitter. Det gjør den ikke.»), denies
 * the reported claims, as a sentence that calls them wrong does (`refuted-report`).
 *
 * @module
 */
import { denied } from './refuted-report.js';
import type { ClaimRule } from './types.js';

export const ellipticalDenial: ClaimRule = {
  kind: 'claim',
  name: 'elliptical-denial',
  read(view) {
    const reported = view.context.reportedBefore;
    if (reported === undefined || view.context.question) return [];
    const { sentence } = view;
    // Nothing of its own: no treatment or use named anywhere in the sentence.
    if (sentence.entities.length > 0) return [];
    const last = sentence.tokens.length - 1;
    const denial = view.cues('elliptical-denial').find((m) => m.last === last);
    return denial ? denied(reported, denial.first, 'negate', 'elliptical-denial') : [];
  },
};
