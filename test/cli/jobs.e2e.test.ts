import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const INPUTS = [
  'test/fixtures/articles-8/*.{md,txt}',
  'test/fixtures/html/*.html',
  'examples/advert.md',
  'examples/annonse.md',
];

describe('check --jobs', () => {
  it.each(['json', 'text', 'sarif'])(
    'gives byte for byte the output of one thread (%s)',
    (format) => {
      const one = cli(['check', '--format', format, '--jobs', '1', ...INPUTS]);
      const two = cli(['check', '--format', format, '--jobs', '2', ...INPUTS]);
      expect(one.code).toBe(1);
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(two).toEqual(one);
    },
    120_000,
  );

  it('reports an unreadable page from a worker as from one thread, and goes on with the next', () => {
    const deep = `${'<div>'.repeat(20_000)}x`;
    const alone = cli(['check', 'examples/advert.md']);
    for (const jobs of ['1', '2']) {
      const run = cli(['check', '--jobs', jobs, '--input', 'html', '-', 'examples/advert.md'], { input: deep });
      expect(run.code).toBe(2);
      // The unreadable page is left out; the output is that of the pages that could be read.
      expect(run.stdout).toBe(alone.stdout);
      expect(run.stderr).toBe('meso-evidence check: cannot read <stdin>: its elements are nested too deeply to read\n');
    }
  }, 60_000);

  it('refuses a --jobs that is not a whole number from 1 to 64', () => {
    expect(cli(['check', '--jobs', '-1', 'examples/advert.md']).code).toBe(2);
    for (const bad of ['0', '1.5', 'many', '65']) {
      const run = cli(['check', '--jobs', bad, 'examples/advert.md']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--jobs must be a whole number from 1 to 64');
    }
  });
});
