/**
 * Hostile streams and URLs at the command line: an endless stdin, a reader that goes away,
 * a full disk, URL schemes that must not reach a ClaimReview, control characters in names,
 * and JSON-LD that must be safe inside a script element. Exit 1 is reserved for findings;
 * none of these may produce it by crashing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'meso-streams-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const CLAIM = 'Mesotherapy is completely safe.\n';

function shell(command: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync('bash', ['-c', command], { encoding: 'utf8', env: { ...process.env, BIN } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('standard input and output', () => {
  it('an endless stdin ends in a clear error and exit 2, not a RangeError', () => {
    const run = shell('yes | node "$BIN" check -');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read -: it is larger than 64 MiB/);
    expect(run.stderr).not.toMatch(/RangeError|at .*\.js:\d+/);
  });

  it('a reader that stops early (EPIPE) is a normal end: no stack trace, the findings decide the code', () => {
    const file = join(dir, 'many.txt');
    writeFileSync(file, CLAIM.repeat(5000));
    const run = shell(`node "$BIN" check "${file}" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`);
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
    expect(run.stderr).toMatch(/status=1/);
  });

  it.runIf(existsSync('/dev/full'))('a failed write (a full disk) is reported and exits 2', () => {
    const file = join(dir, 'one.txt');
    writeFileSync(file, CLAIM);
    const run = shell(`node "$BIN" check "${file}" > /dev/full`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write the output: no space left on device/);
  });
});

describe('ClaimReview URLs and JSON-LD', () => {
  it.each(['javascript:alert(1)', 'data:text/html,x', 'mailto:a@example.com', 'nope'])(
    '--base-url %s is a usage error (exit 2)',
    (url) => {
      const run = cli(['check', '--format', 'claimreview', '--base-url', url, '-'], { input: CLAIM });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--base-url must be an absolute http:, https: or file: URL/);
    },
  );

  it('a stdin name that looks like a URL scheme stays a path under the base', () => {
    const run = cli(
      [
        'check',
        '--format',
        'claimreview',
        '--base-url',
        'https://example.org/site/',
        '--stdin-filename',
        'javascript:alert(1).txt',
        '-',
      ],
      { input: CLAIM },
    );
    expect(run.code).toBe(1);
    const [review] = JSON.parse(run.stdout) as { itemReviewed: { appearance: { url: string }[] } }[];
    expect(review?.itemReviewed.appearance[0]?.url).toBe('https://example.org/site/javascript:alert(1).txt');
  });

  it('ClaimReview output can be inlined in a script element: no raw <, > or &', () => {
    const run = cli(['check', '--format', 'claimreview', '-'], {
      input: 'Mesotherapy is completely safe </script><script>alert(1)</script> & painless.\n',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/[<>&]/);
    expect(JSON.stringify(JSON.parse(run.stdout))).toMatch(/<\/script>/);
  });
});

describe('control characters in what is printed', () => {
  it('an ANSI escape in a file name is shown escaped, not obeyed', () => {
    const file = join(dir, '\u001b[31mred.txt');
    writeFileSync(file, CLAIM);
    const run = cli(['check', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('\\u001b[31mred.txt');
  });
});

describe('control characters in validate output', () => {
  it('a file name with an ANSI escape is shown escaped', () => {
    const data = join(dir, 'data');
    const file = join(data, 'indications', '\u001b[2Jwipe.yaml');
    spawnSync('mkdir', ['-p', join(data, 'indications')]);
    writeFileSync(file, 'id: wipe\n');
    const run = cli(['validate', data]);
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).not.toContain('\u001b');
    expect(run.stdout + run.stderr).toContain('\\u001b[2Jwipe.yaml');
  });
});
