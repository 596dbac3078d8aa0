/**
 * The remark plugin with a real client: remark-cli loads `meso-evidence/remark` (the
 * built package, resolved by its own name from the project root) and reports through
 * vfile-reporter. `--frail` turns the plugin's warnings (overstated, contradicted) into
 * exit 1; supported and unverifiable claims are info and never fail a run. The
 * suppression comments are remark-message-control's, so they work as in remark-lint.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REMARK = resolve('node_modules/remark-cli/cli.js');
const AD = 'test/fixtures/remark-cli/ad.md';
const CAREFUL = 'test/fixtures/remark-cli/careful.md';

function remark(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    [REMARK, '--no-stdout', '--no-color', '--use', 'meso-evidence/remark', ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The report's message lines, white space squeezed: `line:col-line:col severity message rule source`. */
function messages(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => /^\d+:\d+/.test(line))
    .map((line) => line.replace(/\s+/g, ' ').trim());
}

describe('remark --use meso-evidence/remark', () => {
  it('reports the advert’s problem, honouring ignore and disable comments; exit 0 without --frail', () => {
    const { code, stdout, stderr } = remark(AD);
    expect(stdout).toBe('');
    expect(messages(stderr)).toEqual([
      '3:1-3:29 warning Overstated: the little evidence there is found no benefit of mesotherapy for localized fat (very low certainty). effective-for meso-evidence',
    ]);
    expect(code).toBe(0);
  });

  it('--frail exits 1 on an overstated or contradicted claim', () => {
    expect(remark('--frail', AD).code).toBe(1);
  });

  it('--frail exits 0 when every claim is supported: those are info messages', () => {
    const { code, stderr } = remark('--frail', CAREFUL);
    expect(messages(stderr)).toEqual([
      '3:1-3:33 info Supported: the FDA has not approved mesotherapy. fda-approved meso-evidence',
    ]);
    expect(code).toBe(0);
  });
});
