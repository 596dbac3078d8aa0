/**
 * What a newcomer meets first, end to end with the built CLI: binary and empty inputs,
 * a data directory that is missing or empty, and usage errors that say what is wrong in
 * one line and where the help is in another.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'meso-newcomer-'));
  // The first bytes of an ELF executable and of a PNG image.
  writeFileSync(join(dir, 'program'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]));
  writeFileSync(
    join(dir, 'picture.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  );
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Mesoterapi er trygt p\xe5 huden.', 'latin1'));
  writeFileSync(join(dir, 'empty.md'), '');
  writeFileSync(join(dir, 'blank.txt'), '\n  \n');
  writeFileSync(join(dir, 'ad.md'), 'Mesotherapy is not FDA approved.\n');
  mkdirSync(join(dir, 'no-records'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('check: binary and empty input', () => {
  it('a binary file (ELF, PNG) is an error naming the file, exit 2, nothing on stdout', () => {
    for (const [file, offset] of [
      ['program', 7],
      ['picture.png', 8],
    ] as const) {
      expect(cli(['check', file], { cwd: dir })).toEqual({
        code: 2,
        stdout: '',
        stderr: `meso-evidence check: cannot read ${file}: a binary file, not text (a NUL byte at offset ${offset})\n`,
      });
    }
  });

  it('bytes that are not UTF-8 are an error, not guessed at', () => {
    expect(cli(['check', 'latin1.txt'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'meso-evidence check: cannot read latin1.txt: not UTF-8 text; save it as UTF-8\n',
    });
  });

  it('binary stdin is an error too', () => {
    const { code, stdout, stderr } = cli(['check', '-'], { input: '\u007fELF\u0002\u0001\u0001\u0000' });
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: 'meso-evidence check: cannot read <stdin>: a binary file, not text (a NUL byte at offset 7)\n',
    });
  });

  it('an empty file, a blank file and empty stdin are read, with a warning each', () => {
    const files = cli(['check', 'empty.md', 'blank.txt', 'ad.md'], { cwd: dir });
    expect(files.code).toBe(0);
    expect(files.stderr).toBe(
      'meso-evidence check: warning: empty.md is empty\nmeso-evidence check: warning: blank.txt is empty\n',
    );
    expect(files.stdout).toMatch(/^empty\.md: no claims found$/m);
    const stdin = cli(['check', '-', '--stdin-filename', 'article.md'], { input: '' });
    expect(stdin.code).toBe(0);
    expect(stdin.stderr).toBe('meso-evidence check: warning: article.md is empty\n');
  });
});

describe('validate: the data directory', () => {
  it('a missing directory is an error, exit 2, named as given', () => {
    const absolute = join(dir, 'nope');
    expect(cli(['validate', absolute])).toEqual({
      code: 2,
      stdout: '',
      stderr: `meso-evidence validate: ${absolute}: no such directory\n`,
    });
    expect(cli(['validate', 'ad.md'], { cwd: dir }).stderr).toBe('meso-evidence validate: ad.md: not a directory\n');
  });

  it('an empty directory is an error, exit 2', () => {
    expect(cli(['validate', 'no-records'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'meso-evidence validate: no-records: no records; a data directory holds <kind>/<id>.yaml files\n',
    });
  });

  it('problems in an absolutely named directory print with absolute paths', () => {
    const data = join(dir, 'data');
    mkdirSync(join(data, 'studies'), { recursive: true });
    writeFileSync(join(data, 'studies', 'notes.txt'), 'x');
    const { code, stdout } = cli(['validate', data]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `${data}/studies/notes.txt  error  Only <id>.yaml files belong in a data folder  unexpected-file\n`,
    );
  });
});

describe('usage errors: one line of error, one line pointing at --help', () => {
  it.each([
    [['chek', 'ad.md'], 'meso-evidence: unknown command `chek`; did you mean `check`?', 'meso-evidence'],
    [['valdate'], 'meso-evidence: unknown command `valdate`; did you mean `validate`?', 'meso-evidence'],
    [
      ['frobnicate'],
      'meso-evidence: unknown command `frobnicate`; use check, query, export, validate',
      'meso-evidence',
    ],
    [['--verbose'], 'meso-evidence: unknown option --verbose', 'meso-evidence'],
    [['check'], 'meso-evidence check: give at least one file, glob or `-`', 'meso-evidence check'],
    [['check', '--frmat', 'json', 'x.md'], "meso-evidence check: Unknown option '--frmat'", 'meso-evidence check'],
    [
      ['query', 'evidense', 'a', 'b'],
      'meso-evidence query: unknown query `evidense`; did you mean `evidence`?',
      'meso-evidence query',
    ],
    [['export', 'fihr'], 'meso-evidence export: unknown format `fihr`; did you mean `fhir`?', 'meso-evidence export'],
    [['validate', '--strict'], 'meso-evidence validate: unknown option --strict', 'meso-evidence validate'],
  ])('%j', (args, error, program) => {
    expect(cli(args)).toEqual({ code: 2, stdout: '', stderr: `${error}\nRun \`${program} --help\` for usage.\n` });
  });
});
