/**
 * The command on many pages, in processes of their own: wall time and peak RSS of
 * `meso-evidence check` over a folder of saved pages or a WARC.gz, written from the
 * synthetic crawl (scripts/lib/synthetic-warc.ts: the fixture articles as clinic pages).
 * Peak RSS is the whole process's (its worker threads included), read from
 * `process.resourceUsage().maxRSS` as the process exits.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { syntheticWarc, syntheticWarcMembers } from '../../scripts/lib/synthetic-warc.js';
import { distPath, ROOT } from './dist.js';

/** A run of the command. */
export interface CliRun {
  /** Wall time, ms. */
  readonly ms: number;
  /** Peak RSS of the process, MiB. */
  readonly peakMiB: number;
  /** CPU time of the process (user and system, all its threads), ms. */
  readonly cpuMs: number;
  /** CPU time of its main thread, ms (undefined where /proc is not there to tell). */
  readonly mainCpuMs: number | undefined;
  /** Bytes written on stdout. */
  readonly outputBytes: number;
  /** The exit code. */
  readonly code: number | null;
}

/** A scratch folder with `pages` saved pages (`site/NNNNN.html`) and the same pages as `crawl.warc.gz`. */
export function writeCrawl(pages: number): { dir: string; files: string[]; warc: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'meso-bench-crawl-'));
  const warc = syntheticWarc({ pages, root: ROOT });
  mkdirSync(join(dir, 'site'));
  const files: string[] = [];
  warc.pages.forEach(({ html }, index) => {
    const file = join('site', `${index.toString().padStart(5, '0')}.html`);
    writeFileSync(join(dir, file), html);
    files.push(file);
  });
  writeFileSync(join(dir, 'crawl.warc.gz'), warc.bytes);
  return {
    dir,
    files,
    warc: 'crawl.warc.gz',
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A scratch folder with one large `crawl.warc.gz`: `pages` pages, each with an image of
 * `imageKiB` KiB of incompressible bytes (scripts/make-warc.ts `--image-kib`), written
 * record by record. 10,000 pages with 100 KiB images make about 1 GB.
 */
export function writeLargeWarc(
  pages: number,
  imageKiB: number,
): { dir: string; warc: string; bytes: number; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'meso-bench-large-'));
  const fd = openSync(join(dir, 'crawl.warc.gz'), 'w');
  let bytes = 0;
  try {
    for (const { bytes: member } of syntheticWarcMembers({ pages, imageBytes: imageKiB * 1024, root: ROOT })) {
      for (let at = 0; at < member.length;) at += writeSync(fd, member, at);
      bytes += member.length;
    }
  } finally {
    closeSync(fd);
  }
  return {
    dir,
    warc: 'crawl.warc.gz',
    bytes,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Written to stderr as the process exits: its peak RSS (KiB), its CPU time (µs, every
 * thread, those ended included) and its main thread's CPU time (clock ticks of
 * /proc/self/task/PID/stat on Linux, -1 elsewhere).
 */
const PRELOAD = `process.on('exit', () => {
  const u = process.resourceUsage();
  let main = -1;
  try {
    const stat = require('node:fs').readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    main = Number(fields[11]) + Number(fields[12]);
  } catch {}
  process.stderr.write('\\nmeso-bench-maxrss ' + u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime) + ' ' + main + '\\n');
});
`;

/** Clock ticks a second, as /proc counts CPU time (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** Runs `meso-evidence check ARGS` in `cwd`, output to a file (not held by the bench). */
export function runCheck(cwd: string, args: readonly string[]): CliRun {
  const preload = join(cwd, 'preload.cjs');
  writeFileSync(preload, PRELOAD);
  const out = join(cwd, 'out.txt');
  const start = performance.now();
  const result = spawnSync(
    'sh',
    [
      '-c',
      `"$0" --require "$1" "$2" check "$@" > "${out}"`,
      process.execPath,
      preload,
      distPath('cli/main.js'),
      ...args,
    ],
    { cwd, encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const ms = performance.now() - start;
  const rss = /meso-bench-maxrss (\d+) (\d+) (-?\d+)/.exec(result.stderr);
  if (!rss || (result.status !== 0 && result.status !== 1 && result.status !== 2))
    throw new Error(`check ${args.join(' ')} failed (exit ${String(result.status)}): ${result.stderr.slice(-2000)}`);
  const size = spawnSync('wc', ['-c', out], { encoding: 'utf8' }).stdout;
  // A run that wrote nothing did not check the pages: no figure from it.
  if (Number.parseInt(size, 10) === 0)
    throw new Error(
      `check ${args.join(' ')} wrote nothing (exit ${String(result.status)}): ${result.stderr.slice(-2000)}`,
    );
  return {
    ms,
    peakMiB: Number(rss[1]) / 1024,
    cpuMs: Number(rss[2]) / 1000,
    mainCpuMs: Number(rss[3]) < 0 ? undefined : (Number(rss[3]) * 1000) / TICKS_PER_SECOND,
    outputBytes: Number.parseInt(size, 10),
    code: result.status,
  };
}

/** The CPU time a fresh thread spends a page, from its first page on. */
export interface WarmUp {
  /** CPU ms of each page, in order. */
  readonly pageCpuMs: readonly number[];
}

/**
 * Checks the pages one after another in a fresh process, with the function a worker thread
 * runs (dist/cli/check-worker.js), and records the CPU time of each: how much more the first
 * pages cost a thread than later ones (its code is not yet compiled by the JIT, its word
 * caches are empty), a cost every thread of `--jobs N` pays on its own.
 */
export function warmUp(cwd: string, files: readonly string[]): WarmUp {
  const script = `
import { readFileSync } from 'node:fs';
const { checkTask } = await import(${JSON.stringify(pathToFileURL(distPath('cli/check-worker.js')).href)});
const files = JSON.parse(readFileSync(0, 'utf8'));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const times = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const start = cpu();
  await checkTask({ text, format: 'html', language: undefined });
  times.push(cpu() - start);
}
process.stdout.write(JSON.stringify(times));
`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd,
    input: JSON.stringify(files),
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(`warm-up run failed: ${result.stderr.slice(-2000)}`);
  return { pageCpuMs: JSON.parse(result.stdout) as number[] };
}
