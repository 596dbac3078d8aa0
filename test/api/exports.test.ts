import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as main from '../../src/index.js';
import * as factcheck from '../../src/factcheck/index.js';
import * as html from '../../src/html/index.js';
import * as node from '../../src/node/index.js';
import * as schema from '../../src/schema/index.js';
import type {
  AssessmentMatch,
  Claim,
  Comparison,
  Judgement,
  KnowledgeBase,
  SearchResult,
  Study,
  Verdict,
  VerdictRuleId,
} from '../../src/index.js';

describe('public exports', () => {
  it('main entry', () => {
    expect(Object.keys(main).sort()).toMatchInlineSnapshot(`
      [
        "DataError",
        "INFLECTION_ENDINGS",
        "INVASIVENESS_ORDER",
        "InvalidClaimError",
        "KnowledgeBase",
        "POLARITIES",
        "PREDICATES",
        "VERDICTS",
        "VERDICT_TABLE",
        "certaintyFromGrade",
        "effectiveForRule",
        "foldText",
        "formatReference",
        "judgeClaim",
        "knowledgeBase",
        "toCslItem",
        "verdictFor",
      ]
    `);
  });

  it('meso-evidence/node', () => {
    expect(Object.keys(node).sort()).toMatchInlineSnapshot(`
      [
        "loadKnowledgeBase",
        "readDataDirectory",
        "validateDirectory",
      ]
    `);
  });

  it("meso-evidence/factcheck: factCheck and what a tool author needs, not the engine's internals", () => {
    expect(Object.keys(factcheck).sort()).toMatchInlineSnapshot(`
      [
        "RULE_CATALOGUE",
        "describeClaim",
        "detectLanguage",
        "factCheck",
      ]
    `);
  });

  it('meso-evidence/html: the page checker, decoding, and the lists of what is left out', () => {
    expect(Object.keys(html).sort()).toMatchInlineSnapshot(`
      [
        "CHROME_ROLES",
        "COOKIE_BANNER_PATTERNS",
        "HtmlDecodeError",
        "HtmlReadError",
        "NAVIGATION_ELEMENTS",
        "NEVER_SHOWN_ELEMENTS",
        "PAGE_CHROME_ELEMENTS",
        "SECTIONING_ELEMENTS",
        "declaredCharset",
        "decodeHtml",
        "factCheckHtml",
      ]
    `);
  });

  it('meso-evidence/schema', () => {
    expect(Object.keys(schema).sort()).toMatchSnapshot();
    for (const name of [
      'createKnowledgeBase',
      'validateRecords',
      'validateFiles',
      'parseYamlFile',
      'formatProblem',
      'sortProblems',
      'DataError',
      'deepFreeze',
      'checkShape',
      'dottedPath',
      'RECORD_KINDS',
      'RECORD_SCHEMAS',
      'StudySchema',
    ]) {
      expect(schema).toHaveProperty(name);
    }
  });
});

describe('the main entry is light', () => {
  // Follows the run-time (non-type) relative imports from src/index.ts.
  function runtimeGraph(_entry: string): { files: Set<string>; packages: Set<string> } {
    const files = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string): void => {
      if (files.has(file)) return;
      files.add(file);
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)([^;]*?)\s+from\s+'([^']+)'/gms)) {
        const [, clause = '', spec = ''] = match;
        if (
          /^\{[^}]*\}$/s.test(clause.trim()) &&
          clause
            .replace(/[{}\s]/g, '')
            .split(',')
            .filter(Boolean)
            .every((n) => n.startsWith('type'))
        )
          continue;
        if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
        else packages.add(spec);
      }
    };
    visit(resolve('src/index.ts'));
    return { files, packages };
  }

  it('imports no zod, yaml, unified or remark at run time, and not the validator', () => {
    const { files, packages } = runtimeGraph('src/index.ts');
    expect([...packages]).toEqual([]);
    const relative = [...files].map((f) => f.slice(resolve('.').length + 1));
    expect(relative).toContain('src/kb/knowledge-base.ts');
    expect(relative).toContain('src/generated/dataset.ts');
    expect(relative).not.toContain('src/load/validate.ts');
    expect(relative.filter((f) => f.startsWith('src/schema/'))).toEqual(['src/schema/kind-list.ts']); // the zod-free list of kinds
  });
});

describe('types', () => {
  it('types the query API', () => {
    expectTypeOf(main.knowledgeBase).toEqualTypeOf<KnowledgeBase>();
    expectTypeOf(main.knowledgeBase.study).returns.toEqualTypeOf<Study | undefined>();
    expectTypeOf(main.knowledgeBase.findStudies).returns.toEqualTypeOf<readonly Study[]>();
    expectTypeOf(main.knowledgeBase.judge).parameter(0).toEqualTypeOf<Claim>();
    expectTypeOf(main.knowledgeBase.judge).returns.toEqualTypeOf<Judgement>();
    expectTypeOf<Judgement['verdict']>().toEqualTypeOf<Verdict>();
    expectTypeOf<Judgement['rule']>().toEqualTypeOf<VerdictRuleId>();
    expectTypeOf<Judgement['citations']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Judgement['explanation']['nb']>().toEqualTypeOf<string>();
    expectTypeOf(main.knowledgeBase.assessment).returns.toEqualTypeOf<AssessmentMatch | undefined>();
    expectTypeOf(main.knowledgeBase.search).returns.toEqualTypeOf<readonly SearchResult[]>();
    expectTypeOf<SearchResult['kind']>().toEqualTypeOf<'interventions' | 'indications' | 'ingredients' | 'studies'>();
    expectTypeOf(main.knowledgeBase.compare).returns.toEqualTypeOf<Comparison | undefined>();
    expectTypeOf(main.knowledgeBase.get<'studies'>).returns.toEqualTypeOf<Study | undefined>();
    expectTypeOf(schema.createKnowledgeBase).returns.toEqualTypeOf<KnowledgeBase>();
    expectTypeOf(node.loadKnowledgeBase).returns.toEqualTypeOf<KnowledgeBase>();
    expectTypeOf<Study['citation']['year']>().toEqualTypeOf<number>();
    const neverCalled = (): void => {
      /* eslint-disable @typescript-eslint/no-unsafe-call -- these calls are here to fail type-checking */
      // @ts-expect-error: predicates are a closed set
      main.knowledgeBase.judge({ subject: 'mesotherapy', predicate: 'cures', polarity: 'affirm' });
      // @ts-expect-error: the dataset is read-only
      main.knowledgeBase.dataset.studies.push(main.knowledgeBase.dataset.studies[0]);
      /* eslint-enable @typescript-eslint/no-unsafe-call */
    };
    expect(typeof neverCalled).toBe('function');
  });
});
