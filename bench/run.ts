/**
 * `npm run bench`: the performance figures of issue 7, each as a ratio measured in
 * this run against a baseline measured alongside it, with the budget it must meet.
 * Measures the built dist/ (the script builds first).
 *
 * Usage: `npm run bench [-- 1 3 7]` to run only some figures; `npm run bench -- 10d` runs
 * figure 10d (a 1 GB WARC in the temporary directory), which a plain run leaves out.
 */
import { rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  bundleSize,
  CODE_BUDGET_KB,
  DATA_BUDGET_KB,
  FACTCHECK_ENTRY,
  QUERY_ENTRY,
  VOCABULARY_BUDGET_KB,
} from './lib/bundle.js';
import { runCheck, warmUp, writeCrawl, writeLargeWarc } from './lib/cli-scale.js';
import { coldStart } from './lib/cold.js';
import { markdownCorpus, singleParagraph } from './lib/corpus.js';
import { factcheck, main, node, ROOT, schema } from './lib/dist.js';
import { peakMemory } from './lib/memory.js';
import { writeResults, type Figure } from './lib/results.js';
import { MARKDOWN_CHUNK, markdownChunks } from '../src/factcheck/markdown-chunks.js';
import { syntheticDataDirectory, syntheticRecords } from './lib/synthetic.js';
import { keep, median, ratio, ratioPerCall, time, type Ratio } from './lib/timing.js';

const MB = 1_000_000;
const args = process.argv.slice(2);
const only = new Set(args.map(Number).filter((n) => n > 0));
const wanted = (figure: number): boolean => args.length === 0 || only.has(figure);
/** Figure 10d (a 1 GB WARC: a few minutes, 1 GB of scratch disk) runs only when asked for: `npm run bench -- 10d`. */
const largeWarc = args.includes('10d');
let failures = 0;

const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const mb = (chars: number): string => `${(chars / MB).toFixed(2)} MB`;

const runOf = (): string =>
  `${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${availableParallelism()} cores, load ${loadavg()[0]?.toFixed(1)}`;

/**
 * Prints a figure and records it for bench/results.json. `label` is the console's short
 * name; `doc` the docs' longer one (the label when left out).
 */
function report(
  id: string,
  label: string,
  value: number,
  budget: number | undefined,
  detail: string,
  extra: { doc?: string; unit?: string } = {},
): void {
  const verdict = budget === undefined ? '' : value <= budget ? `  ≤ ${budget} pass` : `  > ${budget} FAIL`;
  if (budget !== undefined && value > budget) failures++;
  console.log(`  ${label.padEnd(38)} ${value.toFixed(2).padStart(6)}${verdict.padEnd(12)}  ${detail}`);
  // Figure 7 (bundles) is written into the docs by `npm run docs:generate` itself.
  if (id === '') return;
  const figure: Figure = {
    id,
    label: extra.doc ?? label,
    value: Number(value.toFixed(3)),
    ...(extra.unit === undefined ? {} : { unit: extra.unit }),
    ...(budget === undefined ? {} : { budget }),
    detail,
    run: runOf(),
  };
  // Written as each figure is measured, so a run cut short keeps what it measured.
  writeResults(ROOT, [figure]);
}

const ratioDetail = (r: Ratio, measured: string, baseline: string, unit: (v: number) => string = ms): string =>
  `${measured} ${unit(r.measured)} ÷ ${baseline} ${unit(r.baseline)}`;

console.log(
  `meso-evidence benchmarks — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${availableParallelism()} cores, ${process.platform}/${process.arch}`,
);

const { factCheck } = await factcheck();
const { knowledgeBase } = await main();

