/**
 * `check` reads each file when the check is ready for it, not all before the first is
 * checked (issue 15: memory bounded by the pool, not the corpus): a file changed while the
 * files before it are being written is checked as it is then; one removed meanwhile is
 * named on stderr and left out (exit 2), the others still written.
 */
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check-command.js';

const dir = mkdtempSync(join(tmpdir(), 'meso-lazy-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: readonly string[], onFirstLine: () => void) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(args, {
    out: (line) => {
      if (out.length === 0) onFirstLine();
      out.push(line);
    },
    err: (line) => err.push(line),
    cwd: dir,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('check reads files as it checks them', () => {
  it('reads the second file only after the first is written', async () => {
    writeFileSync(join(dir, 'a.md'), 'Mesotherapy is not FDA-approved.\n');
    writeFileSync(join(dir, 'b.md'), 'Nothing about any treatment here.\n');
    const result = await run(['a.md', 'b.md'], () => {
      writeFileSync(join(dir, 'b.md'), 'Mesotherapy is FDA-approved.\n');
    });
    expect(result.out).toMatch(/^b\.md\n.*contradicted/m);
    expect(result.code).toBe(1);
  });

  it('names a file removed before it is read, and writes the others', async () => {
    writeFileSync(join(dir, 'c.md'), 'Mesotherapy is not FDA-approved.\n');
    writeFileSync(join(dir, 'd.md'), 'Mesotherapy is not FDA-approved.\n');
    writeFileSync(join(dir, 'e.md'), 'Mesotherapy is not FDA-approved.\n');
    const result = await run(['c.md', 'd.md', 'e.md'], () => {
      unlinkSync(join(dir, 'd.md'));
    });
    expect(result.err).toBe('meso-evidence check: cannot read d.md: no such file');
    expect(result.out).toMatch(/^c\.md$/m);
    expect(result.out).toMatch(/^e\.md$/m);
    expect(result.out).not.toMatch(/^d\.md$/m);
    expect(result.code).toBe(2);
  });
});
