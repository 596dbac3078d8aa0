/**
 * `effect-doubt`: "its effectiveness has not been proven", "effekten er ikke dokumentert"
 * doubt that the treatment works — absence of evidence for an effect is not silence.
 *
 * @module
 */
import { subjectsOrContext } from './in-context.js';
import type { ClaimRule, PlacedClaim } from './types.js';

export const effectDoubt: ClaimRule = {
  kind: 'claim',
  name: 'effect-doubt',
  predicate: 'effective-for',
  read(view) {
    // "the evidence for hair loss", "dokumentasjonen": the evidence as a topic doubts the effect,
    // unless the clause speaks of safety ("the evidence for its safety is weak").
    const evidence = view.has('safety-topic') ? undefined : view.cues('evidence-topic')[0];
    const topic = view.cues('effect-topic')[0] ?? evidence;
    if (!topic) return [];
    const polarity = view.polarityAt(view.clause.last + 1);
    if (polarity === 'affirm') return [];
    // "Its effect on these conditions": every indication named before, not only the last.
    const objects =
      view.indications.length > 0
        ? view.indications
        : view.has('indication-reference')
          ? view.context.lastIndications
          : view.context.lastIndication === undefined
            ? []
            : [view.context.lastIndication];
    const subjects = subjectsOrContext(view);
    return subjects.flatMap((subject) =>
      objects.map((object): PlacedClaim => ({
        at: topic.first,
        rule: 'effect-doubt',
        claim: { subject, predicate: 'effective-for', object, polarity },
      })),
    );
  },
};
