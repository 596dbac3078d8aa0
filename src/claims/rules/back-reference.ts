/**
 * `back-reference`: "it", "the treatment", "behandlingen" refer back to a treatment named
 * before — the only way a sentence that names none speaks of one; a plural one ("these injections")
 * means the treatment named in the plural before it. "It said …" is a speaker.
 *
 * @module
 */
import type { LexiconMatch } from '../lexicon.js';
import { inSoleClass } from '../sole-class.js';
import type { CarryInput, CarryRule } from './types.js';

export const backReference: CarryRule = {
  kind: 'carry',
  name: 'back-reference',
  subject(input) {
    const { context } = input;
    const pronoun = refers(input, 'pronoun');
    if (!pronoun && !refers(input, 'topic-reference')) return undefined;
    // "Phosphatidylcholine is natural, so the treatment is safe": "the treatment" is the text's topic,
    // but after a procedure the sentence itself names ("Mesoterapi gir tykkere hår, og behandlingen har
    // ingen nedetid") it is that one.
    if (!pronoun) {
      // "These injections", «disse sprøytene»: a plural reference means the treatment named in the plural
      // before it, when there is one ("Fat-dissolving injections on the belly are not FDA-approved; the
      // approved product is deoxycholic acid. The evidence that these injections remove body fat is weak.").
      if (context.pluralSubject !== undefined && pluralReference(input)) return context.pluralSubject;
      const inSentence = context.subjectInSentence;
      return inSentence !== undefined && inSentence !== context.substance ? inSentence : context.contextSubject;
    }
    return context.subjectInSentence ?? context.recentSubject ?? context.contextSubject;
  },
};

/** Whether the clause's reference to a treatment is a plural noun ("these injections", «sprøytene»). */
function pluralReference({ cues }: CarryInput): boolean {
  const plurals = cues('plural-treatment');
  return cues('topic-reference').some((m) => plurals.some((p) => p.first >= m.first && p.last <= m.last));
}

/** A number written in digits ("3", the "2" and "3" of "2–3"). */
const DIGITS = /^\d+$/;

/**
 * Whether the clause has a word of the role that refers back: none of the `not-reference` words right
 * before it, nor a number in digits ("etter 2–3 behandlinger": new ones counted, as "to behandlinger"
 * are), and, for a pronoun, no verb of speaking right after it ("It said …": a speaker), nor a relative
 * pronoun or a subject («Det jeg har fått, er …»: "what I got").
 */
function refers({ cues, sentence, clause }: CarryInput, role: 'pronoun' | 'topic-reference'): boolean {
  // "Nor has it been shown to remove fat": after a negation that opens the clause the verb stands before
  // its subject, and "has" makes no object of the pronoun after it.
  const inverted = (b: LexiconMatch): boolean =>
    b.first === clause.first + 1 &&
    cues('auxiliary').some((a) => a.first === b.first) &&
    cues('negation').some((n) => n.first === clause.first && n.last === b.first - 1);
  const blockers = cues('not-reference').filter((b) => !inverted(b));
  const speech = role === 'pronoun' ? cues('speech') : [];
  // «Det jeg har fått, er …», «Den som tar …»: a pronoun a relative clause or its subject follows is "what",
  // "the one who", not the treatment.
  const relative = role === 'pronoun' ? [...cues('relative'), ...cues('speaker')] : [];
  const counted = (m: LexiconMatch): boolean => m.first > 0 && DIGITS.test(sentence.tokens[m.first - 1]?.text ?? '');
  // «det eneste godkjente preparatet»: the pronoun of "the only" is its article and the noun after it names a
  // class (sole-class.ts), neither a reference.
  const soles = role === 'pronoun' ? cues('sole') : [];
  const classNoun = (m: LexiconMatch): boolean =>
    role === 'topic-reference' && inSoleClass(sentence, m.first, 0, sentence.tokens.length - 1);
  const blocked = (m: LexiconMatch): boolean =>
    blockers.some((b) => b.last === m.first - 1) ||
    counted(m) ||
    soles.some((s) => s.first <= m.first && m.last <= s.last) ||
    classNoun(m) ||
    speech.some((v) => v.first === m.last + 1) ||
    relative.some((v) => v.first === m.last + 1);
  return cues(role).some((m) => !blocked(m));
}
