/**
 * Builds dist/: type declarations with tsc, and the JavaScript with esbuild as one
 * bundle per entry point with shared chunks — so `import('meso-evidence')` loads a few
 * files instead of two dozen (cold start), while every entry point still shares one copy
 * of each class. Dependencies stay external: they are the package's dependencies.
 *
 *   npm run build
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

/** The package's entry points (see package.json `exports` and `bin`). */
export const ENTRY_POINTS = [
  'src/index.ts',
  'src/factcheck/index.ts',
  'src/html/index.ts',
  'src/remark.ts',
  'src/schema/index.ts',
  'src/node/index.ts',
  'src/export/index.ts',
  'src/cli/main.ts',
  'src/cli/check-worker.ts',
];

rmSync('dist', { recursive: true, force: true });
execFileSync(
  process.execPath,
  ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--emitDeclarationOnly'],
  { stdio: 'inherit' },
);
await build({
  entryPoints: ENTRY_POINTS,
  outbase: 'src',
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});
