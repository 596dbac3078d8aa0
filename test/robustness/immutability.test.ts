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
      descriptions: kb.descriptionsOf('park-2008'),
      comparison: kb.compare('mesotherapy', 'liposuction'),
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

describe('one caller cannot poison another (issue 16, items 13–14)', () => {
  const entries = { main, schema, exporters, factcheck, remark } as Record<string, Record<string, unknown>>;
  const exported = Object.entries(entries).flatMap(([entry, module]) =>
    Object.entries(module).map(([name, value]) => [`${entry}.${name}`, value] as const),
  );
  // zod schemas are objects zod itself writes caches into; the registry that hands them out is frozen.
  const isZod = (value: unknown): boolean => typeof value === 'object' && value !== null && '_zod' in value;

  it.each(exported.filter(([, v]) => typeof v === 'object' && v !== null && !isZod(v)).map(([n]) => n))(
    '%s is frozen',
    (name) => {
      const value = exported.find(([n]) => n === name)?.[1];
      expect(Object.isFrozen(value)).toBe(true);
    },
  );

  it.each(
    exported
      .filter(([, v]) => typeof v === 'function' && /^class\b/.test(Function.prototype.toString.call(v)))
      .map(([n]) => n),
  )('class %s: prototype and statics are frozen', (name) => {
    const value = exported.find(([n]) => n === name)?.[1] as { prototype: object };
    expect(Object.isFrozen(value.prototype)).toBe(true);
    expect(Object.isFrozen(value)).toBe(true);
  });

  it('KnowledgeBase.prototype.judge cannot be replaced', () => {
    expect(() => {
      (main.KnowledgeBase.prototype as unknown as Record<string, unknown>).judge = () => ({ verdict: 'supported' });
    }).toThrow(TypeError);
  });

  it('RECORD_SCHEMAS cannot be swapped, and ID_PATTERN cannot be recompiled', () => {
    expect(() => {
      (schema.RECORD_SCHEMAS as Record<string, unknown>).studies = { safeParse: () => ({ success: true }) };
    }).toThrow(TypeError);
    expect(() => {
      (schema.ID_PATTERN as unknown as { compile: (s: string) => void }).compile('.*');
    }).toThrow(TypeError);
    expect(schema.ID_PATTERN.source).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    expect(schema.IdSchema.safeParse('Not An Id').success).toBe(false);
    expect(schema.IdSchema.safeParse('park-2008').success).toBe(true);
  });

  it('options are read from own properties only, not a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    const text = 'Mesotherapy is not FDA-approved.\n\n# Heading\n';
    const clean = factcheck.factCheck(text);
    try {
      proto.language = 'nb';
      proto.format = 'text';
      proto.documentUrl = 'javascript:alert(1)';
      proto.reviewer = { '@type': 'Organization', name: 'Mallory' };
      expect(factcheck.factCheck(text)).toEqual(clean);
      const finding = clean.findings[0] as Parameters<typeof exporters.toClaimReview>[0];
      const review = exporters.toClaimReview(finding, {}) as unknown as Record<string, unknown>;
      expect(JSON.stringify(review)).not.toContain('javascript:');
      expect(JSON.stringify(review)).not.toContain('Mallory');
    } finally {
      delete proto.language;
      delete proto.format;
      delete proto.documentUrl;
      delete proto.reviewer;
    }
  });

  it('get and shortenClaim answer odd arguments without an internal TypeError', () => {
    expect(main.knowledgeBase.get(Object.create(null) as 'studies', 'park-2008')).toBeUndefined();
    expect(() => exporters.shortenClaim('x', Object.create(null) as number)).toThrow(/shortenClaim: max/);
  });

  it('sparse arrays of length 2³¹ are refused at once', () => {
    const sparse = new Array(2 ** 31);
    const start = performance.now();
    expect(() => schema.dottedPath(sparse as string[])).toThrow(RangeError);
    expect(() => exporters.toCslJson(sparse as [])).toThrow(RangeError);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
