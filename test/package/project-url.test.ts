/**
 * One home for the project's address: PROJECT_URL in src/project.ts (a placeholder
 * until the repository is public). Everything that names the project's address is
 * derived from it or held to it here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_URL, SECURITY_CONTACT_URL } from '../../src/project.js';
import { RULES_URL } from '../../src/remark.js';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  repository?: { type?: string; url?: string };
  homepage?: string;
  bugs?: { url?: string };
};

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the project address', () => {
  it('package.json repository, homepage and bugs are PROJECT_URL', () => {
    expect(manifest.repository).toEqual({ type: 'git', url: `git+${PROJECT_URL}.git` });
    expect(manifest.homepage).toBe(`${PROJECT_URL}#readme`);
    expect(manifest.bugs).toEqual({ url: `${PROJECT_URL}/issues` });
  });

  it('RULES_URL, the schema $ids and the security contact derive from it', () => {
    expect(RULES_URL).toBe(`${PROJECT_URL}/blob/main/docs/rules.md`);
    for (const file of files('schemas', /\.schema\.json$/)) {
      const { $id } = JSON.parse(readFileSync(file, 'utf8')) as { $id: string };
      expect($id, file).toBe(`${PROJECT_URL}/raw/main/${file.replaceAll('\\', '/')}`);
    }
    expect(readFileSync('docs/security.md', 'utf8')).toContain(`<${SECURITY_CONTACT_URL}>`);
  });

  it('is written nowhere else in the source, scripts or docs', () => {
    const host = new URL(PROJECT_URL).host;
    const others = [
      ...files('src', /\.ts$/).filter((f) => !f.endsWith('project.ts') && !f.includes('generated')),
      ...files('scripts', /\.ts$/),
      ...files('docs', /\.md$/).filter((f) => !f.includes('/api/')),
    ].filter((file) => {
      // Generated regions of the docs (npm run docs:generate) are written from PROJECT_URL.
      const text = readFileSync(file, 'utf8').replace(
        /<!-- generated:([\w-]+)[^>]*-->[\s\S]*?<!-- \/generated:\1 -->/g,
        '',
      );
      return /https:\/\/meso-evidence\.|security@/.test(text) || text.includes(`${host}/meso-evidence`);
    });
    expect(others).toEqual([]);
  });
});
