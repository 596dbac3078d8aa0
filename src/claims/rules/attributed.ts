/**
 * `attributed`: a claim others are reported to make ("websites claiming that lipodissolve
 * is safe", "klinikker skrev at sprøytene er helt trygge") is theirs, not the text's.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import { inIdiom } from './idiom.js';
import { refutedAfter } from './refuted-after.js';
import { refutedOpening } from './refuted-opening.js';
import type { ClauseView, ClaimSuppressor } from './types.js';

/** How far into a clause ("and you", "og du") its own subject may start. */
const OWN_SUBJECT_START = 1;

/** Whether every negation of the clause is inside a report ("does not mean that", «betyr ikke at»). */
function reportNegates(view: ClauseView): boolean {
  const reports = view.cues('claimed');
  const negations = view.cues('negation');
  return negations.length > 0 && negations.every((n) => reports.some((r) => r.first <= n.first && n.last <= r.last));
}

export const attributed: ClaimSuppressor = {
  kind: 'suppress',
  name: 'attributed',
  reports: true,
  drops(view, placed) {
    const { cues, clauses } = view.sentence;
    // "… does not mean that every product is equally safe or effective": a denial whose only negation
    // is the report's own ("does not mean that") is as much the report's as an affirmed claim.
    if (placed.claim.polarity === 'negate') return reportNegates(view);
    if (placed.claim.polarity !== 'affirm') return false;
    // "Some clinics claim that it melts cellulite, but that is not documented": the sentence refutes
    // the claim itself, and its contrasting hedge makes the claim a doubted one (read, not dropped).
    const hedgedAfter = clauses.some(
      (c) =>
        c.contrast &&
        c.first > view.clause.last &&
        cues.some((m) => isRole(m, 'hedge') && m.first >= c.first && m.last <= c.last),
    );
    if (hedgedAfter) return false;
    // "…; I have told her that it is not true": refuted later in the sentence, read as a denial (`refuted-after`).
    if (refutedAfter(view, placed)) return false;
    // "Almost all wrote that you can go back to work the same day, which is borne out by the trials": a report the
    // sentence confirms is the text's claim too.
    if (view.sentence.cues.some((m) => isRole(m, 'confirming') && m.first > placed.at)) return false;
    // "The claim that mesotherapy is safe is false": a sentence that opens with the claim and calls it
    // wrong refutes it, which `refuted-opening` reads as a denial.
    if (refutedOpening(view, placed.at)) return false;
    // "misleading claims that …": reported as false, which `reported-as-false` reads as a denial.
    const refuted = cues.filter((m) => isRole(m, 'refuted'));
    const prescribing = cues.filter((m) => isRole(m, 'prescribe'));
    // "Most people describe it as a scratchy feeling, and you can go back to work the same day": a clause with a
    // subject of its own after the report's clause ("and you …", "og du …") is the text's again.
    // ("and they …" may be the reporters again.)
    const plural = view.cues('plural-pronoun');
    const ownSubject = view
      .cues('speaker')
      .some((m) => m.first - view.clause.first <= OWN_SUBJECT_START && !plural.some((p) => p.first === m.first));
    return cues.some(
      (m) =>
        isRole(m, 'claimed') &&
        m.last < placed.at &&
        // «Fastlegen kan skrive ut minoksidil»: "prescribe", no report (data/cues/prescribe.yaml).
        !inIdiom(prescribing, m) &&
        !(ownSubject && m.last < view.clause.first) &&
        !refuted.some((r) => r.first <= m.last && m.first <= r.last),
    );
  },
};
