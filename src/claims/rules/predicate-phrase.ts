/**
 * What the phrase rules (`safe`, `side-effect-free`, `no-downtime`) share: the phrase is
 * the claim, about each subject of the clause.
 *
 * @module
 */
import type { Predicate } from '../../evidence/claim.js';
import type { CueRole } from '../../schema/cue.js';
import { textBetween } from '../tokenize.js';
import { inIdiom } from './idiom.js';
import type { ClauseView, PlacedClaim } from './types.js';

/** How far before a predicate phrase a negation always denies it: "is not completely safe". */
const NEGATION_REACH = 3;

/**
 * Words that end the reach of a negation before a predicate phrase: a reason ("because"), a
 * condition ("if"), a contrast ("but"), and a report or its refusal, whose own negation the
 * report's rules read ("does not mean that", "must not give the impression that", "would not
 * call", "it is not known whether"), and "not only".
 */
const BARRIER_ROLES: readonly CueRole[] = [
  'reason',
  'condition',
  'clause-break',
  'claimed',
  'refuted',
  'refuting',
  'meaning',
  'forbidding',
  'hedge',
  'not-negation',
];

/** Punctuation that ends the reach of a negation before a predicate phrase. */
const BARRIER = /[,;:()\u2013\u2014]/;

/**
 * Where the words that lead up to a predicate phrase begin: after the last comma, dash or
 * conjunction, reason ("because"), condition ("if") or contrast before it in its clause ("No surgery and | no downtime"), else at the clause's start.
 */
function leadStart(view: ClauseView, phraseStart: number): number {
  const { tokens, text, start } = view.sentence;
  const barriers = BARRIER_ROLES.flatMap((role) => view.cues(role));
  // "Verken mesoterapi eller fettløsende sprøyter er risikofrie": the "eller" completes the "verken".
  const correlatives = view.cues('correlative');
  const completes = (i: number): boolean => correlatives.some((c) => c.last < i);
  for (let i = phraseStart - 1; i >= view.clause.first; i--) {
    const token = tokens[i];
    if (token === undefined || (view.sentence.isConjunction(token) && !completes(i))) return i + 1;
    if (barriers.some((m) => m.first <= i && i <= m.last)) return i + 1;
    if (BARRIER.test(textBetween(text, start, token, tokens[i + 1]))) return i + 1;
  }
  return view.clause.first;
}

/**
 * Reads the claims of one predicate phrase role. A negation right before the phrase denies it
 * ("not risk-free", "ikke uten risiko"), and so does one further back with no comma, dash or
 * conjunction between ("Nobody can call it risk-free", "We cannot tell you that these injections
 * are safe", «Ingen kan love at det er trygt»), but not one earlier in a list ("No surgery and no
 * downtime").
 *
 * @param view - The clause.
 * @param predicate - The phrase role, which is also the predicate.
 * @returns The claims.
 */
export function readPhrase(view: ClauseView, predicate: 'safe' | 'side-effect-free' | 'no-downtime'): PlacedClaim[] {
  const placed: PlacedClaim[] = [];
  // An idiom is no predicate phrase: «det er jeg sikker på» (sure, not safe), "on the safe side" (`idiom`).
  const idioms = view.cues('idiom');
  for (const span of view.cues(predicate).filter((s) => !inIdiom(idioms, s)))
    for (const subject of view.subjects)
      placed.push({
        at: span.first,
        rule: predicate,
        claim: {
          subject,
          predicate: predicate satisfies Predicate,
          polarity: view.polarityAt(span.first, Math.min(span.first - NEGATION_REACH, leadStart(view, span.first))),
        },
      });
  return placed;
}
