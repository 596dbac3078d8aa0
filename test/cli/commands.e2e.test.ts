/**
 * `--help`, `--version`, `query` and `export`, end to end: the built CLI as a subprocess.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('help and version', () => {
  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help for the program and for each command, on stdout, exit 0', () => {
    for (const args of [
      ['--help'],
      ['check', '--help'],
      ['query', '--help'],
      ['export', '--help'],
      ['validate', '--help'],
    ]) {
      const { code, stdout, stderr } = cli(args);
      expect(code, args.join(' ')).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(
        args.length === 1 ? /^Usage: meso-evidence <command>/ : new RegExp(`^Usage: meso-evidence ${args[0]}`),
      );
    }
  });

  it('an unknown command is a usage error', () => {
    const { code, stderr } = cli(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown command `frobnicate`/);
  });
});

describe('query', () => {
  it('labels are in the language asked for (issue 14 item 9: "Studies:" stayed English under --lang nb)', () => {
    const nb = cli(['query', 'evidence', 'deoxycholic-acid', 'submental-fat', '--lang', 'nb']);
    expect(nb.code).toBe(0);
    expect(nb.stdout).toMatch(/^Studier:$/m);
    expect(nb.stdout).toMatch(/^ {2}sikkerhet {2}moderate/m);
    expect(nb.stdout).not.toMatch(/^Studies:$/m);
    const en = cli(['query', 'evidence', 'deoxycholic-acid', 'submental-fat']);
    expect(en.stdout).toMatch(/^Studies:$/m);
    const study = cli(['query', 'study', 'amin-2006', '--lang', 'nb']);
    expect(study.stdout).toMatch(/^Utfall:$/m);
    expect(study.stdout).not.toMatch(/^Outcomes:$/m);
  });

  it('evidence --json prints the assessment match; names work as ids', () => {
    const { code, stdout } = cli(['query', 'evidence', 'mesoterapi', 'cellulitter', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      assessment: { id: 'mesotherapy--cellulite', direction: 'insufficient', certainty: 'very-low' },
      chain: ['cellulite'],
    });
  });

  it('an unknown id exits 2 and suggests close matches', () => {
    const { code, stdout, stderr } = cli(['query', 'study', 'parkk-2008']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unknown study `parkk-2008`; did you mean park-2008/);
  });

  it('regulatory --authority filters, as readable text', () => {
    const { code, stdout } = cli(['query', 'regulatory', 'deoxycholic-acid', '--authority', 'FDA']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^FDA \(US\) {2}approved for submental fat/m);
  });
});

describe('export', () => {
  it('fhir prints a Bundle with the Evidence and the Citations of its studies', () => {
    const { code, stdout } = cli(['export', 'fhir', 'mesotherapy--cellulite']);
    expect(code).toBe(0);
    const bundle = JSON.parse(stdout) as {
      resourceType: string;
      entry: { resource: { resourceType: string; id: string } }[];
    };
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry.map((e) => `${e.resource.resourceType}/${e.resource.id}`)).toEqual([
      'Evidence/mesotherapy--cellulite',
      'Citation/rotunda-2005',
      'Citation/atiyeh-2008',
      'Citation/kaufman-janette-2021',
    ]);
  });

  it('csl prints CSL-JSON; claimreview exits 0 whatever the verdicts', () => {
    const csl = cli(['export', 'csl', 'park-2008']);
    expect(csl.code).toBe(0);
    expect(JSON.parse(csl.stdout)).toMatchObject([{ id: 'park-2008', type: 'article-journal', PMID: '18349597' }]);
    const reviews = cli(['export', 'claimreview', '--base-url', 'https://clinic.example/', 'examples/advert.md']);
    expect(reviews.code).toBe(0);
    const parsed = JSON.parse(reviews.stdout) as { url: string; itemReviewed: { appearance: { url: string }[] } }[];
    expect(parsed[0]?.itemReviewed.appearance[0]?.url).toBe('https://clinic.example/examples/advert.md');
    expect(parsed[0]?.url).toMatch(/^https:\/\/clinic\.example\/examples\/advert\.md#claim-\d+-\d+-/);
  });
});
