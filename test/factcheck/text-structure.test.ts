/**
 * Plain-text structure (issue 13 item 7): a short line without sentence punctuation,
 * followed by a line break and a new start, is a heading or a list item, not a sentence
 * running on into the next line; numbered lines are list items. `ok` inputs give the
 * claims listed, `not-ok` inputs would have given a claim that is not there.
 */
import { describe, expect, it } from 'vitest';
import { factCheck } from '../../src/factcheck/fact-check.js';
import { textBlocks } from '../../src/factcheck/text-blocks.js';

const kinds = (text: string): string[] => textBlocks(text).map((b) => `${b.kind}:${b.text.trim()}`);
const claims = (text: string): string[] =>
  factCheck(text, { format: 'text' }).findings.map((f) =>
    [f.position.start.line, f.claim.predicate, f.claim.object, f.claim.polarity]
      .filter((x) => x !== undefined)
      .join(' '),
  );

describe('plain-text structure', () => {
  it('a short unpunctuated line before a new sentence is a heading', () => {
    expect(kinds('Mesotherapy for hair loss\nThe treatment is not approved by the FDA.')).toEqual([
      'heading:Mesotherapy for hair loss',
      'paragraph:The treatment is not approved by the FDA.',
    ]);
  });

  it('a line that ends with a full stop inside a closing bracket ends a sentence: no heading', () => {
    expect(kinds('Mesotherapy is approved for cellulite. [Examiner: No. It is not FDA-approved.]')).toEqual([
      'paragraph:Mesotherapy is approved for cellulite. [Examiner: No. It is not FDA-approved.]',
    ]);
  });

  it('lines after a line ending in ":" are list items that point at it', () => {
    const blocks = textBlocks('We treat:\nCellulite\nDouble chin\n');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list-item', 'list-item']);
    expect(blocks[1]?.leadIn).toBe(0);
  });

  it('a sentence wrapped over lines stays one paragraph', () => {
    expect(kinds('Mesotherapy is said to melt\nbelly fat, but the evidence is weak.')).toEqual([
      'paragraph:Mesotherapy is said to melt\nbelly fat, but the evidence is weak.',
    ]);
  });

  it('numbered lines are list items', () => {
    expect(textBlocks('Causes of hair loss:\n1. Stress\n2) Iron deficiency\n').map((b) => b.kind)).toEqual([
      'paragraph',
      'list-item',
      'list-item',
    ]);
  });

  describe('ok', () => {
    it.each([
      [
        'a heading line does not turn the next sentence into a claim about it',
        'Hair loss\nMesotherapy is not FDA-approved.',
        ['2 fda-approved negate'],
      ],
      [
        'a list under a lead-in keeps its effect',
        'Mesotherapy helps against:\nCellulite\nHair loss',
        ['2 effective-for cellulite affirm', '3 effective-for alopecia affirm'],
      ],
    ])('%s', (_, text, expected) => {
      expect(claims(text)).toEqual(expected);
    });
  });

  describe('not-ok', () => {
    it.each([
      // Read as one run-on sentence, the heading's indication took the next line's effect verb.
      [
        'a heading naming an indication',
        'Cellulite\nMesotherapy melts fat in a few sessions.',
        'effective-for cellulite',
      ],
    ])('%s', (_, text, absent) => {
      expect(claims(text).some((c) => c.includes(absent))).toBe(false);
    });
  });
});
