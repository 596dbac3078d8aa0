/**
 * vitest globalSetup: builds dist/ once when it is missing or older than any
 * source file, so the end-to-end tests run the built CLI (`npm test` builds first,
 * so there this does nothing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const bin = 'dist/cli/main.js';
  if (existsSync(bin) && statSync(bin).mtimeMs >= newestMtime('src')) return;
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { stdio: 'inherit' });
}
