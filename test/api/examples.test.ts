/**
 * Runs every ```ts block under `@example` in src/**\/*.ts against the built package
 * (dist/), in one Node process. `meso-evidence` imports are mapped to whichever entry
 * point exports each name; relative imports to the built file next to the source.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve('.');
const ENTRIES: Record<string, string> = {
  'meso-evidence': 'dist/index.js',
  'meso-evidence/schema': 'dist/schema/index.js',
  'meso-evidence/node': 'dist/node/index.js',
  'meso-evidence/factcheck': 'dist/factcheck/index.js',
  'meso-evidence/html': 'dist/html/index.js',
  'meso-evidence/remark': 'dist/remark.js',
  'meso-evidence/export': 'dist/export/index.js',
};

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function examplesIn(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const body = comment[0]
      .split('\n')
      .map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ''))
      .join('\n');
    const at = body.indexOf('@example');
    if (at < 0) continue;
    for (const fence of body.slice(at).matchAll(/```ts\n([\s\S]*?)```/g)) {
      const line = text.slice(0, comment.index).split('\n').length;
      out.push({ file: relative(root, file), line, code: fence[1] ?? '' });
    }
  }
  return out;
}

const exportsOf: Record<string, Set<string>> = {};
let work = '';

beforeAll(async () => {
  if (!existsSync('dist/index.js'))
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { stdio: 'inherit' });
  for (const [spec, path] of Object.entries(ENTRIES)) {
    if (existsSync(path))
      exportsOf[spec] = new Set(
        Object.keys((await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>),
      );
  }
  // Inside the project, so examples' bare imports (unified, zod) resolve from its node_modules.
  mkdirSync('node_modules/.cache', { recursive: true });
  work = mkdtempSync(join(root, 'node_modules/.cache/meso-examples-'));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function rewrite(example: Example): string {
  const js = ts.transpileModule(example.code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  }).outputText;
  return js
    .replace(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"];?/g, (_all, names: string, spec: string) => {
      if (spec.startsWith('.')) {
        // dist/ holds one bundle per entry point, so an internal module's example imports its source (run through tsx).
        const target = resolve(dirname(example.file), spec.replace(/\.js$/, '.ts'));
        return `import {${names}} from ${JSON.stringify(pathToFileURL(target).href)};`;
      }
      if (!spec.startsWith('meso-evidence')) return _all;
      return names
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
        .map((n) => {
          const imported = n.split(/\s+as\s+/)[0] as string;
          const from = exportsOf[spec]?.has(imported)
            ? spec
            : Object.keys(exportsOf).find((s) => exportsOf[s]?.has(imported));
          if (!from) return `throw new Error(${JSON.stringify(`no entry point exports \`${imported}\``)});`;
          return `import { ${n} } from ${JSON.stringify(pathToFileURL(resolve(ENTRIES[from] as string)).href)};`;
        })
        .join('\n');
    })
    .replace(/from\s*['"](meso-evidence(?:\/[a-z]+)?)['"]/g, (all, spec: string) =>
      ENTRIES[spec] ? `from ${JSON.stringify(pathToFileURL(resolve(ENTRIES[spec])).href)}` : all,
    );
}

const examples = sourceFiles('src').flatMap(examplesIn);
const files = [...new Set(examples.map((e) => e.file))].sort();
let failures: string[] | undefined;

function runAll(): string[] {
  const modules = examples.map((example, i) => {
    const path = join(work, `example-${i}.mjs`);
    writeFileSync(path, `${rewrite(example)}\nexport {};\n`);
    return { path, where: `${example.file}:${example.line}` };
  });
  const runner = join(work, 'run.mjs');
  writeFileSync(
    runner,
    `const examples = ${JSON.stringify(modules)};
const failures = [];
const quiet = () => {};
console.log = console.error = console.warn = console.info = quiet;
for (const { path, where } of examples) {
  try { await import(\`file://\${path}\`); } catch (error) { failures.push(where + ': ' + (error && error.message || String(error)).split('\\n')[0]); }
}
process.stdout.write(JSON.stringify(failures));`,
  );
  return JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', runner], { cwd: root, encoding: 'utf8', timeout: 90_000 }),
  ) as string[];
}

describe('@example blocks run without throwing', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(50);
  });

  it.each(files)('%s', (file) => {
    failures ??= runAll();
    expect(failures.filter((f) => f.startsWith(`${file}:`))).toEqual([]);
  });
});
