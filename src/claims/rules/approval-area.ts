/**
 * `approval-area`: an FDA approval whose scope is a part of the body where fat is treated, with no
 * indication named ("approved by the FDA for tummies and thighs", «godkjent av FDA for magen og
 * lårene»), is an approval for fat on the body: the claim's object is `localized-fat`. So are words
 * that refer back to body areas named before in the sentence ("Injection into the abdomen or thighs
 * is common, although the FDA has not approved it for those areas"), and a body area named right
 * after the subject's name ("Fat-dissolving injections on the tummy don't work, and they are not
 * FDA-approved").
 *
 * @module
 */
import { isRole } from '../lexicon.js';
import type { SentenceView } from '../sentence.js';
import type { ClaimQualifier } from './types.js';

/** The indication a body area in an approval's scope stands for. */
const AREA_INDICATION = 'localized-fat';
/** How many words may stand between the purpose word and the body area ("for the upper arms"). */
const AREA_REACH = 2;

export const approvalArea: ClaimQualifier = {
  kind: 'qualify',
  name: 'approval-area',
  object(view, placed) {
    const { claim } = placed;
    if (claim.predicate !== 'fda-approved' || claim.object !== undefined) return undefined;
    // The scope may stand before the approval word too: "Injection lipolysis for the stomach is not approved".
    const purposes = view.cues('purpose');
    const { cues } = view.sentence;
    const areaNamed = (at: number): boolean => cues.some((a) => isRole(a, 'body-area') && a.last < at);
    const areas = [...view.cues('body-area'), ...view.cues('area-reference').filter((r) => areaNamed(r.first))];
    // "for the upper arms"; or right after the approval word: "not approved anywhere on the body".
    const inScope = areas.some(
      (a) =>
        purposes.some((p) => p.last < a.first && a.first - p.last - 1 <= AREA_REACH) ||
        (a.first > placed.at && a.first - placed.at - 1 <= AREA_REACH && !purposes.some((p) => p.first < a.first)),
    );
    return inScope || subjectArea(view.sentence, claim.subject) ? AREA_INDICATION : undefined;
  },
};

/**
 * Whether the sentence names the approval's subject with a body area of its own, right after its name
 * ("Fettløsende sprøyter på mage og lår er ikke vist å virke, og de er ikke godkjent av FDA", "fat-
 * dissolving injections for the stomach"): the approval, even in a later clause, is for that use.
 */
function subjectArea(sentence: SentenceView, subject: string): boolean {
  const { cues } = sentence;
  const attached = (at: number): boolean =>
    cues.some(
      (p) =>
        (isRole(p, 'place') || isRole(p, 'purpose')) &&
        p.first === at &&
        cues.some((a) => isRole(a, 'body-area') && a.first > p.last && a.first - p.last - 1 <= AREA_REACH),
    );
  return sentence.entities.some((m) => m.ref.type === 'intervention' && m.ref.id === subject && attached(m.last + 1));
}
