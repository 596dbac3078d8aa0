import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isSupported } from '../../scripts/lib/evaluate.js';
import { PREDICATES } from '../../src/evidence/claim.js';
import { factCheck } from '../../src/factcheck/fact-check.js';
import { knowledgeBase } from '../../src/index.js';

/**
 * test/fixtures/claim-sentences.yaml: sentences per phenomenon of issue 13, with the exact
 * claims expected — material for the engine's rule fixtures. This test keeps the file
 * well-formed and records (as annotations, not gated) how many cases the engine reads
 * exactly right today.
 */
interface ExpectedClaim {
  line: number;
  subject: string;
  predicate: string;
  object?: string;
  polarity: string;
}
interface Case {
  language: string;
  format?: 'markdown' | 'text';
  text: string;
  claims: ExpectedClaim[];
  note?: string;
}
interface Item {
  issue: number;
  about: string;
  cases: Case[];
}

const items = parse(readFileSync('test/fixtures/claim-sentences.yaml', 'utf8')) as Record<string, Item>;
const ids = new Set([...knowledgeBase.dataset.interventions, ...knowledgeBase.dataset.indications].map((r) => r.id));
const key = (c: ExpectedClaim): string =>
  `${c.line} ${c.subject} ${c.predicate} ${c.object ?? '-'} ${c.polarity === 'affirm' ? 'affirm' : 'not-affirm'}`;

describe('claim-sentences.yaml', () => {
  it('covers issue 13 items 1–8, each with at least three cases per supported language', () => {
    expect(Object.values(items).map((item) => item.issue)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const [name, item] of Object.entries(items)) {
      expect(item.about, name).toBeTruthy();
      for (const language of ['en', 'nb']) {
        expect(item.cases.filter((c) => c.language === language).length, `${name} ${language}`).toBeGreaterThanOrEqual(
          3,
        );
      }
    }
  });

  it('names known records and predicates on lines of the text, and no claims in unsupported languages', () => {
    for (const [name, item] of Object.entries(items)) {
      for (const c of item.cases) {
        const where = `${name}: ${c.text.slice(0, 40)}`;
        if (!isSupported(c.language)) expect(c.claims, where).toEqual([]);
        const lines = c.text.split('\n');
        for (const claim of c.claims) {
          expect(ids.has(claim.subject), `${where} ${claim.subject}`).toBe(true);
          if (claim.object) expect(ids.has(claim.object), `${where} ${claim.object}`).toBe(true);
          expect(PREDICATES as readonly string[], where).toContain(claim.predicate);
          expect(['affirm', 'negate', 'uncertain'], where).toContain(claim.polarity);
          expect(lines[claim.line - 1]?.trim(), `${where} line ${claim.line}`).toBeTruthy();
        }
      }
    }
  });

  it('records how many cases the engine reads exactly right (not gated)', ({ annotate }) => {
    let total = 0;
    for (const [name, item] of Object.entries(items)) {
      let right = 0;
      for (const c of item.cases) {
        const language = isSupported(c.language) && item.issue !== 8 ? c.language : undefined;
        const format = c.format ?? 'markdown';
        const found = factCheck(c.text, language ? { format, language } : { format }).findings.map((f) =>
          key({ line: f.position.start.line, ...f.claim }),
        );
        if (found.sort().join('|') === c.claims.map(key).sort().join('|')) right++;
      }
      total += right;
      void annotate(`${name}: ${right}/${item.cases.length}`);
      expect(right).toBeLessThanOrEqual(item.cases.length);
    }
    expect(total).toBeGreaterThanOrEqual(0);
  });
});
