/**
 * Names said in another order than the lexicon has them: a quality after a linking verb ("the skin
 * feels tighter", "huden blir strammere") is read with the word it describes as the lexicon's name, and so
 * is the first of coordinated qualities ("tørr og slapp hud": "tørr hud").
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';
import { buildLexicon } from '../../src/claims/lexicon.js';
import { readSentence } from '../../src/claims/sentence.js';
import { tokenize } from '../../src/claims/tokenize.js';
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

  it('in a language that puts the verb second, reads the word after the linking verb with the quality after it', () => {
    expect(indications('Etter kuren er huden strammere', 'nb')).toEqual(['skin-laxity@3']);
    expect(indications('Etter kuren blir huden glattere og rød', 'nb')).not.toContain('skin-laxity@3');
    // English puts the subject first: "After the course is skin tighter" is not read so.
    expect(indications('After the course is skin tighter', 'en')).toEqual([]);
  });

  it('reads the first of coordinated qualities with the word the last describes', () => {
    expect(indications('tørr og slapp hud', 'nb')).toEqual(['skin-hydration@0', 'skin-laxity@2']);
    expect(indications('dry, tired skin', 'en')).toEqual(['skin-hydration@0', 'skin-rejuvenation@1']);
  });

  it('leaves coordinated qualities that are effect words, or that follow one, to the effect rule', () => {
    expect(indications('Jevnere og friskere hudtone', 'nb')).not.toContain('hyperpigmentation@0');
    expect(indications('It hydrates dull, dehydrated skin', 'en')).not.toContain('skin-rejuvenation@2');
  });

  it('adds nothing when the two words name nothing', () => {
    expect(indications('the skin looks red', 'en')).toEqual([]);
    expect(indications('huden blir rød', 'nb')).toEqual([]);
  });

  it('reads a pair of words it has read before as it read them the first time (the pairs are remembered per lexicon)', () => {
    const sentences = {
      en: [
        'dry, tired skin',
        'the skin feels tighter',
        'Dry, tired skin? The skin feels tighter and dry, tired skin fades.',
      ],
      nb: [
        'tørr og slapp hud',
        'huden blir strammere',
        'Etter kuren er huden strammere, og tørr og slapp hud blir bedre.',
      ],
    };
    for (const language of ['en', 'nb'] as const) {
      const lexicon = buildLexicon(readable(knowledgeBase.dataset), language);
      const read = (text: string, remembered: boolean): string[] => {
        // Tokens without the lexicon's word forms are matched afresh; with them, the pairs are remembered.
        const tokens = remembered
          ? tokenize(text, lexicon.endings, 0, lexicon.folding, lexicon.words)
          : tokenize(text, lexicon.endings, 0, lexicon.folding);
        return readSentence(text, 0, lexicon, tokens).entities.map((m) => `${m.ref.type}@${m.first}-${m.last}`);
      };
      for (const text of sentences[language]) {
        const afresh = read(text, false);
        expect(read(text, true)).toEqual(afresh);
        expect(read(text, true)).toEqual(afresh);
      }
    }
  });
});
