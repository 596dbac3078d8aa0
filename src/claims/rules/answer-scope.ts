/**
 * `answer-scope`: a yes that answers an approval question and goes on to name the use ("**Is
 * Kybella FDA-approved?** Yes, for moderate to severe fat under the chin in adults", "Ja, mot fett
 * under haken") says what the approval is for: an `fda-approved` claim about that use, beside the
 * bare approval `elliptical-answer` reads.
 *
 * @module
 */
import { idOf } from '../clause-view.js';
import { textBetween } from '../tokenize.js';
import type { ClaimRule, PlacedClaim } from './types.js';

/** How far after the purpose word the use may start ("for moderate to severe fat under the chin"). */
const USE_REACH = 4;

export const answerScope: ClaimRule = {
  kind: 'claim',
  name: 'answer-scope',
  predicate: 'fda-approved',
  read(view) {
    const asked = (view.context.asked ?? []).filter(
      (c) => c.predicate === 'fda-approved' && c.object === undefined && c.polarity === 'affirm',
    );
    if (asked.length === 0 || !view.opensSentence || view.named.length > 0) return [];
    const yes = view.cues('answer-yes').find((m) => m.first === view.clause.first);
    if (!yes) return [];
    const { tokens, text, start } = view.sentence;
    if (!textBetween(text, start, tokens[yes.last], tokens[yes.last + 1]).includes(',')) return [];
    // The use follows a purpose word right after the answer ("Yes, for …", "Ja, men bare mot …").
    const purpose = view.cues('purpose').find((p) => p.first > yes.last && p.first - yes.last <= 3);
    if (!purpose) return [];
    const uses = view.indicationMatches.filter((m) => m.first > purpose.last && m.first - purpose.last <= USE_REACH);
    const placed: PlacedClaim[] = [];
    for (const claim of asked)
      for (const use of uses)
        placed.push({ at: use.first, rule: 'answer-scope', claim: { ...claim, object: idOf(use) } });
    return placed;
  },
};
