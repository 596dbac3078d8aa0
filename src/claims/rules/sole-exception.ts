/**
 * `sole-exception`: "The only injection the FDA has approved for fat is deoxycholic acid",
 * «Det eneste som har skikkelig dokumentasjon er Belkyra»: a treatment named after "the only"
 * is the exception, not what the text goes on to speak of. The sentences after it (and "it",
 * «det», within its sentence) are about the treatment in context again. Not when a relative clause
 * goes on about the one named ("The only injectable licensed for fat reduction is deoxycholic acid,
 * which the FDA approved for fat under the chin. It works there …"): the text speaks of it now.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { DiscourseRule } from './types.js';

/** How far after the name its relative word may stand ("deoxycholic acid, which": right after it). */
const RELATIVE_REACH = 1;

export const soleException: DiscourseRule = {
  kind: 'discourse',
  name: 'sole-exception',
  note({ sentence, inContext }) {
    const soles = sentence.cues.filter((m) => isRole(m, 'sole'));
    if (soles.length === 0 || inContext === undefined) return undefined;
    const named = sentence.entities.find(
      (m) => m.ref.type === 'intervention' && !sentence.comparators.has(m) && soles.some((s) => s.last < m.first),
    );
    if (!named) return undefined;
    const id = (named.ref as { id: string }).id;
    // "Kybella is the only approved injection": named before "the only", it is the subject.
    const before = sentence.entities.some((m) => m.ref.type === 'intervention' && soles.some((s) => m.last < s.first));
    // "…, which the FDA approved for …", «…, som …»: a relative clause right after the name goes on about it.
    const described = sentence.cues.some(
      (m) => isRole(m, 'relative') && m.first > named.last && m.first - named.last <= RELATIVE_REACH,
    );
    return id === inContext || before || described ? undefined : id;
  },
};