if (wanted(1)) {
  console.log('\n1. Fact-check throughput (Markdown, English and Norwegian mixed)');
  const corpus = markdownCorpus(1.1 * MB);
  // The pieces factCheck parses (src/factcheck/markdown-chunks.ts), cut once, outside the timing.
  const pieces = markdownChunks(corpus, MARKDOWN_CHUNK).map(([start, end]) => corpus.slice(start, end));
  const parsePieces = (): unknown => pieces.map((piece) => unified().use(remarkParse).parse(piece));
  const parseWhole = (): unknown => unified().use(remarkParse).parse(corpus);
  const check = (): unknown => factCheck(corpus);
  const r = ratio(check, parsePieces, 7);
  const whole = ratio(check, parseWhole, 5);
  const findings = factCheck(corpus).findings.length;
  report(
    '1a',
    'factCheck ÷ remark-parse, same pieces',
    r.ratio,
    1.15,
    `${ratioDetail(r, 'factCheck', 'remark-parse')}, ${mb(corpus.length)} in ${pieces.length} pieces of ≈${MARKDOWN_CHUNK / 1024} KB, ${findings} findings, ${(corpus.length / MB / (r.measured / 1000)).toFixed(2)} MB/s`,
    {
      doc: `\`factCheck\` ÷ remark-parse on the same pieces (the parse the engine does), ${mb(corpus.length)} Markdown (en + nb)`,
    },
  );
  report(
    '1b',
    'factCheck ÷ remark-parse, whole document',
    whole.ratio,
    undefined,
    ratioDetail(whole, 'factCheck', 'remark-parse'),
    { doc: '`factCheck` ÷ remark-parse on the whole document at once (super-linear: see figure 5)' },
  );
}

if (wanted(2)) {
  console.log('\n2. Cold start (whole process, median of 21 runs each, interleaved)');
  const cold = coldStart(21);
  const query = await bundleSize(QUERY_ENTRY);
  report(
    '2a',
    "import('meso-evidence') ÷ bare node",
    cold.library / cold.bare,
    1.3,
    `${ms(cold.library)} ÷ ${ms(cold.bare)}; an empty ES module script takes ${ms(cold.esm)}; the query entry is ${query.inputs.length - 1} modules`,
    { doc: '`import(\'meso-evidence\')` ÷ bare `node -e ""`, whole process, median of 21 interleaved' },
  );
  report(
    '2b',
    'first factCheck result ÷ bare node',
    cold.first / cold.bare,
    1.6,
    `${ms(cold.first)} ÷ ${ms(cold.bare)}`,
    { doc: 'import `meso-evidence/factcheck` and fact-check one sentence ÷ bare `node -e ""`, whole process' },
  );
  report(
    '2c',
    'CLI check of a small file ÷ bare node',
    cold.cli / cold.bare,
    1.8,
    `${ms(cold.cli)} ÷ ${ms(cold.bare)}`,
    {
      doc: '`meso-evidence check small.md` (5 lines) ÷ bare `node -e ""`, whole process',
    },
  );
}

if (wanted(3)) {
  console.log('\n3. Queries (ns per call, median of 9 interleaved loops)');
  const studies = knowledgeBase.dataset.studies;
  const ids = studies.map((s) => s.id);
  const byId = new Map(studies.map((s) => [s.id, s]));
  const n = ids.length;
  const N = 1_000_000;
  const ns = (v: number): string => `${v.toFixed(1)} ns`;
  const lookup = ratioPerCall(
    (i) => knowledgeBase.study(ids[i % n] as string),
    (i) => byId.get(ids[i % n] as string),
    N,
  );
  report('3a', 'study(id) ÷ Map.get', lookup.ratio, 3, ratioDetail(lookup, 'study', 'Map.get', ns), {
    doc: '`knowledgeBase.study(id)` ÷ `Map.get`',
  });
  const pairs = knowledgeBase.dataset.assessments.map((a) => [a.subject, a.indication] as const);
  const assessments = new Map(knowledgeBase.dataset.assessments.map((a) => [`${a.subject}--${a.indication}`, a]));
  const keys = pairs.map(([s, i]) => `${s}--${i}`);
  const m = pairs.length;
  const assess = ratioPerCall(
    (i) => knowledgeBase.assessment(pairs[i % m]![0], pairs[i % m]![1]),
    (i) => assessments.get(keys[i % m] as string),
    N,
  );
  report(
    '3b',
    'assessment(subject, indication) ÷ Map.get',
    assess.ratio,
    3,
    ratioDetail(assess, 'assessment', 'Map.get', ns),
    { doc: '`knowledgeBase.assessment(subject, indication)` ÷ `Map.get`' },
  );
  const interventions = [...new Set(studies.flatMap((s) => s.interventions))];
  const k = interventions.length;
  const listing = ratioPerCall(
    (i) => knowledgeBase.findStudies({ intervention: interventions[i % k] as string, yearFrom: 2005 }),
    (i) => {
      const id = interventions[i % k] as string;
      return studies.filter((s) => s.interventions.includes(id) && s.citation.year >= 2005);
    },
    N / 10,
  );
  report(
    '3c',
    'findStudies(filter) ÷ array filter',
    listing.ratio,
    3,
    ratioDetail(listing, 'findStudies', 'filter', ns),
    {
      doc: '`findStudies({ intervention, yearFrom })` ÷ hand-written `filter`',
    },
  );
}

