/**
 * Data that is hostile or broken at the byte or file-system level, generated at run
 * time into a temp directory instead of being committed: invalid UTF-8, a 50 MB
 * file, symbolic-link loops, deep nesting, patterns that used to hang, and keys
 * that try to pollute Object.prototype.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYamlFile } from '../src/load/parse-yaml.js';
import { formatProblem } from '../src/load/problem.js';
import { validateFiles, validateRecords } from '../src/load/validate.js';
import { validateDirectory } from '../src/node/validate-directory.js';

const VALID = 'test/fixtures/data/valid';
const temps: string[] = [];

/** A fresh copy of the valid fixture; returns its path and how the loader names files in it. */
function copyOfValid(): { dir: string; name: (rel: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'meso-evidence-'));
  temps.push(dir);
  cpSync(VALID, dir, { recursive: true });
  return { dir, name: (rel) => join(dir, rel).split(sep).join('/') };
}

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function elapsed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe('invalid UTF-8', () => {
  it('is reported at the bad byte, counting multi-byte characters before it correctly', () => {
    const { dir, name } = copyOfValid();
    const file = join(dir, 'indications/cellulite.yaml');
    const text = readFileSync(file, 'utf8').replace('  en: Dimpled skin over fat.', '  en: «Appelsinhud» \uFFFD, ');
    const [before, after] = text.split('\uFFFD') as [string, string];
    // A real U+FFFD (column 21) stays valid; the lone 0xFF byte after it (column 22) is the defect.
    writeFileSync(file, Buffer.concat([Buffer.from(before + '\uFFFD'), Buffer.from([0xff]), Buffer.from(after)]));
    const offset = Buffer.byteLength(before + '\uFFFD');

    const result = validateDirectory(dir);
    expect(result.problems.map(formatProblem)).toEqual([
      `${name('indications/cellulite.yaml')}:8:22  error  The file is not valid UTF-8 (bad byte at offset ${offset}); save it as UTF-8  encoding`,
    ]);
    expect('dataset' in result).toBe(false);
  });
});

describe('a 50 MB file', () => {
  it('is rejected from its size on disk, quickly, without being parsed', () => {
    const { dir, name } = copyOfValid();
    const file = join(dir, 'studies/huge-2020.yaml');
    writeFileSync(file, 'id: huge-2020\n');
    truncateSync(file, 50 * 1024 * 1024);

    const { value: result, ms } = elapsed(() => validateDirectory(dir));
    expect(result.problems.map(formatProblem)).toEqual([
      `${name('studies/huge-2020.yaml')}  error  The file is 52,428,800 bytes; a record file may be at most 1,000,000 bytes  file-too-large`,
    ]);
    // Reading and parsing 50 MB of YAML takes seconds; a stat takes microseconds.
    expect(ms).toBeLessThan(1000);
  });

  it('is rejected quickly when its contents are passed in memory', () => {
    const { value: result, ms } = elapsed(() =>
      validateFiles([{ path: 'studies/huge-2020.yaml', content: new Uint8Array(50 * 1024 * 1024) }]),
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'studies/huge-2020.yaml  error  The file is 52,428,800 bytes; a record file may be at most 1,000,000 bytes  file-too-large',
    ]);
    expect(ms).toBeLessThan(1000);
  });
});

describe('a symbolic-link loop in the data directory', () => {
  it('is reported as unreadable, not followed forever', () => {
    const { dir, name } = copyOfValid();
    symlinkSync('loop.yaml', join(dir, 'indications/loop.yaml'));
    const result = validateDirectory(dir);
    expect(result.problems.map(formatProblem)).toEqual([
      `${name('indications/loop.yaml')}  error  Cannot read this file: symbolic links loop  unreadable`,
    ]);
  });

  it('through a folder is not descended into', () => {
    const { dir, name } = copyOfValid();
    symlinkSync('..', join(dir, 'indications/up'));
    const { value: result, ms } = elapsed(() => validateDirectory(dir));
    expect(result.problems.map(formatProblem)).toEqual([
      `${name('indications/up')}  error  Only <id>.yaml files belong in a data folder  unexpected-file`,
    ]);
    expect(ms).toBeLessThan(1000);
  });
});

describe('YAML built to exhaust the parser', () => {
  it('an alias bomb stops at the alias limit, quickly', () => {
    const { value: result, ms } = elapsed(() => validateDirectory('test/fixtures/data/alias-bomb'));
    expect(result.problems.map((p) => p.rule)).toEqual(['yaml-alias']);
    expect(ms).toBeLessThan(2000);
  });

  it.each([
    ['flow lists', '['.repeat(20_000) + ']'.repeat(20_000), 1, 66],
    ['flow mappings', '{a: '.repeat(20_000) + '1' + '}'.repeat(20_000), 1, 261],
    ['block mappings', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1\n', 66, 66],
  ])(
    'deeply nested %s are refused before the composer recurses (twice, which used to abort Node)',
    (_, text, line, column) => {
      for (let run = 0; run < 2; run++) {
        const parsed = parseYamlFile('x.yaml', text);
        expect(parsed.problems.map(formatProblem)).toEqual([
          `x.yaml:${line}:${column}  error  Mappings and lists are nested more than 64 levels deep; a record needs only a few levels  yaml-syntax`,
        ]);
      }
    },
  );

  it('a banner of # characters does not make the empty-file check backtrack', { timeout: 5000 }, () => {
    const { value: parsed, ms } = elapsed(() => parseYamlFile('x.yaml', `${'#'.repeat(60)}\nid: x\n`));
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({ id: 'x' });
    expect(ms).toBeLessThan(500);
  });

  it('a comment-only file is empty', () => {
    expect(
      parseYamlFile('x.yaml', '# yaml-language-server: $schema=x\n\n  # nothing yet\n').problems.map(formatProblem),
    ).toEqual(['x.yaml:1:1  error  The file is empty; a data file holds one record  empty-file']);
  });
});

describe('__proto__ and constructor keys', () => {
  const clean = (): void => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(
      [
        '__defineGetter__',
        '__defineSetter__',
        '__lookupGetter__',
        '__lookupSetter__',
        '__proto__',
        'constructor',
        'hasOwnProperty',
        'isPrototypeOf',
        'propertyIsEnumerable',
        'toLocaleString',
        'toString',
        'valueOf',
      ].sort(),
    );
  };

  it('in data files are unknown keys and change no prototype', () => {
    for (const fixture of ['proto-key', 'constructor-key']) {
      const result = validateDirectory(`test/fixtures/data/${fixture}`);
      expect(result.problems.map((p) => p.rule)).toEqual(['unknown-key']);
    }
    clean();
  });

  it('are parsed as own keys of a plain object', () => {
    const parsed = parseYamlFile(
      'x.yaml',
      'id: x\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n',
    );
    const value = parsed.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['id', '__proto__', 'constructor']);
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
    clean();
  });

  it('in records passed in memory are unknown keys and change no prototype', () => {
    const record = JSON.parse(
      '{"id":"pain","names":{"en":["pain"],"nb":["smerte"]},"description":{"en":"Pain."},"__proto__":{"polluted":true}}',
    ) as unknown;
    const result = validateRecords({ indications: [record] });
    expect(result.problems).toEqual([
      {
        file: 'indications/pain',
        path: ['__proto__'],
        message:
          'Unknown key `__proto__` in an indication record; check the spelling against schemas/indications.schema.json',
        rule: 'unknown-key',
      },
    ]);
    clean();
  });
});
