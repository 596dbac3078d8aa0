/**
 * The acceptance test of the package as published: pack it, install the tarball in a
 * fresh project, and use it from ESM, CommonJS and TypeScript.
 *
 * The install needs neither the network nor the npm cache (`npm ci` leaves no registry
 * metadata there, so `npm install --offline` fails on a fresh machine): the tarball is
 * unpacked into the project's node_modules, beside links to the production packages
 * this repository already installed — exactly the packages the lockfile does not mark
 * `dev`, hoisted as npm would hoist them. A dependency missing from package.json would
 * not be linked, and the imports below would fail.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve('.');
let work = '';
let app = '';
let packed: { path: string }[] = [];

/**
 * Runs a command; when it fails, the error says which command, its exit status and
 * everything it wrote to stderr (vitest alone shows only "Command failed").
 */
function run(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  } catch (error) {
    const { status, stderr, stdout } = error as { status?: number | null; stderr?: string; stdout?: string };
    throw new Error(
      `\`${[command, ...args].join(' ')}\` in ${cwd} failed (exit ${String(status)})\n--- stderr ---\n${stderr ?? ''}\n--- stdout ---\n${stdout ?? ''}`,
      { cause: error },
    );
  }
}

/** The production packages of the lockfile, by their top-level node_modules path. */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => /^node_modules\/(?:@[^/]+\/)?[^/]+$/.test(path) && entry.dev !== true)
    .map(([path]) => path.slice('node_modules/'.length));
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'meso-pack-'));
  const [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root)) as {
    filename: string;
    files: { path: string }[];
  }[];
  if (!pack) throw new Error('npm pack wrote no tarball');
  packed = pack.files;
  app = join(work, 'app');
  const installed = join(app, 'node_modules', 'meso-evidence');
  mkdirSync(installed, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
  run('tar', ['-xzf', join(work, pack.filename), '-C', installed, '--strip-components=1'], work);
  for (const name of productionPackages()) {
    const target = join(root, 'node_modules', name);
    if (!existsSync(target)) continue; // an optional package for another platform
    mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
    symlinkSync(target, join(app, 'node_modules', name), 'dir');
  }
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the tarball contents', () => {
  it('has the licence, the readme, the built code and the schemas, and no source or maps', () => {
    const paths = packed.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/index.js']));
    expect(paths.some((p) => p.startsWith('schemas/') && p.endsWith('.schema.json'))).toBe(true);
    expect(paths.filter((p) => p.endsWith('.map') || p.startsWith('src/') || p.startsWith('test/'))).toEqual([]);
  });

  it('says where the project lives', () => {
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules/meso-evidence/package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({
      license: 'MIT',
      repository: { type: 'git', url: expect.stringMatching(/^git\+https:\/\//) as unknown },
      homepage: expect.stringMatching(/^https:\/\//) as unknown,
      bugs: { url: expect.stringMatching(/^https:\/\//) as unknown },
    });
    expect(readFileSync(join(app, 'node_modules/meso-evidence/LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) \d{4} meso-evidence contributors\n/,
    );
  });

  it('runs its command', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(run(process.execPath, ['node_modules/meso-evidence/dist/cli/main.js', '--version'], app).trim()).toBe(
      version,
    );
  });
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
    // tsc over the package's declarations and zod's takes 30 s alone, over a minute on a busy machine.
  }, 180_000);
});
