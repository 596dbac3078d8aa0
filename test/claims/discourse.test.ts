/**
 * The discourse reducer (src/claims/discourse.ts): the subject is carried only to a real
 * back reference or a list under a lead-in that speaks of the treatment, and stops at a
 * general statement (issue 13 item 2).
 */
import { describe, expect, it } from 'vitest';
import type { ClauseReading } from '../../src/claims/clause-claims.js';
import { copyOf, INITIAL_DISCOURSE, reduceDiscourse, type DiscourseState } from '../../src/claims/discourse.js';
import { read } from './read.js';

describe('reduceDiscourse', () => {
  it('is pure: the state before an event is left as it was', () => {
    const block = { kind: 'paragraph' as const, depth: 0, text: '', pieces: [] };
    const next = reduceDiscourse(INITIAL_DISCOURSE, { type: 'block', block, leadIn: undefined });
    expect(next).not.toBe(INITIAL_DISCOURSE);
    expect(INITIAL_DISCOURSE.block).toBeUndefined();
    expect(next.block).toBe(block);
    expect(Object.isFrozen(INITIAL_DISCOURSE)).toBe(true);
  });

  it('gives back the same state for an event that changes nothing, and a new one, the old untouched, for one that does', () => {
    const reading = (named: string[]): ClauseReading =>
      ({ named, compared: [], subjects: named, indications: [], refersBack: false }) as unknown as ClauseReading;
    const quiet = reduceDiscourse(INITIAL_DISCOURSE, { type: 'clause', reading: reading([]) });
    expect(quiet).toBe(INITIAL_DISCOURSE);
    const named = reduceDiscourse(INITIAL_DISCOURSE, { type: 'clause', reading: reading(['mesotherapy']) });
    expect(named).not.toBe(INITIAL_DISCOURSE);
    expect([named.lastSubject, named.subjectInSentence, INITIAL_DISCOURSE.lastSubject]).toEqual([
      'mesotherapy',
      'mesotherapy',
      undefined,
    ]);
    const ended = reduceDiscourse(named, { type: 'block-end' });
    expect(ended.recentSubject).toBe('mesotherapy');
    expect(reduceDiscourse(ended, { type: 'block-end' })).toBe(ended);
  });
});

describe('carrying the subject', () => {
  it('carries it to a back reference and a list under an effect lead-in', () => {
    expect(read('Mesotherapy is offered here. It reduces cellulite.', 'en').claims).toEqual([
      'mesotherapy effective-for cellulite affirm',
    ]);
    expect(read('Vi bruker mesoterapi mot:\n\n- hårtap\n- cellulitter på lår\n', 'nb').claims).toEqual([
      'mesotherapy effective-for alopecia affirm',
      'mesotherapy effective-for cellulite affirm',
    ]);
  });

  it('stops at a general statement that opens with a subject of its own', () => {
    expect(read('# Mesotherapy\n\nMesotherapy is popular. Exercise reduces belly fat.\n', 'en').claims).toEqual([]);
    expect(read('# Mesoterapi\n\nMesoterapi er populært. Trening reduserer magefett.\n', 'nb').claims).toEqual([]);
  });

  it('still reads a label’s text that opens with an adverb', () => {
    expect(read('# Mesotherapy\n\n**Hydration:** Deeply plumps dehydrated skin.\n', 'en').claims).toEqual([
      'mesotherapy effective-for skin-hydration affirm',
    ]);
  });

  it('ends a section about one treatment at a sibling heading that names none', () => {
    const en =
      '# Skin boosters\n\n## Exosomes\n\nExosomes are new here.\n\n## Practical\n\n**Is there any downtime?**\nNone.\n';
    expect(read(en, 'en').claims).toEqual(['skin-booster no-downtime affirm']);
    const nb =
      '# Skinbooster\n\n## Exosomer\n\nExosomer er nytt hos oss.\n\n## Praktisk\n\n**Er det nedetid?**\nIngen.\n';
    expect(read(nb, 'nb').claims).toEqual(['skin-booster no-downtime affirm']);
    // A subheading, or a heading right under the one that named the treatment, stays in its section.
    const sub =
      '# Skinbooster\n\n## Exosomer\n\nExosomer er nytt hos oss.\n\n### Praktisk\n\n**Er det nedetid?**\nIngen.\n';
    expect(read(sub, 'nb').claims).toEqual(['exosomes no-downtime affirm']);
    const under = '# Skinbooster\n\n## Exosomer\n\n## Praktisk\n\n**Er det nedetid?**\nIngen.\n';
    expect(read(under, 'nb').claims).toEqual(['exosomes no-downtime affirm']);
  });

  it('does not carry it into a list under a lead-in that speaks of something else', () => {
    const text =
      '# Mesotherapy\n\nMesotherapy treats hair loss.\n\nCommon causes of hair loss:\n\n1. Stress that reduces hair growth\n2. Lack of iron\n';
    expect(read(text, 'en').claims).toEqual(['mesotherapy effective-for alopecia affirm']);
    const nb =
      '# Mesoterapi\n\nMesoterapi behandler hårtap.\n\nVanlige årsaker til hårtap:\n\n1. Stress som reduserer hårveksten\n2. Mangel på jern\n';
    expect(read(nb, 'nb').claims).toEqual(['mesotherapy effective-for alopecia affirm']);
  });
});

describe('copyOf (the reducer copies states field by field, not with a spread)', () => {
  it('copies every field of a state into a new object', () => {
    // A state whose every field holds a value of its own, so a field left out or mixed up shows.
    const state = Object.fromEntries(
      Object.keys(INITIAL_DISCOURSE).map((key, index) => [key, `value-${index}`]),
    ) as unknown as DiscourseState;
    const copy = copyOf(state);
    expect(copy).not.toBe(state);
    expect(copy).toEqual(state);
    expect(Object.keys(copy).sort()).toEqual(Object.keys(INITIAL_DISCOURSE).sort());
  });
});
