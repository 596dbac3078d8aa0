/**
 * Labels: the name a record is shown by, in a language.
 *
 * @module
 * @internal
 */
import type { Language } from '../schema/common.js';
import type { Indexes } from './indexes.js';

/**
 * The first name of an intervention, indication or ingredient in `lang`, without
 * compound marks (`*`); the id itself when no record has it.
 *
 * @internal
 */
export function labelOf(ix: Indexes, id: string, lang: Language): string {
  const record = ix.byKind.interventions.get(id) ?? ix.byKind.indications.get(id) ?? ix.byKind.ingredients.get(id);
  const name = record?.names[lang][0] ?? record?.names.en[0];
  return name === undefined ? id : stripStars(name);
}

/**
 * A name without the compound marks at its ends.
 *
 * @internal
 */
export function stripStars(name: string): string {
  return name.replace(/^\*+|\*+$/g, '');
}
