/**
 * Where a sentence's clauses start: ";" and ":" start one ("Usually none: most people go
 * straight back to work"), a colon between digits — a time or a ratio — does not.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/claims/lexicon.js';
import { readSentence } from '../../src/claims/sentence.js';
import { factCheck, readable } from '../../src/factcheck/fact-check.js';
import { knowledgeBase } from '../../src/index.js';

const clauseStarts = (text: string, language: 'en' | 'nb'): string[] => {
  const view = readSentence(text, 0, buildLexicon(readable(knowledgeBase.dataset), language));
  return view.clauses.map((c) => view.tokens[c.first]?.text ?? '');
};

describe('clause starts', () => {
  it('start a clause after ";" and ":" followed by a word', () => {
    expect(clauseStarts('Usually none: most people go straight back to work', 'en')).toEqual(['Usually', 'most']);
    expect(clauseStarts('Ingen nedetid; de fleste går rett på jobb', 'nb')).toEqual(['Ingen', 'de']);
  });

  it('do not start a clause inside a time or a ratio', () => {
    expect(clauseStarts('At 19:09 she said mesotherapy is completely safe', 'en')).toEqual(['At']);
    expect(clauseStarts('Klokken 19:09 sa hun at mesoterapi er helt trygt', 'nb')).toEqual(['Klokken']);
    expect(clauseStarts('The mix is 1:1 saline and lidocaine', 'en')).toEqual(['The']);
  });

  it('so a finding quotes its whole sentence, from before the time', () => {
    const [finding] = factCheck('Klokken 19:09 sa hun at mesoterapi er helt trygt.', { language: 'nb' }).findings;
    expect(finding?.text).toBe('Klokken 19:09 sa hun at mesoterapi er helt trygt.');
  });

  it('so a claim in a later clause is quoted with its whole sentence, from the line the sentence starts on', () => {
    const text =
      'Mesotherapy is popular. Bruising and infections\nhave been reported, so you cannot say it is completely safe.';
    const [finding] = factCheck(text, { language: 'en', format: 'text' }).findings;
    expect(finding?.text).toBe('Bruising and infections\nhave been reported, so you cannot say it is completely safe.');
    expect(finding?.position.start.line).toBe(1);
  });

  it("but a clause after a speaker's label is quoted from the label on", () => {
    const text = 'Is mesotherapy safe?\n\nSure, ask anyone. A: No, mesotherapy is not completely safe.';
    const texts = factCheck(text, { language: 'en' }).findings.map((f) => f.text);
    expect(texts).toContain('No, mesotherapy is not completely safe.');
  });

  it('are made by a constructor, which V8 never makes in the old generation, with `split` only where a split started one', () => {
    // A sentence's clauses all live while it is read (a piece of `&amp;` entities has a hundred):
    // as an object literal, V8 could see all it had counted alive at one minor collection and make
    // every clause in the old generation from then on (test/robustness/fuzz-script.test.ts).
    const view = readSentence(
      'Mesotherapy melts fat, but it is not safe; most people go back to work',
      0,
      buildLexicon(readable(knowledgeBase.dataset), 'en'),
    );
    expect(view.clauses.length).toBeGreaterThan(2);
    for (const clause of view.clauses) expect(Object.getPrototypeOf(clause)).not.toBe(Object.prototype);
    expect(view.clauses.map((c) => Object.keys(c).includes('split'))).toEqual(
      view.clauses.map((c) => c.split !== undefined),
    );
    expect(view.clauses.some((c) => c.split !== undefined)).toBe(true);
  });
});
