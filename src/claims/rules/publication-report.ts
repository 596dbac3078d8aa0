/**
 * `publication-report`: a claim after a verb of speaking whose subject is something published
 * ("Our feature on festive beauty treatments said that fat-dissolving injections are approved
 * …", «Annonsen i lokalavisa sa at …») reports what the publication claimed — a paper
 * correcting itself, a reader quoting an advert — and is not the text's own claim. Kept as a
 * report, for a sentence after it that calls it wrong ("That was wrong.").
 *
 * @module
 */
import type { ClaimSuppressor, ClauseView } from './types.js';

/** How many words may stand between the publication noun and its verb ("feature on festive beauty treatments said"). */
const SUBJECT_REACH = 6;
/** How far into the clause the publication noun may start ("The clinic's own leaflet"). */
const SUBJECT_START = 4;

/** Whether the clause opens with a publication as the subject of a verb of speaking before `at`. */
function publicationSpeaks(view: ClauseView, at: number): boolean {
  const publications = view.cues('publication');
  if (publications.length === 0) return false;
  const speech = view.cues('speech').find((s) => s.last < at);
  if (speech === undefined) return false;
  const { first } = view.clause;
  return publications.some(
    (p) =>
      p.first - first <= SUBJECT_START &&
      // "The dermatologist in our feature said …": the publication inside a phrase is not the speaker.
      !view.cues('preposition').some((q) => q.first >= first && q.last < p.first) &&
      p.last < speech.first &&
      speech.first - p.last - 1 <= SUBJECT_REACH &&
      // "A review article said …", "the trial's write-up said …": what a study says is its finding, read as such.
      // «Artikkelen» is both: as the publication itself it is no study.
      !view
        .cues('study')
        .some((s) => s.first < speech.first && s.last >= first && (s.last < p.first || s.first > p.last)),
  );
}

export const publicationReport: ClaimSuppressor = {
  kind: 'suppress',
  name: 'publication-report',
  reports: true,
  drops: (view, placed) => placed.claim.polarity === 'affirm' && publicationSpeaks(view, placed.at),
};
