/**
 * The knowledge base's indexes are built one by one on first use (src/kb/indexes.ts, issue
 * 17): a judgement reads a few of them, so the first verdict of a cold process does not
 * build the two dozen.
 */
import { describe, expect, it } from 'vitest';
import { buildIndexes } from '../../src/kb/indexes.js';
import { knowledgeBase } from '../../src/index.js';
import type { Dataset } from '../../src/schema/kinds.js';

/** The bundled records, with a count of how often each kind is read. */
function counted(): { dataset: Dataset; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const source = knowledgeBase.dataset;
  const dataset = {} as Record<string, unknown>;
  for (const kind of Object.keys(source))
    Object.defineProperty(dataset, kind, {
      enumerable: true,
      get: () => {
        reads.set(kind, (reads.get(kind) ?? 0) + 1);
        return (source as unknown as Record<string, unknown>)[kind];
      },
    });
  return { dataset: dataset as unknown as Dataset, reads };
}

describe('indexes', () => {
  it('read no record until one is used, and only the kinds it needs', () => {
    const { dataset, reads } = counted();
    const ix = buildIndexes(dataset);
    expect(reads.size).toBe(0);
    expect(ix.assessmentByPair.size).toBe(dataset.assessments.length);
    reads.clear();
    expect(ix.assessmentByPair.size).toBeGreaterThan(0);
    expect(ix.byKind.interventions.get('mesotherapy')?.id).toBe('mesotherapy');
    expect([...reads.keys()]).toEqual(['interventions']);
  });

  it('are built once: the same object every time, and the same as an index built at once', () => {
    const { dataset, reads } = counted();
    const ix = buildIndexes(dataset);
    const first = ix.studiesByYear;
    expect(ix.studiesByYear).toBe(first);
    expect(reads.get('studies')).toBe(1);
    expect(ix.byKind.studies).toBe(ix.byKind.studies);
    const years = first.map((s) => s.citation.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(first).toHaveLength(knowledgeBase.dataset.studies.length);
    expect([...ix.interventionsByIndication.keys()].length).toBeGreaterThan(0);
    expect(Object.hasOwn(ix.byKind, 'sources')).toBe(true);
    expect(Object.hasOwn(ix.byKind, '__proto__')).toBe(false);
  });
});
