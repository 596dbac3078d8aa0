/**
 * `harm-lead-in`: the list after a colon whose lead-in names harms ("Serious problems are rare but
 * have been reported: skin infections that are slow to heal, lumps, scarring …", "Alvorlige
 * problemer er rapportert: infeksjoner, knuter og arr") is a list of harms, not of what the
 * treatment treats — even when a harm is described with an effect word ("slow to heal"). So are the
 * items of a list whose lead-in paragraph names harms and asserts no effect ("Side effects can occur:").
 *
 * @module
 */
import { isRole } from '../sentence.js';
import { textBetween } from '../tokenize.js';
import type { ClaimSuppressor } from './types.js';

export const harmLeadIn: ClaimSuppressor = {
  kind: 'suppress',
  name: 'harm-lead-in',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for') return false;
    // The items of a list whose lead-in block names harms ("Side effects can occur:" … "- pain, stinging or
    // burning during the injections") are harms, unless one names a treatment.
    if (view.context.harmLeadIn === true) return view.named.length === 0;
    // The list names no treatment and does not refer back ("…: it removes scars").
    if (view.named.length > 0 || view.refersBack) return false;
    const { sentence, clause } = view;
    const { tokens } = sentence;
    if (!textBetween(sentence.text, sentence.start, tokens[clause.first - 1], tokens[clause.first]).includes(':'))
      return false;
    // The lead-in before the colon names a harm and asserts no effect ("Mesotherapy solves hair problems: …").
    const leadIn = sentence.cues.filter((m) => m.last < clause.first);
    return (
      leadIn.some((m) => isRole(m, 'harm') || isRole(m, 'side-effect')) && !leadIn.some((m) => isRole(m, 'efficacy'))
    );
  },
};
