/**
 * docs/security.md: "The library never evaluates input, never fetches anything over the
 * network, and writes files nowhere; the CLI writes only to standard output and standard
 * error." Checked on the source: none of the calls that would do so appears in src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const FORBIDDEN: [string, RegExp][] = [
  ['evaluates code', /\beval\s*\(|\bnew\s+Function\s*\(|node:vm\b|\bimport\s*\(\s*[^'"`\s]/],
  [
    'uses the network',
    /\bfetch\s*\(|node:(?:https?|http2|net|tls|dgram|dns)\b|XMLHttpRequest|WebSocket|\bEventSource\b/,
  ],
  [
    'writes files',
    /\b(?:writeFile|appendFile|createWriteStream|mkdir|rm|rmdir|unlink|rename|copyFile)(?:Sync)?\s*\(|\bwriteSync\b|\bopen(?:Sync)?\s*\([^)]*,\s*['"][wa]/,
  ],
  ['starts processes or threads', /node:child_process|node:worker_threads|from 'tinypool'|import\('tinypool'\)/],
];

/**
 * The places allowed to start threads, `check --jobs N`, and to write: `check --output FILE`
 * opens its file, and the CLI writes standard output and error by descriptor (Node's
 * `fs.writeSync`, passed to `descriptorOutput`, which takes descriptor 1 or 2 only).
 * docs/security.md says so. Each place is named with what makes it what it is.
 */
const ALLOWED: Readonly<Record<string, readonly (readonly [file: string, because: RegExp])[]>> = {
  'starts processes or threads': [[join('src', 'cli', 'check-pool.ts'), /import\('tinypool'\)/]],
  'writes files': [
    [join('src', 'cli', 'file-output.ts'), /\bopenSync\(resolve\(cwd, path\), 'w'\)/],
    [join('src', 'cli', 'main.ts'), /descriptorOutput\(1, writeSync, [^\n]*\n[^\n]*descriptorOutput\(2, writeSync, /],
    [join('src', 'cli', 'process-io.ts'), /export function descriptorOutput\(fd: 1 \| 2, /],
  ],
};

describe('what the library can do', () => {
  const files = sources('src');

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(FORBIDDEN)('no source %s', (what, pattern) => {
    const allowed = (ALLOWED[what] ?? []).map(([file]) => file);
    const found = files.filter((file) => !allowed.includes(file) && pattern.test(readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('the allowed places are real: check --jobs starts its threads there, check --output opens its file there, the CLI writes descriptors 1 and 2 there', () => {
    for (const places of Object.values(ALLOWED))
      for (const [file, because] of places) expect(readFileSync(file, 'utf8')).toMatch(because);
  });

  it('writes by file descriptor (descriptorOutput, fs.writeSync passed in) only to standard output and error', () => {
    const calls = files.flatMap((file) => [
      ...readFileSync(file, 'utf8').matchAll(/\bdescriptorOutput\(\s*([^,\s]+)\s*,/g),
    ]);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.map((call) => call[1]).filter((fd) => fd !== '1' && fd !== '2')).toEqual([]);
  });

  it('the check catches what it looks for', () => {
    for (const [, pattern] of FORBIDDEN) expect(pattern.test('')).toBe(false);
    expect(FORBIDDEN.map(([, p]) => p.test('const x = await fetch(url); writeFileSync(a, b); eval(s);'))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
