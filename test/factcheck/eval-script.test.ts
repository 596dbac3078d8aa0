/**
 * `npm run eval -- DIR` as a user runs it: a missing folder is one plain line and exit 2,
 * and the development set kept in the repository scores.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function evaluate(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run eval', () => {
  it('a missing folder is a one-line error, exit 2, no stack', () => {
    expect(evaluate('test/fixtures/no-such-folder')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'eval: no such folder: test/fixtures/no-such-folder\n',
    });
  });

  it('a file is not a folder either', () => {
    expect(evaluate('package.json')).toEqual({ code: 2, stdout: '', stderr: 'eval: no such folder: package.json\n' });
  });

  it('scores the development set kept in the repository', () => {
    const { code, stdout, stderr } = evaluate('test/fixtures/eval-dev');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const golds = readdirSync('test/fixtures/eval-dev').filter((name) => name.endsWith('.gold.yaml'));
    expect(golds.length).toBeGreaterThan(0);
    expect(stdout.split('\n').filter((line) => /^(en|nb)-/.test(line))).toHaveLength(golds.length);
    expect(stdout).toMatch(/^total +\d\.\d\d +\d\.\d\d/m);
  });
});
