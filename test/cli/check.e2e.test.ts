/**
 * `meso-evidence check`, end to end: the built CLI as a subprocess. Few, small
 * subprocesses, each asserting several things.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const CLEAN = 'Mesotherapy is not FDA approved.\n';
const PROBLEM = 'Mesotherapy removes cellulite.\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'meso-check-'));
  writeFileSync(join(dir, 'clean.md'), CLEAN);
  writeFileSync(join(dir, 'problem.txt'), PROBLEM);
  mkdirSync(join(dir, 'many'));
  for (let i = 0; i < 36; i++) {
    const name = `ad-${String(i).padStart(2, '0')}.${i % 3 === 0 ? 'txt' : 'md'}`;
    writeFileSync(join(dir, 'many', name), i % 4 === 0 ? `# Ad ${i}\n\n${PROBLEM}` : `# Ad ${i}\n\n${CLEAN}`);
  }
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface JsonFile {
  path: string;
  language: string;
  findings: {
    claim: { predicate: string; subject: string; object?: string; polarity: string };
    verdict: string;
    position: {
      start: { line: number; column: number; offset: number };
      end: { line: number; column: number; offset: number };
    };
    text: string;
    citations: string[];
    refersTo: string[];
    message: string;
    assessment: unknown;
  }[];
}

describe('check: formats and exit codes', () => {
  it('text: vfile-reporter style, with a summary; exit 1 on overstated or contradicted claims', () => {
    const { code, stdout, stderr } = cli(['check', 'examples/advert.md']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('examples/advert.md');
    const rows = lines.slice(1, -2);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows)
      expect(row).toMatch(
        /^ {2}\d+:\d+-\d+:\d+ +(supported|overstated|contradicted|unverifiable) +\S.* +meso-evidence:[a-z-]+$/,
      );
    expect(rows.some((r) => /contradicted .* meso-evidence:fda-approved$/.test(r))).toBe(true);
    expect(lines.at(-1)).toMatch(/^✖ 1 file, \d+ claims: \d+ contradicted, \d+ overstated, \d+ supported$/);
  });

  it('json: the contract shape, path as given, exit 0 when nothing is a problem', () => {
    const { code, stdout } = cli(['check', '--format', 'json', join(dir, 'clean.md')]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { files: JsonFile[] };
    expect(Object.keys(doc)).toEqual(['files']);
    expect(doc.files).toHaveLength(1);
    const [file] = doc.files;
    expect(file?.path).toBe(join(dir, 'clean.md'));
    expect(file?.language).toBe('en');
    const [finding] = file?.findings ?? [];
    expect(finding).toMatchObject({
      claim: { subject: 'mesotherapy', predicate: 'fda-approved', polarity: 'negate' },
      verdict: 'supported',
      position: { start: { line: 1, column: 1, offset: 0 } },
    });
    expect(Object.keys(finding ?? {})).toEqual(
      expect.arrayContaining([
        'claim',
        'verdict',
        'text',
        'position',
        'assessment',
        'citations',
        'refersTo',
        'message',
      ]),
    );
    expect(CLEAN.slice(finding?.position.start.offset, finding?.position.end.offset)).toBe(finding?.text);
  });

  it('claimreview: one schema.org ClaimReview per claim, appearance a file URL', () => {
    const { code, stdout } = cli(['check', '--format', 'claimreview', join(dir, 'problem.txt')]);
    expect(code).toBe(1);
    const reviews = JSON.parse(stdout) as Record<string, unknown>[];
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: 'Mesotherapy removes cellulite.',
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 3, worstRating: 1, alternateName: 'Overstated' },
      itemReviewed: {
        '@type': 'Claim',
        appearance: [{ '@type': 'CreativeWork', url: expect.stringMatching(/^file:\/\/.*problem\.txt$/) }],
      },
    });
    expect(reviews[0]?.url).toMatch(/problem\.txt#claim-1-1-effective-for-cellulite$/);
  });

  it('stdin (`-`) is reported as path "-"; --lang sets the language', () => {
    const { code, stdout } = cli(['check', '--format', 'json', '--lang', 'nb', '-'], {
      input: 'Mesoterapi er ikke godkjent av FDA.\n',
    });
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { files: JsonFile[] };
    expect(doc.files[0]).toMatchObject({ path: '-', language: 'nb' });
    expect(doc.files[0]?.findings[0]?.message).toMatch(/^Støttet: /);
  });

  it('a text in a language the engine does not read gets a notice in every format, and no findings', () => {
    const input =
      'Hvad er mesoterapi? Behandlingen fjerner fedt og cellulite uden bivirkninger, og man kan gå på arbejde bagefter.\n';
    const json = cli(['check', '--format', 'json', '-'], { input });
    expect(json.code).toBe(0);
    const file = (
      JSON.parse(json.stdout) as { files: (JsonFile & { notices: { language: string; message: string }[] })[] }
    ).files[0];
    expect(file).toMatchObject({ path: '-', language: 'da', findings: [] });
    expect(file?.notices.map((n) => n.language)).toEqual(['da']);
    const text = cli(['check', '-'], { input });
    expect(text.stdout).toMatch(/notice {2}This text is in Danish \(line 1\)/);
    const reviews = cli(['check', '--format', 'claimreview', '-'], { input });
    expect(JSON.parse(reviews.stdout)).toEqual([]);
    expect(reviews.stderr).toMatch(/<stdin>: This text is in Danish/);
  });

  it('a nynorsk clinic page full of bokmål’s vocabulary gets a notice in every format, and no findings (exit 0)', () => {
    const path = 'test/fixtures/articles-8/nn-klinikk-hud.md';
    const json = cli(['check', '--format', 'json', path]);
    expect(json.code).toBe(0);
    const file = (
      JSON.parse(json.stdout) as { files: (JsonFile & { notices: { language: string; message: string }[] })[] }
    ).files[0];
    expect(file).toMatchObject({ language: 'nn', findings: [] });
    expect(file?.notices.map((n) => n.language)).toEqual(['nn']);
    expect(cli(['check', path]).stdout).toMatch(/notice {2}This text is in Norwegian nynorsk \(line 1–9\)/);
    const reviews = cli(['check', '--format', 'claimreview', path]);
    expect(JSON.parse(reviews.stdout)).toEqual([]);
    expect(reviews.stderr).toMatch(/This text is in Norwegian nynorsk/);
  });

  it('--quiet shows only overstated and contradicted claims, and only files with them', () => {
    const { code, stdout } = cli([
      'check',
      '--quiet',
      '--format',
      'json',
      join(dir, 'clean.md'),
      'examples/annonse.md',
    ]);
    expect(code).toBe(1);
    const doc = JSON.parse(stdout) as { files: JsonFile[] };
    expect(doc.files.map((f) => f.path)).toEqual(['examples/annonse.md']);
    expect(doc.files[0]?.language).toBe('nb');
    const verdicts = new Set(doc.files[0]?.findings.map((f) => f.verdict));
    expect([...verdicts].sort()).toEqual(['contradicted', 'overstated']);
  });

  it('a glob over many files: sorted, .txt as text, progress only on request and only on stderr', () => {
    const json = cli(['check', '--format', 'json', '--progress', 'many/*.{md,txt}'], { cwd: dir });
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout) as { files: JsonFile[] };
    expect(doc.files).toHaveLength(36);
    expect(doc.files.map((f) => f.path)).toEqual([...doc.files.map((f) => f.path)].sort());
    expect(doc.files.filter((f) => f.findings.some((x) => x.verdict === 'overstated'))).toHaveLength(9);
    const progress = json.stderr.trimEnd().split('\n');
    expect(progress).toHaveLength(36);
    expect(progress[2]).toBe(`checking 3/36 ${doc.files[2]?.path}`);

    const text = cli(['check', '--quiet', 'many/**'], { cwd: dir });
    expect(text.code).toBe(1);
    expect(text.stderr).toBe(''); // stderr is not a terminal here: no progress
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 9 files, 9 claims: 9 overstated');
  });
});

describe('check: usage errors and unreadable inputs exit 2, naming the file', () => {
  it('usage errors', () => {
    const none = cli(['check']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/give at least one file/);
    const badFormat = cli(['check', '--format', 'xml', 'x.md']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/--format must be one of text, json, claimreview/);
    const noMatch = cli(['check', 'nowhere/*.md'], { cwd: dir });
    expect(noMatch.code).toBe(2);
    expect(noMatch.stderr).toMatch(/no files match `nowhere\/\*\.md`/);
  });

  it('a missing file, a directory, a path through a file, an unreadable file', () => {
    symlinkSync(join(dir, 'gone.md'), join(dir, 'broken-link.md'));
    writeFileSync(join(dir, 'locked.md'), CLEAN);
    chmodSync(join(dir, 'locked.md'), 0o000);
    // root reads a chmod-000 file anyway: then a dangling symlink is the unreadable case.
    const lockedIsReadable = (() => {
      try {
        readFileSync(join(dir, 'locked.md'));
        return true;
      } catch {
        return false;
      }
    })();
    const unreadable = lockedIsReadable ? 'broken-link.md' : 'locked.md';
    const { code, stdout, stderr } = cli(
      ['check', '--format', 'json', 'missing.md', 'many', 'clean.md/inner.md', unreadable, 'clean.md'],
      { cwd: dir },
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([
      'meso-evidence check: cannot read missing.md: no such file',
      'meso-evidence check: cannot read many: is a directory, not a file',
      'meso-evidence check: cannot read clean.md/inner.md: a part of the path is not a directory',
      `meso-evidence check: cannot read ${unreadable}: ${lockedIsReadable ? 'no such file' : 'permission denied'}`,
    ]);
  });
});
