/**
 * `check --jobs N`: documents checked in N worker threads (tinypool), the answers given
 * in input order as they are ready, so the output is byte for byte that of one thread
 * and can be written while later documents are still being checked.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkTask, type CheckAnswer, type CheckTask } from './check-worker.js';

/**
 * Where the worker is: `dist/cli/check-worker.js` next to the built command (this module
 * may be bundled into `dist/chunks/`, hence the path through `../cli/`), run in worker
 * threads; or, when the command runs from source (tests, examples), its TypeScript
 * source, run in child processes that load it through tsx.
 */
function workerFile(): { filename: string; execArgv: string[]; runtime: 'worker_threads' | 'child_process' } {
  const built = fileURLToPath(new URL('../cli/check-worker.js', import.meta.url));
  if (existsSync(built)) return { filename: built, execArgv: [], runtime: 'worker_threads' };
  // From source: worker threads cannot load TypeScript, child processes can, through tsx.
  return {
    filename: fileURLToPath(new URL('../cli/check-worker.ts', import.meta.url)),
    execArgv: ['--import', 'tsx'],
    runtime: 'child_process',
  };
}

/** How many documents each thread may have queued or in hand: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT_PER_JOB = 8;

/** A task to check, with what the caller needs back with its answer. */
export interface PoolItem<M> {
  /** The document. */
  readonly task: CheckTask;
  /** Given back with the answer (never sent to a thread). */
  readonly meta: M;
}

/** An answer, with its task's `meta`. */
export interface PoolAnswer<M> {
  /** The answer. */
  readonly answer: CheckAnswer;
  /** The task's `meta`. */
  readonly meta: M;
}

/**
 * Checks documents in `jobs` worker threads and yields the answers in input order, each
 * as soon as it and every answer before it are ready. The next document is taken from
 * `items` only when there is room for it: at most `jobs × 8` are queued or being checked
 * at a time (with `jobs` 1, one, checked in this thread), and an answer is let go once the
 * caller has taken it, so memory is bounded by the pool, not by the number of documents,
 * and a source that reads as it is asked (files, an archive's stream) is read no faster
 * than the documents are checked.
 *
 * @param items - The documents, in input order, each with what to give back with its answer.
 * @param jobs - How many threads.
 * @param onDone - Called with each document's `meta` and index as it is checked (for progress).
 * @returns The answers, in input order.
 * @example
 * ```ts
 * import { checkInOrder } from './check-pool.js';
 * const task = { text: 'Mesotherapy is not FDA-approved.', format: 'text', language: undefined } as const;
 * for await (const { answer, meta } of checkInOrder([{ task, meta: 'ad.txt' }], 1)) console.log(meta, 'report' in answer); // ad.txt true
 * ```
 */
export async function* checkInOrder<M>(
  items: AsyncIterable<PoolItem<M>> | Iterable<PoolItem<M>>,
  jobs: number,
  onDone?: (meta: M, index: number) => void,
): AsyncGenerator<PoolAnswer<M>> {
  if (jobs <= 1) {
    // Imported, not loaded on demand: `check` loads the engine with its own modules anyway
    // (the --input ndjson reader checks in this thread), and as an import of its own the
    // worker's module was one more file for every `check` to resolve and read.
    let index = 0;
    for await (const { task, meta } of items) {
      onDone?.(meta, index++);
      yield { answer: await checkTask(task), meta };
    }
    return;
  }
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  // The first window's documents, taken before the pool starts: no more threads than documents.
  const limit = jobs * IN_FLIGHT_PER_JOB;
  const ahead: PoolItem<M>[] = [];
  let next = await iterator.next();
  for (; next.done !== true && ahead.length < limit; next = await iterator.next()) ahead.push(next.value);
  if (ahead.length === 0) return;
  const threads = Math.min(jobs, ahead.length);
  // Every thread is kept for the whole run (tinypool ends an idle thread above minThreads at
  // once, and a new one loads the engine again, which costs more than a page's check).
  // tinypool loads only when threads are asked for: one thread needs none of it.
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({ ...workerFile(), minThreads: threads, maxThreads: threads });
  // The answers in flight, oldest first; each promise never rejects (its failure is kept and rethrown in order).
  const pending: Promise<{ answer: CheckAnswer; meta: M } | { error: unknown }>[] = [];
  let index = 0;
  const submit = ({ task, meta }: PoolItem<M>): void => {
    const mine = index++;
    pending.push(
      (pool.run(task) as Promise<CheckAnswer>).then(
        (answer) => {
          onDone?.(meta, mine);
          return { answer, meta };
        },
        (error: unknown) => ({ error }),
      ),
    );
  };
  try {
    for (const item of ahead) submit(item);
    ahead.length = 0;
    for (;;) {
      while (next.done !== true && pending.length < limit) {
        submit(next.value);
        next = await iterator.next();
      }
      const head = pending.shift();
      if (head === undefined) return;
      const settled = await head;
      if ('error' in settled) throw settled.error;
      yield settled;
    }
  } finally {
    await iterator.return?.();
    await pool.destroy();
  }
}
