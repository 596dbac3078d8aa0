import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/claims/segment.js';
import { tokenize } from '../../src/claims/tokenize.js';
import { foldWord, stemWord } from '../../src/claims/fold.js';

const sentences = (text: string, abbreviations: string[] = []): string[] =>
  splitSentences(text, new Set(abbreviations)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at a full stop followed by a capital', () => {
    expect(sentences('Mesotherapy is popular. It is not approved.')).toEqual([
      'Mesotherapy is popular.',
      'It is not approved.',
    ]);
  });

  it('ends a question or an exclamation at a line break, and splits before a handle or a hashtag', () => {
    expect(sentences('omg is it painful??\n@clinic a few scratches, zero downtime')).toEqual([
      'omg is it painful??',
      '@clinic a few scratches, zero downtime',
    ]);
    expect(sentences('Book now! #mesotherapy works')).toEqual(['Book now!', '#mesotherapy works']);
    // A full stop before a lower-case line stays inside the sentence (an abbreviation may end a line).
    expect(sentences('given by a doctor, e.g.\na dermatologist')).toHaveLength(1);
  });

  it('ends a question at a bare question mark whatever case follows, but not one inside a quotation', () => {
    expect(sentences('hi. is mesotherapy any good for hair loss? my barber does it')).toEqual([
      'hi. is mesotherapy any good for hair loss?',
      'my barber does it',
    ]);
    expect(sentences('"does it hurt?" she asked, and the nurse said no.')).toHaveLength(1);
    expect(sentences('Is it safe? no one knows.').map((s) => s.endsWith('?'))).toEqual([true, false]);
  });

  it('keeps a closing «» quote with the sentence it ends, and splits after it', () => {
    expect(sentences('«Mesoterapi stopper håravfallet – garantert!» Kinoens merknad: Det stemmer ikke.')).toEqual([
      '«Mesoterapi stopper håravfallet – garantert!»',
      'Kinoens merknad: Det stemmer ikke.',
    ]);
    expect(sentences('«Den er trygg.»\nLegen er uenig.')).toEqual(['«Den er trygg.»', 'Legen er uenig.']);
  });

  it('starts a sentence at an opening bracket after a full stop (an inserted remark), and splits inside it', () => {
    expect(sentences('So it is a reasonable option. [Examiner: No. It is not FDA-approved for cellulite. -1]')).toEqual(
      ['So it is a reasonable option.', '[Examiner: No.', 'It is not FDA-approved for cellulite.', '-1]'],
    );
  });

  it('starts a sentence at a line that opens with a bracketed date or time (a chat message, a transcript turn)', () => {
    expect(
      sentences('[08/02/2026, 19:11] Mum: check she is qualified xx\n[08/02/2026, 19:12] Kerry: she did a course'),
    ).toEqual(['[08/02/2026, 19:11] Mum: check she is qualified xx', '[08/02/2026, 19:12] Kerry: she did a course']);
    expect(sentences('so we tried it\n[00:02:22] DR K: no evidence')).toEqual([
      'so we tried it',
      '[00:02:22] DR K: no evidence',
    ]);
    // A bracketed number that is not a date or time does not: a reference mark may start a wrapped line.
    expect(sentences('as the trials showed\n[12] in most patients')).toHaveLength(1);
  });

  it("ends a line of metadata at its line break: a review's header, fields set apart by middle dots, a star rating", () => {
    expect(sentences('**Kirsty O.** · Local Guide · 38 reviews\n★★★★★ · 3 weeks ago\nHad my third session.')).toEqual([
      '**Kirsty O.** · Local Guide · 38 reviews',
      '★★★★★ · 3 weeks ago',
      'Had my third session.',
    ]);
    // One middle dot is not enough: prose may use one ("vitamins · minerals" in a sentence that runs on).
    expect(sentences('We inject vitamins · minerals\nand peptides.')).toHaveLength(1);
  });

  it('splits sentences run together without a space', () => {
    expect(sentences('gir fyldigere hår.Studier med dutasterid har vist mer.')).toEqual([
      'gir fyldigere hår.',
      'Studier med dutasterid har vist mer.',
    ]);
  });

  it('keeps abbreviations, initials and decimals inside the sentence', () => {
    expect(sentences('Dr. Hansen ga f.eks. 2.5 ml til M. Pistor. Ferdig.', ['dr', 'f.eks'])).toEqual([
      'Dr. Hansen ga f.eks. 2.5 ml til M. Pistor.',
      'Ferdig.',
    ]);
  });

  it("ends a label line's sentence where its line ends (Block.label), and no other line", () => {
    const text = 'Ida (klinikken) · 19:09\nHelt trygt!\nVi bruker bare naturlige stoffer';
    const spans = splitSentences(text, new Set(), true);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Ida (klinikken) · 19:09',
      'Helt trygt!',
      'Vi bruker bare naturlige stoffer',
    ]);
    const unlabelled = 'Sarah, 34 – double chin\nI had two sessions\nand it worked';
    expect(splitSentences(unlabelled, new Set()).length).toBe(1);
    expect(splitSentences(unlabelled, new Set(), true).length).toBe(2);
  });

  it('marks questions', () => {
    const spans = splitSentences('Is it painful? Most feel a sting.', new Set());
    expect(spans.map((s) => s.question)).toEqual([true, false]);
  });

  it('is linear: a long paragraph with no full stops is read in pieces of at most 1,000 characters, cut at spaces', () => {
    const text = 'word '.repeat(200_000);
    const spans = splitSentences(text, new Set());
    expect(spans).toHaveLength(1000);
    expect(spans.every((s) => s.end - s.start <= 1000 && text[s.start - 1] !== 'd' && text[s.end] === ' ')).toBe(true);
    // Every word is in exactly one piece.
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text.trimEnd());
  });
});

describe('tokenize and fold', () => {
  it('splits hyphenated words and marks the join', () => {
    expect(tokenize('ikke-kirurgisk behandling', []).map((t) => [t.folded, t.joinedToPrevious])).toEqual([
      ['ikke', false],
      ['kirurgisk', true],
      ['behandling', false],
    ]);
  });

  it('keeps offsets into the text', () => {
    const text = 'Fint  hår';
    for (const token of tokenize(text, [], 10)) expect(text.slice(token.start - 10, token.end - 10)).toBe(token.text);
  });

  it('folds accents but keeps æ, ø and å', () => {
    expect(foldWord('Juvéderm HÅR Ørken')).toBe('juvederm hår ørken');
  });

  it('strips the longest ending and keeps three letters', () => {
    expect(stemWord('cellulittene', ['e', 'er', 'ene'])).toBe('cellulitt');
    expect(stemWord('are', ['e'])).toBe('are');
  });
});
