/**
 * The bundled knowledge base freezes its records on the first query that can hand one out,
 * not when they are loaded (src/kb/knowledge-base.ts, issue 17): the fact-check engine and
 * `judge` read them and hand none out, so a cold process's first fact-check does not walk and
 * freeze some 3,000 objects. Whatever a caller gets is still frozen all the way down.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';
import { factCheck } from '../../src/factcheck/index.js';
import { loadDataset, loadRecords } from '../../src/generated/dataset.js';
import { KnowledgeBase, lazyKnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { Dataset } from '../../src/schema/kinds.js';

/** Every object reachable from `root` that is not frozen, by path. */
function unfrozen(root: unknown, path = '$', seen = new Set<unknown>()): string[] {
  if (typeof root !== 'object' || root === null || seen.has(root)) return [];
  seen.add(root);
  const out = Object.isFrozen(root) ? [] : [path];
  for (const [key, value] of Object.entries(root)) out.push(...unfrozen(value, `${path}.${key}`, seen));
  return out;
}

/** Objects reachable from `root` that are frozen. */
function frozenCount(root: unknown, seen = new Set<unknown>()): number {
  if (typeof root !== 'object' || root === null || seen.has(root)) return 0;
  seen.add(root);
  let count = Object.isFrozen(root) ? 1 : 0;
  for (const value of Object.values(root)) count += frozenCount(value, seen);
  return count;
}

/** The bundled records as a fresh, unfrozen copy (languages and messages as they ship: frozen). */
function freshRecords(): Dataset {
  const { languages, messages, ...records } = loadRecords();
  return { ...(JSON.parse(JSON.stringify(records)) as Omit<Dataset, 'languages' | 'messages'>), languages, messages };
}

/** Every object of the records' kinds that is not frozen, by path (their container is not the records'). */
function unfrozenRecords(dataset: Dataset): string[] {
  return Object.entries(dataset).flatMap(([kind, records]) => unfrozen(records, kind));
}

/** Objects of the records' kinds that are frozen, but the vocabulary, which ships frozen. */
function frozenRecords(dataset: Dataset): number {
  return Object.entries(dataset)
    .filter(([kind]) => kind !== 'languages' && kind !== 'messages')
    .reduce((sum, [, records]) => sum + frozenCount(records), 0);
}

const TEXT = `# Mesoterapi

Mesoterapi smelter fett og fjerner cellulitter for godt.

Mesotherapy is not FDA-approved. Park 2008 found that it works.
`;

const CLAIM = { subject: 'mesotherapy', predicate: 'effective-for', object: 'cellulite', polarity: 'affirm' } as const;

describe('the bundled knowledge base', () => {
  // First in this file (each test file has its own modules): nothing has queried the bundled knowledge base yet.
  it('is not frozen by a fact-check, which hands no record out', () => {
    const report = factCheck(TEXT);
    expect(report.findings.length).toBeGreaterThan(1);
    expect(frozenRecords(loadRecords())).toBe(0);
  });

  it('is frozen all the way down once a query can hand a record out', () => {
    expect(knowledgeBase.study('park-2008')?.id).toBe('park-2008');
    expect(unfrozenRecords(loadRecords())).toEqual([]);
    expect(unfrozen(knowledgeBase.dataset)).toEqual([]);
    expect(loadDataset()).toBe(loadRecords());
  });
});

describe('a lazily loaded knowledge base', () => {
  /** A fresh lazy knowledge base over unfrozen records, and those records. */
  function fresh(): { kb: KnowledgeBase; records: Dataset } {
    const records = freshRecords();
    return { kb: lazyKnowledgeBase(() => records), records };
  }

  it('finds what the bundled one finds, without freezing its records, and judges with frozen answers', () => {
    const { kb, records } = fresh();
    expect(JSON.stringify(factCheck(TEXT, { knowledgeBase: kb }))).toBe(JSON.stringify(factCheck(TEXT)));
    const judgement = kb.judge(CLAIM);
    expect(judgement.verdict).toBe(knowledgeBase.judge(CLAIM).verdict);
    expect(unfrozen(judgement)).toEqual([]);
    expect(frozenRecords(records)).toBe(0);
  });

  const queries: [string, (kb: KnowledgeBase) => unknown][] = [
    ['dataset', (kb) => kb.dataset],
    ['get', (kb) => kb.get('studies', 'park-2008')],
    ['intervention', (kb) => kb.intervention('mesotherapy')],
    ['indication', (kb) => kb.indication('cellulite')],
    ['study', (kb) => kb.study('park-2008')],
    ['assessment', (kb) => kb.assessment('mesotherapy', 'cellulite')],
    ['assessmentById', (kb) => kb.assessmentById('mesotherapy--cellulite')],
    ['adverseEvents', (kb) => kb.adverseEvents('mesotherapy')],
    ['findStudies', (kb) => kb.findStudies()],
    ['findInterventions', (kb) => kb.findInterventions()],
    ['findIngredients', (kb) => kb.findIngredients()],
    ['findRegulatory', (kb) => kb.findRegulatory()],
    ['assessmentsCiting', (kb) => kb.assessmentsCiting('park-2008')],
    ['descriptionsOf', (kb) => kb.descriptionsOf('park-2008')],
    ['sourcesDescribing', (kb) => kb.sourcesDescribing('el-domyati-2012')],
    ['search', (kb) => kb.search('cellulite')],
    ['compare', (kb) => kb.compare('mesotherapy', 'liposuction')],
  ];

  it.each(queries)('%s freezes every record first, even after a fact-check read them', (_name, query) => {
    const { kb, records } = fresh();
    factCheck(TEXT, { knowledgeBase: kb });
    const answer = query(kb);
    expect(answer).toBeDefined();
    // Every record reachable from the answer is frozen, since every record is.
    expect(unfrozenRecords(records)).toEqual([]);
  });
});
