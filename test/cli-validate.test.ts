/**
 * `meso-evidence validate [DIR]`: in process with an injected io, and as a real
 * subprocess (from source with tsx, and the built bin when dist/ exists).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';

const FIXTURES = 'test/fixtures/data';

async function run(argv: readonly string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('validate, in process', () => {
  it('exits 0 and says so on valid data', async () => {
    expect(await run(['validate', `${FIXTURES}/valid`])).toEqual({
      code: 0,
      out: [`✔ ${FIXTURES}/valid: 6 records, no problems`],
      err: [],
    });
  });

  it('exits 1 with one line per problem, then a count on stderr', async () => {
    const dir = `${FIXTURES}/several-defects`;
    expect(await run(['validate', dir])).toEqual({
      code: 1,
      out: [
        `${dir}/indications/localized-fat.yaml:7:1  error  Tabs are not allowed as indentation in YAML; indent with spaces  yaml-syntax`,
        `${dir}/indications/notes.txt  error  Only <id>.yaml files belong in a data folder  unexpected-file`,
        `${dir}/sources/example-page.yaml:2:1  error  \`title\` is required  missing-field`,
        `${dir}/sources/example-page.yaml:4:1  error  Unknown key \`titel\` in a source record; check the spelling against schemas/sources.schema.json  unknown-key`,
        `${dir}/sources/example-page.yaml:7:7  error  \`date\` is not a real calendar date; got "2015-02-30"  invalid-value`,
        `${dir}/studies/smith-2010.yaml:14:15  error  \`celulite\` is not a known indication; add data/indications/celulite.yaml or fix the id  unknown-reference`,
      ],
      err: ['\n✖ 6 problems'],
    });
  });

  it('warns about a review older than two years, and still exits 0', async () => {
    expect(await run(['validate', `${FIXTURES}/valid`, '--today', '2029-01-01'])).toEqual({
      code: 0,
      out: [
        `${FIXTURES}/valid/assessments/mesotherapy--cellulite.yaml:16:15  warning  Last reviewed on 2026-11-30, 2 years before 2029-01-01; search the literature again and update \`lastReviewed\`  stale-review`,
        `✔ ${FIXTURES}/valid: 6 records, no problems, 1 warning`,
      ],
      err: [],
    });
    expect((await run(['validate', `${FIXTURES}/valid`, '--today', '2028-11-30'])).out).toEqual([
      `✔ ${FIXTURES}/valid: 6 records, no problems`,
    ]);
  });

  it('exits 2 on a --today that is not a date', async () => {
    expect((await run(['validate', `${FIXTURES}/valid`, '--today', 'tomorrow'])).code).toBe(2);
  });

  it('exits 1 for a directory that does not exist', async () => {
    expect(await run(['validate', `${FIXTURES}/no-such-dir`])).toEqual({
      code: 1,
      out: [`${FIXTURES}/no-such-dir  error  Cannot read the data directory: it does not exist  unreadable`],
      err: ['\n✖ 1 problem'],
    });
  });

  it('exits 2 on a usage error', async () => {
    const result = await run(['validate', '--strict']);
    expect(result.code).toBe(2);
    expect(result.out).toEqual([]);
    expect(
      result.err[0]?.startsWith(
        'meso-evidence validate: unknown option --strict\n\nUsage: meso-evidence validate [DIR] [--today YYYY-MM-DD]',
      ),
    ).toBe(true);
    expect((await run(['validate', 'a', 'b'])).code).toBe(2);
  });

  it('validates the bundled data/ by default', async () => {
    const result = await run(['validate']);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out).toHaveLength(1);
    expect(result.out[0]).toMatch(/^✔ data: \d+ records, no problems$/);
  });
});

/** The same command as a user runs it. */
const BINARIES: [string, string[], boolean][] = [
  ['from source (tsx)', ['--import', 'tsx', 'src/cli/main.ts'], true],
  ['built (dist/cli/main.js)', ['dist/cli/main.js'], existsSync('dist/cli/main.js')],
];

describe.each(BINARIES)('validate as a subprocess, %s', (_, entry, present) => {
  const spawn = (args: string[]) =>
    spawnSync(process.execPath, [...entry, ...args], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1' },
    });

  it.skipIf(!present)('exits 1 and prints the formatted problem on stdout', () => {
    const result = spawn(['validate', `${FIXTURES}/invalid-pmid`]);
    expect(result.stdout).toBe(
      `${FIXTURES}/invalid-pmid/studies/smith-2010.yaml:10:9  error  \`citation.pmid\` must be a PubMed id: digits only, like "18349597"; got "PMID 12345678"  invalid-value\n`,
    );
    expect(result.stderr).toBe('\n✖ 1 problem\n');
    expect(result.status).toBe(1);
  });

  it.skipIf(!present)('exits 0 on valid data', () => {
    const result = spawn(['validate', `${FIXTURES}/valid`]);
    expect(result.stdout).toBe(`✔ ${FIXTURES}/valid: 6 records, no problems\n`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
