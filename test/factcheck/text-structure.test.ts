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

  it('a bullet line whose sentence goes on in lower case on the next line is one item (a wrapped dash quotation)', () => {
    expect(kinds('- Mesoterapi mot magefett eller\ncellulitter har vi ingen gode\nstudier på, sier Lund.')).toEqual([
      'list-item:Mesoterapi mot magefett eller\ncellulitter har vi ingen gode\nstudier på, sier Lund.',
    ]);
    // A finished item is not continued by a lower-case line.
    expect(kinds('Side effects:\n- bruising.\nmost of it settles in a week.').map((k) => k.split(':')[0])).toEqual([
      'paragraph',
      'list-item',
      'paragraph',
    ]);
  });

  it('a numbered item whose line ends in a comma goes on in lower case on the next line (a witness statement)', () => {
    const text =
      '5. The leaflet said the injections are "FDA approved". As far as I am aware,\n' +
      'the only fat-dissolving injection the FDA has approved is deoxycholic acid.';
    expect(kinds(text).map((k) => k.split(':')[0])).toEqual(['list-item']);
    // The finding sits on the line its sentence starts on.
    expect(claims(text)).toContain('1 fda-approved affirm');
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

  it('a numbered short line with a sentence right under it is a section title, not a list item', () => {
    expect(kinds('Nyheter\n\n1) PRP MOT ARVELIG HÅRTAP\nEn ny studie fant litt tettere hår.\n')).toEqual([
      'heading:Nyheter',
      'heading:PRP MOT ARVELIG HÅRTAP',
      'paragraph:En ny studie fant litt tettere hår.',
    ]);
    // Titles name a section's topic: no claim of their own.
    expect(
      claims(
        'Nyheter\n\n1) PRP MOT ARVELIG HÅRTAP\nStudien var liten.\n\n2) MESOTERAPI OG CELLULITTER\nStudien var liten.\n',
      ),
    ).toEqual([]);
    // A numbered item followed by the next item, or ending in a full stop, stays a list item.
    expect(kinds('Steps:\n1. Book a consultation\n2. Come back in a week\n').map((k) => k.split(':')[0])).toEqual([
      'paragraph',
      'list-item',
      'list-item',
    ]);
    expect(kinds('1) Mesotherapy melts fat.\nThe evidence is weak.').map((k) => k.split(':')[0])).toEqual([
      'list-item',
      'paragraph',
    ]);
  });

  it("leaves out a subtitle cue's number and timing line", () => {
    const srt =
      '1\n00:12:07,200 --> 00:12:11,480\n[SALON OWNER] It melts the fat for good,\nand you are back at work.\n\n2\n00:12:12,000 --> 00:12:15,360\nWe asked a dermatologist.\n';
    expect(kinds(srt)).toEqual([
      'paragraph:[SALON OWNER] It melts the fat for good,\nand you are back at work.',
      'paragraph:We asked a dermatologist.',
    ]);
    // A WebVTT timing line with settings after it.
    expect(kinds('00:01.000 --> 00:04.000 align:start\nMesotherapy melts fat.')).toEqual([
      'paragraph:Mesotherapy melts fat.',
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
