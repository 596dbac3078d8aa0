/**
 * The knowledge base a consumer imports cannot be changed by that consumer: the
 * instance, its dataset, every record and everything a query returns are frozen all
 * the way down, as are the exported constants. Each attempt throws (ES modules run in
 * strict mode), and a failed attempt leaves later answers as they were.
 */
import { describe, expect, it } from 'vitest';
import * as main from '../../src/index.js';
import * as schema from '../../src/schema/index.js';
import * as exporters from '../../src/export/index.js';
import * as factcheck from '../../src/factcheck/index.js';
import * as remark from '../../src/remark.js';

const { knowledgeBase: kb, VERDICT_TABLE } = main;

/** Every object reachable from `root` that is not frozen, by path. */
function unfrozen(root: unknown, path = '$', seen = new Set<unknown>()): string[] {
  if ((typeof root !== 'object' && typeof root !== 'function') || root === null || seen.has(root)) return [];
  seen.add(root);
  const out = Object.isFrozen(root) ? [] : [path];
  for (const key of Reflect.ownKeys(root)) {
    const descriptor = Object.getOwnPropertyDescriptor(root, key);
    if (descriptor && 'value' in descriptor) out.push(...unfrozen(descriptor.value, `${path}.${String(key)}`, seen));
  }
  return out;
}

/**
 * The exported constants: plain data objects and arrays (not functions, classes or zod
 * schemas). Not regular expressions either: zod and String.prototype methods write a
 * RegExp's lastIndex, so a frozen ID_PATTERN would break validation.
 */
const constants = Object.entries({ ...main, ...exporters, ...factcheck, ...remark, ...schema }).filter(
  ([name, value]) =>
    typeof value === 'object' &&
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- module namespaces are typed, but a null export must not crash the filter
    value !== null &&
    !(value instanceof RegExp) &&
    name !== 'knowledgeBase' &&
    !name.endsWith('Schema') &&
    name !== 'RECORD_SCHEMAS',
);

describe('the exported knowledge base', () => {
  it('is frozen all the way down: instance, dataset, every record', () => {
    expect(Object.isFrozen(kb)).toBe(true);
    expect(unfrozen(kb.dataset)).toEqual([]);
    expect(kb.dataset.studies.length).toBeGreaterThan(5);
  });

  it('refuses assignments, additions, deletions and pushes, and answers as before', () => {
    const before = JSON.stringify([
      kb.intervention('mesotherapy'),
      kb.findStudies({ intervention: 'mesotherapy' }),
      kb.judge({ subject: 'mesotherapy', predicate: 'effective-for', object: 'cellulite', polarity: 'affirm' }),
    ]);
    const intervention = kb.intervention('mesotherapy') as unknown as Record<string, unknown>;
    const studies = kb.dataset.studies as unknown as unknown[];
    const attempts: [string, () => void][] = [
      [
        'assign a field of a record',
        () => {
          intervention.id = 'hacked';
        },
      ],
      [
        'add a field to a record',
        () => {
          intervention.extra = 1;
        },
      ],
      [
        'delete a field of a record',
        () => {
          delete intervention.names;
        },
      ],
      [
        'change a nested name list',
        () => {
          ((intervention.names as Record<string, string[]>).en as string[]).push('magic');
        },
      ],
      [
        'push to the dataset',
        () => {
          studies.push({ id: 'fake' });
        },
      ],
      [
        'empty the dataset',
        () => {
          studies.length = 0;
        },
      ],
      [
        'replace the dataset',
        () => {
          (kb as unknown as Record<string, unknown>).dataset = { studies: [] };
        },
      ],
      [
        'replace a method',
        () => {
          (kb as unknown as Record<string, unknown>).judge = () => ({ verdict: 'supported' });
        },
      ],
      [
        'push to a query result',
        () => {
          (kb.findStudies({ intervention: 'mesotherapy' }) as unknown as unknown[]).push({ id: 'fake' });
        },
      ],
      [
        'change a study in a query result',
        () => {
          (
            kb.findStudies({ intervention: 'mesotherapy' })[0] as unknown as { citation: { year: number } }
          ).citation.year = 1900;
        },
      ],
      [
        'change a judgement',
        () => {
          (
            kb.judge({
              subject: 'mesotherapy',
              predicate: 'effective-for',
              object: 'cellulite',
              polarity: 'affirm',
            }) as unknown as Record<string, unknown>
          ).verdict = 'supported';
        },
      ],
      [
        'change the verdict table',
        () => {
          (VERDICT_TABLE as unknown as Record<string, unknown>)['effective-for'] = {};
        },
      ],
    ];
    for (const [what, attempt] of attempts) expect(attempt, what).toThrow(TypeError);
    expect(
      JSON.stringify([
        kb.intervention('mesotherapy'),
        kb.findStudies({ intervention: 'mesotherapy' }),
        kb.judge({ subject: 'mesotherapy', predicate: 'effective-for', object: 'cellulite', polarity: 'affirm' }),
      ]),
    ).toBe(before);
  });

  it('returns frozen answers from every query', () => {
    const answers = {
      study: kb.findStudies({ intervention: 'mesotherapy' }),
      assessment: kb.assessment('mesotherapy', 'cellulite'),
      judge: kb.judge({ subject: 'mesotherapy', predicate: 'fda-approved', polarity: 'negate' }),
      search: kb.search('cellulite'),
      chain: kb.indicationChain('cellulite'),
      regulatory: kb.findRegulatory(),
      interventions: kb.findInterventions(),
      ingredients: kb.findIngredients(),
    };
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer, name).toBeDefined();
      expect(unfrozen(answer, name)).toEqual([]);
    }
  });

  it('keeps Object.prototype clean after the attempts', () => {
    expect(({} as Record<string, unknown>).verdict).toBeUndefined();
  });
});

describe('the exported constants', () => {
  it('are found by enumerating the entry points', () => {
    expect(constants.map(([name]) => name)).toEqual(
      expect.arrayContaining(['VERDICT_TABLE', 'VERDICTS', 'PREDICATES', 'RATING_SCALE', 'RECORD_KINDS']),
    );
  });

  it.each(constants)('%s is frozen all the way down', (name, value) => {
    expect(unfrozen(value, name)).toEqual([]);
  });

  it('refuse changes, and keep their value', () => {
    const before = JSON.stringify(VERDICT_TABLE);
    expect(() => (main.VERDICTS as unknown as string[]).push('true')).toThrow(TypeError);
    expect(() => {
      (exporters.RATING_SCALE as unknown as Record<string, unknown>).best = 0;
    }).toThrow(TypeError);
    expect(() => {
      (schema.RECORD_KINDS as unknown as string[])[0] = 'x';
    }).toThrow(TypeError);
    expect(JSON.stringify(VERDICT_TABLE)).toBe(before);
  });
});
