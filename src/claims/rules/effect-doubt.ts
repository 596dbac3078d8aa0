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
  description:
    'A treatment’s effect named as a topic ("its effectiveness", "the benefit", "effekten") in a clause that ' +
    'negates or hedges it ("has not been proven", "is unclear", "er ikke dokumentert") denies or hedges an ' +
    '`effective-for` claim about the treatment in context, for the indication the clause names or the one ' +
    'named last in the paragraph; an effect named without doubt is no claim. The evidence named as a topic ' +
    '("the evidence for hair loss is weak", "dokumentasjonen er enda svakere") doubts the effect too, unless ' +
    'the clause names safety.',
  read(view) {
    // "the evidence for hair loss", "dokumentasjonen": the evidence as a topic doubts the effect,
    // unless the clause speaks of safety ("the evidence for its safety is weak").
    const evidence = view.has('safety-topic') ? undefined : view.cues('evidence-topic')[0];
    const topic = view.cues('effect-topic')[0] ?? evidence;
    if (!topic) return [];
    const polarity = view.polarityAt(view.clause.last + 1);
    if (polarity === 'affirm') return [];
    const objects =
      view.indications.length > 0
        ? view.indications
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
