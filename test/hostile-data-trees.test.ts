/**
 * Data trees built to break the loader (issue 16, items 7–11): half a million problems in
 * one file, 100,000 keys, links that leave the data directory, a 3,000-deep parent chain,
 * and a refused file whose id other records use. Each used to crash, hang, leak a file's
 * bytes or bury the real problem under cascades.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_NODES } from '../src/load/parse-yaml.js';
import { appendProblems, DataError, MAX_PROBLEMS_PER_FILE, type Problem } from '../src/load/problem.js';
import { validateFiles, validateRecords } from '../src/load/validate.js';
import { loadKnowledgeBase } from '../src/node/load-knowledge-base.js';
import { validateDirectory } from '../src/node/validate-directory.js';

const VALID = 'test/fixtures/data/valid';
const temps: string[] = [];

function copyOfValid(): string {
  const dir = mkdtempSync(join(tmpdir(), 'meso-trees-'));
  temps.push(dir);
  cpSync(VALID, dir, { recursive: true });
  return dir;
}

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('very many problems', () => {
  it('in one file are capped with a count of the rest', () => {
    const keys = Array.from({ length: 2_000 }, (_, i) => `unknown${i}: 1`).join('\n');
    const content = `id: many\nnames: { en: [a], nb: [a] }\ndescription: { en: A. }\n${keys}\n`;
    const result = validateFiles([{ path: 'data/indications/many.yaml', content }]);
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(result.problems.slice(0, -1).every((p) => p.rule === 'unknown-key')).toBe(true);
    expect(result.problems.at(-1)).toMatchObject({ rule: 'too-many-problems' });
    expect(result.problems.at(-1)?.message).toBe(
      `…and ${(2_000 - MAX_PROBLEMS_PER_FILE).toLocaleString('en')} more problems in this file (only the first ${MAX_PROBLEMS_PER_FILE} are listed)`,
    );
  });

  it('of any number are appended without spreading them into arguments', () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => ({
      file: `f${i}`,
      path: [],
      message: 'm',
      rule: 'unknown-field' as const,
    }));
    const all: Problem[] = [];
    appendProblems(all, many);
    expect(all).toHaveLength(1_000_000);
  });

  it('from a file of closing brackets make loadKnowledgeBase throw a DataError, not a RangeError', () => {
    const dir = copyOfValid();
    writeFileSync(join(dir, 'indications/broken.yaml'), ']\n'.repeat(100_000));
    expect(() => loadKnowledgeBase(dir)).toThrow(DataError);
  });
});

describe('very many keys', () => {
  it('a file of 100,000 distinct keys is refused before the quadratic key check', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}: 1`).join('\n');
    const result = validateFiles([{ path: 'data/indications/keys.yaml', content: keys }]);
    expect(result.problems.map((p) => p.rule)).toEqual(['file-too-large']);
    expect(result.problems[0]?.message).toContain(MAX_NODES.toLocaleString('en'));
  });

  it('a record just under the node limit is still read and checked', () => {
    const names = Array.from({ length: 2_000 }, (_, i) => `    - name ${i}`).join('\n');
    const content = `id: many\nnames:\n  en:\n${names}\n  nb: [navn]\ndescription:\n  en: Many names.\n`;
    const result = validateFiles([{ path: 'data/indications/many.yaml', content }]);
    expect(result.ok).toBe(true);
  });
});

describe('symbolic links', () => {
  it('a link to a file outside the data directory is not followed, and its bytes are never shown', () => {
    const dir = copyOfValid();
    const outside = mkdtempSync(join(tmpdir(), 'meso-secret-'));
    temps.push(outside);
    writeFileSync(join(outside, 'npmrc'), '//registry.example/:_authToken=SECRET-TOKEN-1234\n');
    symlinkSync(join(outside, 'npmrc'), join(dir, 'indications/secret.yaml'));
    const result = validateDirectory(dir);
    const text = result.problems.map((p) => p.message).join('\n');
    expect(text).toMatch(/symbolic link to a place outside the data directory/);
    expect(text).not.toContain('SECRET');
  });

  it('a kind folder that links out of the data directory is not descended into', () => {
    const dir = copyOfValid();
    const outside = mkdtempSync(join(tmpdir(), 'meso-outside-'));
    temps.push(outside);
    mkdirSync(join(outside, 'positions'));
    writeFileSync(join(outside, 'positions', 'x.yaml'), 'not: read\n');
    symlinkSync(join(outside, 'positions'), join(dir, 'positions'));
    const result = validateDirectory(dir);
    expect(result.problems.map((p) => p.rule)).toEqual(['unexpected-file']);
    expect(result.problems[0]?.message).toMatch(/outside the data directory/);
  });

  it('a link to a place inside the data directory is read', () => {
    const dir = copyOfValid();
    // Files at the top of the data directory are not records; a link may point at one.
    cpSync(join(dir, 'indications/cellulite.yaml'), join(dir, 'cellulite.yaml'));
    rmSync(join(dir, 'indications/cellulite.yaml'));
    symlinkSync(join(dir, 'cellulite.yaml'), join(dir, 'indications/cellulite.yaml'));
    expect(validateDirectory(dir).ok).toBe(true);
  });
});

describe('indication parents', () => {
  it('a 3,000-deep chain closing into a cycle is one problem, found in linear time', () => {
    const depth = 3_000;
    const indications = Array.from({ length: depth }, (_, i) => ({
      id: `i${String(i).padStart(4, '0')}`,
      names: { en: [`condition ${i}`], nb: [`tilstand ${i}`] },
      description: { en: 'A condition.' },
      parent: `i${String((i + 1) % depth).padStart(4, '0')}`,
    }));
    const result = validateRecords({ indications });
    const cycles = result.problems.filter((p) => p.rule === 'parent-cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.message).toMatch(/^Indication parents form a cycle: i0000 → i0001 → .* → i2999 → i0000$/);
  });

  it('a chain that leads into a cycle reports only the cycle', () => {
    const indication = (id: string, parent: string): object => ({
      id,
      names: { en: [id], nb: [id] },
      description: { en: 'A condition.' },
      parent,
    });
    const result = validateRecords({
      indications: [indication('c', 'b'), indication('b', 'a'), indication('a', 'b'), indication('d', 'c')],
    });
    expect(result.problems.filter((p) => p.rule === 'parent-cycle').map((p) => p.message)).toEqual([
      'Indication parents form a cycle: a → b → a',
    ]);
  });
});

describe('a file refused before parsing', () => {
  it('is reported once; references to its id are not reported again', () => {
    const dir = copyOfValid();
    writeFileSync(join(dir, 'indications/cellulite.yaml'), `id: cellulite\n${'#'.repeat(1_100_000)}\n`);
    const result = validateDirectory(dir);
    expect(result.problems.map((p) => p.rule)).toEqual(['file-too-large']);
  });
});
