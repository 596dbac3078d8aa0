/**
 * Builds the browser playground into examples/playground/dist/: esbuild bundles
 * examples/playground/src/main.ts with meso-evidence from the local sources (the
 * playground's tsconfig maps `meso-evidence` to src/), for the browser only, so a
 * Node built-in anywhere in the graph fails the build. Copies index.html and
 * style.css beside it. Open dist/index.html through any static file server.
 *
 *   npm run playground:build
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = 'examples/playground';
/** Where the page is written. */
export const PLAYGROUND_DIST = join(root, 'dist');

/** Bundles the page; resolves with the bundle's size in bytes. */
export async function buildPlayground(outdir: string = PLAYGROUND_DIST): Promise<number> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
    outfile: join(outdir, 'main.js'),
    tsconfig: join(root, 'tsconfig.json'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    sourcemap: true,
    metafile: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'style.css']) copyFileSync(join(root, file), join(outdir, file));
  const output = result.metafile.outputs[join(outdir, 'main.js')];
  return output?.bytes ?? 0;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('build-playground.ts')) {
  const bytes = await buildPlayground();
  console.log(`built ${PLAYGROUND_DIST}/ (main.js ${(bytes / 1024).toFixed(0)} KiB)`);
}
