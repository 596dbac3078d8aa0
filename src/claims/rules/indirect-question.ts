/**
 * `indirect-question`: a question reported without being asked ("I am often asked which
 * treatments really work for wrinkles", "Jeg får stadig spørsmål om hvilke behandlinger som
 * virker mot rynker") asserts nothing about what it asks. Nor does one whose verb stands a few
 * words before the word that opens what is asked ("You also asked last year about mesotherapy for
 * belly fat", «Du spurte også i fjor om mesoterapi mot fett på magen»).
 *
 * @module
 */
import type { Token } from '../tokenize.js';
import type { ClaimSuppressor, ClauseView } from './types.js';

/** How many words may stand between the verb of asking and the word that opens the question. */
const ASKED_REACH = 4;

export const indirectQuestion: ClaimSuppressor = {
  kind: 'suppress',
  name: 'indirect-question',
  drops: (view, placed) => view.cues('asking').some((m) => m.last < placed.at) || askedApart(view, placed.at),
};

/** Whether a verb of asking and, a few words after it, the word that opens what is asked stand before the claim. */
function askedApart(view: ClauseView, at: number): boolean {
  // "I am often asked about mesotherapy, which reduces cellulite": a relative clause after it asserts; so
  // does what a conjunction adds ("I asked about it for my wrinkles and the nurse said it won't do much").
  const relatives = view.cues('relative');
  const { tokens } = view.sentence;
  const joined = (from: number, to: number): boolean => {
    for (let i = from + 1; i < to; i++) if (view.sentence.isConjunction(tokens[i] as Token)) return true;
    return false;
  };
  const openers = view
    .cues('asked-about')
    .filter((o) => !relatives.some((r) => r.first > o.last && r.first < at) && !joined(o.last, view.clause.last + 1));
  return view
    .cues('asking-verb')
    .some((verb) => openers.some((o) => o.first > verb.last && o.first - verb.last - 1 <= ASKED_REACH && o.last < at));
}
