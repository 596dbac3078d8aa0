/**
 * Regulatory facts say only what their sources show (issue 12): the Storting passed
 * helsepersonelloven §§ 4 a and 4 b on 8 March 2022; when they came into force is not
 * recorded, so no summary may say "since March 2022".
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';

describe('helsepersonelloven §§ 4 a and 4 b', () => {
  it.each(['no-helsepersonelloven-4a', 'no-helsepersonelloven-4b'])('%s: passed on 2022-03-08, no in-force claim', (id) => {
    const fact = knowledgeBase.dataset.regulatory.find((r) => r.id === id);
    expect(fact?.date).toBe('2022-03-08');
    expect(fact?.summary.en).toMatch(/passed by the Storting on 8 March 2022/);
    expect(fact?.summary.en).not.toMatch(/since March 2022|in force since/i);
    expect(fact?.summary.nb).not.toMatch(/siden mars 2022/i);
  });
});

/**
 * The Conseil d'État upheld article 1 of décret n° 2011-382 and annulled article 2 (n° 349431); its
 * interim-relief judge had suspended the whole decree on 17 June 2011 (n° 349435). The record said
 * only that the ban was upheld, and the suspension was recorded nowhere.
 */
describe('the Conseil d’État and décret n° 2011-382', () => {
  const ruling = knowledgeBase.dataset.regulatory.find((r) => r.id === 'fr-conseil-etat-ruling-2012');

  it('says article 1 was upheld and article 2 annulled, in both languages', () => {
    expect(ruling?.scope.en).toMatch(/article 1 .* upheld; article 2 .* annulled/s);
    expect(ruling?.scope.nb).toMatch(/artikkel 1 .* opprettholdt; artikkel 2 .* opphevet/s);
    expect(ruling?.reference).toContain('349431');
  });

  it('records the suspension of 17 June 2011 (n° 349435) from the court’s own page', () => {
    expect(ruling?.scope.en).toContain('17 June 2011 (n° 349435)');
    expect(ruling?.sources).toContain('fr-conseil-etat-2011-06-17');
    const source = knowledgeBase.dataset.sources.find((s) => s.id === 'fr-conseil-etat-2011-06-17');
    expect(source).toMatchObject({ verification: 'verified', date: '2011-06-17', identifiers: { caseNumber: '349435' } });
    expect(source?.url).toMatch(/^https:\/\/www\.conseil-etat\.fr\//);
  });
});

/**
 * "Not approved for hair loss" for dutasteride and scalp mesotherapy rests on reviews (Herz-Ruelas
 * 2020, Gupta 2023, Matarasso 2005) and on the approvals of other drugs, not on an FDA text about
 * them: such a record is secondary, not verified (issue 12, "FDA records sourced from reviews").
 */
describe('FDA records that rest on reviews', () => {
  it.each(['fda-dutasteride-hair-loss-off-label', 'fda-mesotherapy-hair-loss-off-label'])('%s is secondary', (id) => {
    expect(knowledgeBase.dataset.regulatory.find((r) => r.id === id)?.verification).toBe('secondary');
  });
});
