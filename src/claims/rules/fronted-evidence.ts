/**
 * `fronted-evidence`: a clause that opens with a treatment and what it is for, then says what the
 * evidence for that is ("Mesotherapy for cellulite has no good studies behind it", «Mesoterapi
 * mot magefett eller cellulitter har vi ingen gode studier på»), judges the use by that evidence:
 * denied or doubted as the evidence is, not asserted. The use is the clause's topic, not a claim
 * it makes.
 *
 * @module
 */
import type { ClaimQualifier } from './types.js';

/** How many words ("Hair", "Også") may stand before the treatment that opens the clause. */
const OPENING = 1;

export const frontedEvidence: ClaimQualifier = {
  kind: 'qualify',
  name: 'fronted-evidence',
  polarity(view, placed) {
    if (placed.claim.predicate !== 'effective-for' || placed.claim.polarity !== 'affirm') return undefined;
    const { clause } = view;
    const treatment = view.interventions.find((i) => i.first >= clause.first && i.first - clause.first <= OPENING);
    if (treatment === undefined) return undefined;
    // Its use right after it: "for cellulite", «mot magefett».
    const purpose = view.cues('purpose').find((p) => p.first === treatment.last + 1);
    if (purpose === undefined) return undefined;
    // The evidence is named after the uses, and no effect word says what the treatment does ("… works, and
    // studies show it" asserts it).
    const lastUse = view.indicationMatches.reduce(
      (end, m) => (m.first > purpose.last ? Math.max(end, m.last) : end),
      -1,
    );
    if (lastUse < 0 || view.effects.some((e) => e.first > purpose.last)) return undefined;
    const evidence = [...view.cues('study'), ...view.cues('evidence-topic')].some((m) => m.first > lastUse);
    if (!evidence) return undefined;
    const polarity = view.polarityAt(clause.last + 1);
    return polarity === 'affirm' ? undefined : polarity;
  },
};
