/**
 * The acceptance test of the package as published: pack it, install the tarball in
 * a fresh project (offline, from the npm cache), and use it from ESM, CommonJS and
 * TypeScript.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve('.');
let work = '';
let app = '';

function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'meso-pack-'));
  run('npm', ['pack', '--silent', '--pack-destination', work], root);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  app = join(work, 'app');
  run('mkdir', [app], work);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', join(work, tarball)], app);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('imports from ESM', () => {
    const out = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { knowledgeBase } from 'meso-evidence';
const j = knowledgeBase.judge({ subject: 'mesotherapy', predicate: 'effective-for', object: 'cellulite', polarity: 'affirm' });
const s = await import('meso-evidence/schema');
console.log(JSON.stringify({ verdict: j.verdict, study: knowledgeBase.study('park-2008')?.citation.year, create: typeof s.createKnowledgeBase }));`,
      ],
      app,
    );
    expect(JSON.parse(out)).toEqual({ verdict: 'overstated', study: 2008, create: 'function' });
  });

  it('requires from CommonJS', () => {
    const out = run(
      process.execPath,
      [
        '-e',
        `const { knowledgeBase } = require('meso-evidence');
console.log(knowledgeBase.search('kybella')[0].id);`,
      ],
      app,
    );
    expect(out.trim()).toBe('deoxycholic-acid');
  });

  it('type-checks a TypeScript consumer', () => {
    writeFileSync(
      join(app, 'consumer.mts'),
      `import { knowledgeBase, type Judgement, type Verdict, type Study } from 'meso-evidence';
import { createKnowledgeBase } from 'meso-evidence/schema';
const j: Judgement = knowledgeBase.judge({ subject: 'mesotherapy', predicate: 'safe', polarity: 'affirm' });
const v: Verdict = j.verdict;
const s: Study | undefined = knowledgeBase.study('park-2008');
const year: number | undefined = s?.citation.year;
const kb = createKnowledgeBase({});
// @ts-expect-error: not a predicate
knowledgeBase.judge({ subject: 'mesotherapy', predicate: 'cures', polarity: 'affirm' });
export { v, year, kb };
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          strict: true,
          noEmit: true,
          types: [],
          lib: ['es2023', 'dom'],
        },
        files: ['consumer.mts'],
      }),
    );
    const output = (() => {
      try {
        return run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
      } catch (error) {
        return String((error as { stdout?: string }).stdout ?? error);
      }
    })();
    expect(output).toBe('');
  });
});
