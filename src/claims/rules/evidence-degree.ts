/**
 * `evidence-degree`: an effect word inside a phrase that grades the evidence ("better documented",
 * "bedre dokumentert") is no effect claim — "Minoksidil er mye bedre dokumentert og koster en
 * brøkdel" compares how well two treatments are studied. Before a word for the effect ("har bedre
 * dokumentert effekt", "better documented effectiveness") it grades the evidence for an effect it claims.
 *
 * @module
 */
import type { CueSuppressor } from './types.js';

export const evidenceDegree: CueSuppressor = {
  kind: 'cue',
  name: 'evidence-degree',
  roles: ['efficacy'],
  drops(view, match) {
    const effectTopics = view.cues('effect-topic');
    return view
      .cues('evidence-degree')
      .some((f) => f.first <= match.first && match.last <= f.last && !effectTopics.some((t) => t.first === f.last + 1));
  },
};
