/**
 * The bundled records parse each kind of record on its first read (src/generated/dataset.ts,
 * issue 17): a cold process's first fact-check reads interventions, indications and assessments,
 * not the studies and sources that are most of the text. What a query gets is the same, frozen.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';
import { factCheck } from '../../src/factcheck/index.js';
import { loadDataset, loadRecords } from '../../src/generated/dataset.js';
import { RECORD_KINDS } from '../../src/schema/kind-list.js';

/** The kinds of the bundled records not parsed yet. */
function unparsed(): string[] {
  const records = loadRecords();
  return Object.keys(records).filter((kind) => Object.getOwnPropertyDescriptor(records, kind)?.get !== undefined);
}

describe('the bundled records', () => {
  // First in this file (each test file has its own modules): nothing has read the records yet.
  it('parse only the kinds a fact-check reads', () => {
    expect(unparsed()).toEqual(RECORD_KINDS.filter((kind) => !['cues', 'languages', 'messages'].includes(kind)));
    expect(factCheck('Mesotherapy melts cellulite.').findings).toHaveLength(1);
    expect(unparsed()).toEqual(expect.arrayContaining(['sources', 'studies', 'ingredients', 'positions']));
    // A study named: the studies are read.
    expect(
      factCheck('Mesotherapy melts fat. A study by Park in 2008 found that it works.').findings.length,
    ).toBeGreaterThan(0);
    expect(unparsed()).not.toContain('studies');
  });

  it('keep the kinds in order, and give a query every record, frozen', () => {
    expect(Object.keys(loadRecords())).toEqual([...RECORD_KINDS]);
    const dataset = knowledgeBase.dataset;
    expect(unparsed()).toEqual([]);
    expect(Object.keys(dataset)).toEqual([...RECORD_KINDS]);
    for (const kind of RECORD_KINDS) {
      expect(Object.getOwnPropertyDescriptor(dataset, kind)).toMatchObject({ writable: false, configurable: false });
      expect(dataset[kind]).toBe(loadRecords()[kind]);
    }
    expect(Object.isFrozen(dataset)).toBe(true);
    expect(dataset.sources.length).toBeGreaterThan(10);
    expect(loadDataset()).toBe(loadRecords());
    expect(Object.isFrozen(loadDataset().studies[0])).toBe(true);
  });
});