if (wanted(4)) {
  console.log('\n4. Lexicon scaling (knowledge base 100× the real one)');
  const { createKnowledgeBase } = await schema();
  const records = syntheticRecords(knowledgeBase.dataset, 100);
  const big = createKnowledgeBase(records);
  const names = (kb: typeof knowledgeBase): number =>
    [...kb.dataset.interventions, ...kb.dataset.indications].reduce(
      (sum, r) => sum + r.names.en.length + r.names.nb.length,
      0,
    );
  for (const format of ['text', 'markdown'] as const) {
    const input = markdownCorpus(0.5 * MB, 3);
    const build =
      time(() => factCheck('x', { format, knowledgeBase: big, language: 'en' })) +
      time(() => factCheck('x', { format, knowledgeBase: big, language: 'nb' }));
    const r = ratio(
      () => factCheck(input, { format, knowledgeBase: big }),
      () => factCheck(input, { format }),
      5,
    );
    report(
      format === 'text' ? '4a' : '4b',
      `100× ÷ real knowledge base (${format})`,
      r.ratio,
      1.3,
      `${ratioDetail(r, '100×', 'real')}, ${mb(input.length)}; ${names(big)} vs ${names(knowledgeBase)} names${format === 'text' ? `; first use builds its lexicons in ${ms(build)}` : ''}`,
      { doc: `\`factCheck\` with a knowledge base 100× the real one ÷ the real one, ${format}` },
    );
  }
}

if (wanted(5)) {
  console.log('\n5. Input scaling (16 MiB ÷ 1 MiB; median of 3 interleaved runs each)');
  const MiB = 1024 * 1024;
  const cases = [
    {
      id: '5a',
      label: 'Markdown, many paragraphs',
      make: (size: number) => markdownCorpus(size, 5),
      format: 'markdown' as const,
    },
    {
      id: '5b',
      label: 'text, one paragraph on one line',
      make: (size: number) => singleParagraph(size, 6),
      format: 'text' as const,
    },
    {
      id: '5c',
      label: 'Markdown, one paragraph on one line',
      make: (size: number) => singleParagraph(size, 6),
      format: 'markdown' as const,
    },
  ];
  for (const { id, label, make, format } of cases) {
    const small = make(MiB);
    const large = make(16 * MiB);
    const r = ratio(
      () => factCheck(large, { format }),
      () => factCheck(small, { format }),
      3,
      0,
    );
    report(id, label, r.ratio, 17, ratioDetail(r, mb(large.length), mb(small.length)), {
      doc: `16 MiB ÷ 1 MiB, ${label}`,
    });
  }
}

