/**
 * Issue 12, third pass: records the cluster passes left unverified or unlinked.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';

const dataset = knowledgeBase.dataset;

describe('the Norwegian agency on deoxycholic acid injections', () => {
  it('links the agency page, names the agency by its name since 2024, and is verified only with that page', () => {
    const source = dataset.sources.find((s) => s.id === 'slv-deoksykolsyre-klassifisering');
    expect(source?.url).toMatch(/^https:\/\/legemiddelverket\.no\/.+deoksykolsyre-til-injeksjon-for-fettfjerning/);
    expect(source?.verification).toBe('verified');
    const statement = dataset.regulatory.find((r) => r.id === 'no-slv-deoxycholic-acid-prescription');
    expect(statement?.authority).toBe('DMP');
    expect(statement?.authorityName).toMatch(/^Direktoratet for medisinske produkter \(DMP/);
    expect(statement?.verification).toBe('verified');
    expect(statement?.sources).toEqual(['slv-deoksykolsyre-klassifisering']);
  });
});

describe('records that could not be checked stay marked so', () => {
  it('Rotunda 2009 keeps its DOI among the unverified fields, and no co-author is invented', () => {
    const s = dataset.studies.find((x) => x.id === 'rotunda-2009');
    expect(s?.citation.pmid).toBe('19397673');
    expect(s?.unverifiedFields).toContain('citation.doi');
    expect(s?.citation.authors.map((a) => a.family)).toEqual(['Rotunda']);
    expect(s?.citation.etAl).toBe(true);
  });

  it('Tang 2022 is unverified, and no assessment rests on it alone', () => {
    const s = dataset.studies.find((x) => x.id === 'tang-2022');
    expect(s?.verification).toBe('unverified');
    for (const a of dataset.assessments.filter((x) => x.studies.includes('tang-2022')))
      expect(a.studies.length, a.id).toBeGreaterThan(1);
  });
});

describe("the FDA's own words on lipodissolve (issue 12: FDA records cite the FDA's text)", () => {
  it("the non-approval of phosphatidylcholine cites the FDA's consumer article, read in a copy and so secondary", () => {
    const source = dataset.sources.find((s) => s.id === 'fda-consumer-lipodissolve-2010');
    expect(source?.author).toBe('U.S. Food and Drug Administration');
    expect(source?.url).toMatch(/^https?:\/\//);
    expect(source?.note).toContain('FDA has not approved any products for use in lipodissolve');
    expect(source?.verification).toBe('secondary');
    for (const id of ['fda-phosphatidylcholine-not-approved', 'fda-lipodissolve-warning-2010']) {
      const record = dataset.regulatory.find((r) => r.id === id);
      expect(record?.sources, id).toContain('fda-consumer-lipodissolve-2010');
      expect(record?.verification, id).toBe('secondary');
    }
  });
});
