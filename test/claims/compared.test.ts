/**
 * Which treatments a sentence names only as what another is compared with or made of: right
 * after a comparator or an ingredient word, or as a later item of the list one opens
 * ("microinjections of biotin, peptides and dutasteride").
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/claims/lexicon.js';
import { readSentence } from '../../src/claims/sentence.js';
import { readable } from '../../src/factcheck/fact-check.js';
import { knowledgeBase } from '../../src/index.js';

const lexicons = {
  en: buildLexicon(readable(knowledgeBase.dataset), 'en'),
  nb: buildLexicon(readable(knowledgeBase.dataset), 'nb'),
};

const compared = (text: string, language: 'en' | 'nb'): string[] => {
  const view = readSentence(text, 0, lexicons[language]);
  return view.entities
    .filter((m) => view.comparators.has(m))
    .map((m) => (m.ref.type === 'intervention' ? m.ref.id : ''));
};

describe('treatments named as ingredients or comparators', () => {
  it('include the last item of a list an ingredient word opens after another treatment', () => {
    expect(
      compared('Hair mesotherapy: microinjections of biotin, peptides and dutasteride into the scalp', 'en'),
    ).toEqual(['dutasteride']);
    expect(compared('Hårmesoterapi: mikroinjeksjoner av biotin, peptider og dutasterid i hodebunnen', 'nb')).toEqual([
      'dutasteride',
    ]);
  });

  it('leave a treatment a comma alone separates from a phrase that opens the sentence', () => {
    expect(compared('In two trials with more than 1,000 adults, Kybella reduced chin fat', 'en')).toEqual([]);
  });

  it('leave a treatment after a list when a clause starts between', () => {
    expect(compared('Mesotherapy uses vitamins and peptides; and dutasteride is a drug', 'en')).toEqual([]);
  });

  it('leave a treatment after a list of long items', () => {
    expect(compared('Mesotherapy with vitamins that you can also buy in a shop and dutasteride', 'en')).toEqual([]);
  });
});
