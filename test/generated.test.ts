/**
 * Drift checks: the committed build output (src/generated/dataset.ts and
 * schemas/*.schema.json) must be exactly what `npm run build:data` makes from data/
 * and the zod schemas, and every data file must point editors at its schema.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/load/problem.js';
import { DATASET_MODULE, generateArtifacts } from '../scripts/lib/artifacts.js';

const artifacts = generateArtifacts('data');

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

describe('generated files', () => {
  it('come from valid data', () => {
    expect(
      artifacts.ok ? [] : artifacts.problems.map(formatProblem),
      'data/ has problems; run `npx tsx scripts/validate-data.ts` to see them',
    ).toEqual([]);
  });

  it('include the dataset module and one schema per record kind', () => {
    if (!artifacts.ok) return;
    expect([...artifacts.files.keys()]).toContain(DATASET_MODULE);
    expect([...artifacts.files.keys()].filter((path) => path.startsWith('schemas/')).length).toBeGreaterThanOrEqual(9);
  });

  const files = artifacts.ok ? [...artifacts.files] : [];
  it.each(files.map(([path]) => path))('%s is up to date', (path) => {
    const expected = artifacts.ok ? artifacts.files.get(path) : undefined;
    const current = read(path);
    // Compare as a boolean: the dataset module is one huge line, a diff of it helps nobody.
    expect(
      current === expected,
      `${path} is ${current === undefined ? 'missing' : 'stale'}: run \`npm run build:data\` and commit the result`,
    ).toBe(true);
  });

  it('schemas/ holds no schema the build no longer makes', () => {
    const generated = new Set(files.map(([path]) => path));
    const extra = readdirSync('schemas')
      .filter((name) => name.endsWith('.schema.json'))
      .map((name) => `schemas/${name}`)
      .filter((path) => !generated.has(path));
    expect(extra, 'delete these, or run `npm run build:data`').toEqual([]);
  });
});

describe('data files', () => {
  const yamlFiles: { path: string; kind: string }[] = [];
  for (const kind of readdirSync('data').sort()) {
    if (!statSync(join('data', kind)).isDirectory()) continue;
    for (const name of readdirSync(join('data', kind)).sort()) {
      if (/\.ya?ml$/.test(name)) yamlFiles.push({ path: `data/${kind}/${name}`, kind });
    }
  }

  it('exist', () => {
    expect(yamlFiles.length).toBeGreaterThan(0);
  });

  it('all start with the yaml-language-server line for their kind', () => {
    const wrong = yamlFiles
      .map(({ path, kind }) => ({
        path,
        expected: `# yaml-language-server: $schema=../../schemas/${kind}.schema.json`,
        first: readFileSync(path, 'utf8').split('\n')[0],
      }))
      .filter(({ expected, first }) => first !== expected)
      .map(
        ({ path, expected, first }) =>
          `${path}: first line is ${JSON.stringify(first)}, expected ${JSON.stringify(expected)}`,
      );
    expect(wrong).toEqual([]);
  });

  it('point at schemas that exist', () => {
    const kinds = [...new Set(yamlFiles.map((file) => file.kind))];
    expect(kinds.filter((kind) => read(`schemas/${kind}.schema.json`) === undefined)).toEqual([]);
  });
});