if (wanted(6)) {
  console.log('\n6. Loading (validating a data directory of 10,000 studies)');
  const { validateDirectory } = await node();
  const dir = syntheticDataDirectory(knowledgeBase.dataset, 10_000);
  try {
    const times: number[] = [];
    let records = 0;
    for (let i = 0; i < 3; i++) {
      times.push(
        time(() => {
          const result = validateDirectory(dir);
          if (!result.ok) throw new Error(`synthetic data is invalid: ${result.problems[0]?.message}`);
          records = Object.values(result.dataset).reduce((sum, list) => sum + list.length, 0);
          return result;
        }),
      );
    }
    const total = median(times);
    report('6', 'ms per record', total / records, undefined, `${ms(total)} for ${records} records (median of 3)`, {
      doc: 'validating a data directory of 10,000 studies',
      unit: 'ms per record',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (wanted(7)) {
  console.log('\n7. Browser bundles (esbuild, minified, gzip -9)');
  const query = await bundleSize(QUERY_ENTRY);
  const full = await bundleSize(FACTCHECK_ENTRY);
  report(
    '',
    'query API (KB gzipped)',
    query.gzipped / 1024,
    CODE_BUDGET_KB.query,
    `${(query.minified / 1024).toFixed(1)} KB minified, ${query.inputs.length - 1} modules`,
  );
  report(
    '',
    'with the fact-check engine (KB gzipped)',
    full.gzipped / 1024,
    CODE_BUDGET_KB.factcheck,
    `${(full.minified / 1024).toFixed(1)} KB minified, ${full.inputs.length - 1} modules`,
  );
  report('', 'records, a file apart (KB gzipped)', query.recordsGzipped / 1024, DATA_BUDGET_KB, 'loaded by both');
  report(
    '',
    'cue vocabulary apart (KB gzipped)',
    full.vocabularyGzipped / 1024,
    VOCABULARY_BUDGET_KB,
    'loaded with the fact-check engine',
  );
}

if (wanted(8)) {
  console.log('\n8. Peak memory (16 MiB Markdown, in a process of its own)');
  const input = markdownCorpus(16 * 1024 * 1024, 7);
  const memory = peakMemory(input);
  report(
    '8',
    'peak RSS less input RSS (MiB)',
    memory.peak - memory.input,
    100,
    `peak ${memory.peak.toFixed(0)} MiB, ${memory.input.toFixed(0)} MiB once the input is read (${memory.source}); ${mb(input.length)}, ${memory.findings} findings`,
    { doc: 'peak RSS of `factCheck` on 16 MiB Markdown, less the RSS once the input is read', unit: 'MiB' },
  );
}

if (wanted(9)) {
  console.log('\n9. The command on 1,000 saved pages: 1 and 2 worker threads (wall time, whole process)');
  const crawl = writeCrawl(1_000);
  try {
    const one: number[] = [];
    const two: number[] = [];
    const cpuOne: number[] = [];
    const cpuTwo: number[] = [];
    const mainOne: number[] = [];
    // Interleaved, so that a busy machine slows both alike.
    for (let run = 0; run < 3; run++) {
      const a = runCheck(crawl.dir, ['--format', 'json', '--jobs', '1', 'site/*.html']);
      const b = runCheck(crawl.dir, ['--format', 'json', '--jobs', '2', 'site/*.html']);
      one.push(a.ms);
      two.push(b.ms);
      cpuOne.push(a.cpuMs);
      cpuTwo.push(b.cpuMs);
      if (a.mainCpuMs !== undefined) mainOne.push(a.mainCpuMs);
    }
    const [t1, t2] = [median(one), median(two)];
    const cpu = `; CPU time ${ms(median(cpuOne))} with one thread, ${ms(median(cpuTwo))} with two`;
    const perSecond = (ms: number): number => 1_000 / (ms / 1_000);
    const pages = `1,000 pages (${crawl.files.length} files, the fixture articles as clinic pages), median of 3`;
    report('9a', 'pages per second, --jobs 1', perSecond(t1), undefined, `${ms(t1)} for ${pages}`, {
      doc: '`check --jobs 1` on 1,000 saved pages, pages per second (whole process)',
      unit: 'pages/s',
    });
    report('9b', 'pages per second, --jobs 2', perSecond(t2), undefined, `${ms(t2)} for ${pages}`, {
      doc: '`check --jobs 2` on the same pages, pages per second (whole process)',
      unit: 'pages/s',
    });
    report(
      '9c',
      '--jobs 2 time ÷ --jobs 1 time',
      t2 / t1,
      0.59,
      `${ms(t2)} ÷ ${ms(t1)}: ${(t1 / t2).toFixed(2)}× as fast${cpu}`,
      {
        doc: '`check --jobs 2` ÷ `--jobs 1` wall time on 1,000 pages (≤ 0.59: at least 1.7× faster, issue 15)',
      },
    );
    // What two threads could give at best: one thread already keeps more than one core busy
    // (V8 compiles and collects garbage on threads of its own), and two threads do more work.
    const [c1, c2] = [median(cpuOne), median(cpuTwo)];
    const cores = availableParallelism();
    // The main thread checks every page with --jobs 1; what the process spends besides is
    // V8's own threads. From CPU times, so a busy machine does not change it (wall time would).
    const main1 = mainOne.length > 0 ? median(mainOne) : undefined;
    if (main1 !== undefined) {
      const used = c1 / main1;
      report(
        '9d',
        'cores used by --jobs 1 (process CPU ÷ main thread)',
        used,
        undefined,
        `${ms(c1)} of CPU in all, ${ms(main1)} of it in the thread that checks; on ${cores} cores, threads doing the same work could be at most ${(cores / used).toFixed(2)}× as fast as one`,
        {
          doc: "`check --jobs 1` on the same pages: the process's CPU time (V8's compiler and garbage collector threads included) ÷ its main thread's, in cores",
          unit: 'cores',
        },
      );
    }
    report(
      '9e',
      'CPU time, --jobs 2 ÷ --jobs 1',
      c2 / c1,
      undefined,
      `${ms(c2)} ÷ ${ms(c1)}: two threads do this much more work than one${
        main1 === undefined
          ? ''
          : `; one thread takes at least its main thread's ${ms(main1)}, two on ${cores} cores at least ${ms(c2 / cores)} (every core busy all the time): at most ${((cores * main1) / c2).toFixed(2)}× as fast`
      }`,
      { doc: '`check --jobs 2` ÷ `--jobs 1` CPU time on the same pages (the work the threads add)' },
    );
    // Where the added work comes from: a thread's first pages cost it far more than later ones.
    const { pageCpuMs } = warmUp(crawl.dir, crawl.files);
    const sum = (from: number, to: number): number => pageCpuMs.slice(from, to).reduce((a, b) => a + b, 0);
    const half = pageCpuMs.length / 2;
    const first = sum(0, 100) / 100;
    const steady = sum(half, pageCpuMs.length) / (pageCpuMs.length - half);
    report(
      '9f',
      'CPU a page, first 100 ÷ last 500 (one thread)',
      first / steady,
      undefined,
      `${ms(first)} a page for a fresh thread's first 100 pages, ${ms(steady)} for its last 500; all 1,000 pages in one thread: ${ms(sum(0, pageCpuMs.length))} of CPU, the first 500 in each of two fresh threads: 2 × ${ms(sum(0, half))} (the checks alone, in a process of their own)`,
      {
        doc: "a fresh thread's CPU time a page over its first 100 pages ÷ over its last 500 (the cost of warming up, which each of `--jobs N`'s threads pays)",
      },
    );
  } finally {
    crawl.remove();
  }
}

if (wanted(10)) {
  console.log('\n10. Peak memory of the command on many pages (whole process, worker threads included)');
  const crawl = writeCrawl(10_000);
  try {
    const files = runCheck(crawl.dir, ['--format', 'json', 'site/*.html']);
    report(
      '10a',
      'peak RSS, 10,000 pages, JSON (MiB)',
      files.peakMiB,
      300,
      `${(files.ms / 1000).toFixed(0)} s, ${(files.outputBytes / MB).toFixed(1)} MB of JSON out, default --jobs`,
      { doc: 'peak RSS of `check --format json` on 10,000 saved pages (default `--jobs`)', unit: 'MiB' },
    );
    const warc = runCheck(crawl.dir, ['--format', 'json', crawl.warc]);
    report(
      '10b',
      'peak RSS, 10,000-page WARC.gz, JSON (MiB)',
      warc.peakMiB,
      300,
      `${(warc.ms / 1000).toFixed(0)} s, ${(warc.outputBytes / MB).toFixed(1)} MB of JSON out, default --jobs`,
      { doc: 'peak RSS of `check --format json` on the same pages as one WARC.gz (default `--jobs`)', unit: 'MiB' },
    );
  } finally {
    crawl.remove();
  }
  const small = writeCrawl(1_000);
  try {
    const warc = runCheck(small.dir, ['--format', 'json', small.warc]);
    report(
      '10c',
      'peak RSS, 1,000-page WARC.gz, JSON (MiB)',
      warc.peakMiB,
      300,
      `${(warc.ms / 1000).toFixed(0)} s, ${(warc.outputBytes / MB).toFixed(1)} MB of JSON out, default --jobs`,
      { doc: 'peak RSS of `check --format json` on a 1,000-page WARC.gz (default `--jobs`)', unit: 'MiB' },
    );
  } finally {
    small.remove();
  }
}

if (largeWarc) {
  console.log('\n10d. Peak memory and time of the command on a 1 GB WARC.gz (opt-in: npm run bench -- 10d)');
  const large = writeLargeWarc(10_000, 100);
  try {
    const warc = runCheck(large.dir, ['--format', 'json', large.warc]);
    report(
      '10d',
      'peak RSS, 1 GB WARC.gz, JSON (MiB)',
      warc.peakMiB,
      300,
      `${(large.bytes / MB).toFixed(0)} MB archive (10,000 pages, each with a 100 KiB image): ${(warc.ms / 1000).toFixed(0)} s wall, ${(warc.cpuMs / 1000).toFixed(0)} s CPU, ${(warc.outputBytes / MB).toFixed(1)} MB of JSON out, default --jobs`,
      {
        doc: 'peak RSS of `check --format json` on a WARC.gz of 1 GB (10,000 pages and their images; `npm run bench -- 10d`)',
        unit: 'MiB',
      },
    );
  } finally {
    large.remove();
  }
}

keep(null);
console.log(failures === 0 ? '\nAll budgets met.' : `\n${failures} budget(s) not met.`);
process.exitCode = failures === 0 ? 0 : 1;
