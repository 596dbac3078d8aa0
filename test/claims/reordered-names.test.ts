/**
 * Names said in another order than the lexicon has them: a quality after a linking verb ("the skin
 * feels tighter", "huden blir strammere") is read with the word it describes as the lexicon's name.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';
import { buildLexicon } from '../../src/claims/lexicon.js';
import { readSentence } from '../../src/claims/sentence.js';
import { readable } from '../../src/factcheck/fact-check.js';

const indications = (text: string, language: 'en' | 'nb'): string[] =>
  readSentence(text, 0, buildLexicon(readable(knowledgeBase.dataset), language)).entities.flatMap((m) =>
    m.ref.type === 'indication' ? [`${m.ref.id}@${m.first}`] : [],
  );

describe('reordered names', () => {
  it('reads a quality after a linking verb with the word before it', () => {
    expect(indications('It makes skin look firmer', 'en')).toEqual(['skin-laxity@2']);
    expect(indications('the skin feels tighter', 'en')).toEqual(['skin-laxity@1']);
    expect(indications('huden blir strammere', 'nb')).toEqual(['skin-laxity@0']);
  });

  it('adds nothing when the two words name nothing', () => {
    expect(indications('the skin looks red', 'en')).toEqual([]);
    expect(indications('huden blir rød', 'nb')).toEqual([]);
  });
});
