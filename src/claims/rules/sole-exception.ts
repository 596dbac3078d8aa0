/**
 * `sole-exception`: "The only injection the FDA has approved for fat is deoxycholic acid",
 * «Det eneste som har skikkelig dokumentasjon er Belkyra»: a treatment named after "the only"
 * is the exception, not what the text goes on to speak of. The sentences after it (and "it",
 * «det», within its sentence) are about the treatment in context again.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { DiscourseRule } from './types.js';

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
    return id === inContext || before ? undefined : id;
  },
};
