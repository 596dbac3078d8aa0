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

/**
 * Checks documents in `jobs` worker threads and yields the answers in input order, each
 * as soon as it and every answer before it are ready. At most `jobs × 8` documents are
 * queued or being checked at a time, and an answer is let go once the caller has taken
 * it: memory is bounded by the pool, not by the number of documents. With `jobs` 1 the
 * documents are checked in this thread, one by one.
 *
 * @param tasks - The documents, in input order (read lazily: the next is taken only when
 * there is room for it).
 * @param jobs - How many threads.
 * @param onDone - Called with each document's index as it is checked (for progress).
 * @returns The answers, in input order.
 * @example
 * ```ts
 * import { checkInOrder } from './check-pool.js';
 * const task = { text: 'Mesotherapy is not FDA-approved.', format: 'text', language: undefined } as const;
 * for await (const answer of checkInOrder([task], 1)) console.log('report' in answer); // true
 * ```
 */
export async function* checkInOrder(
  tasks: Iterable<CheckTask>,
  jobs: number,
  onDone?: (index: number) => void,
): AsyncGenerator<CheckAnswer> {
  const iterator = tasks[Symbol.iterator]();
  if (jobs <= 1) {
    for (let index = 0, next = iterator.next(); next.done !== true; index++, next = iterator.next()) {
      onDone?.(index);
      yield checkTask(next.value);
    }
    return;
  }
  // The first window's documents, taken before the pool starts: no more threads than documents.
  const limit = jobs * IN_FLIGHT_PER_JOB;
  const ahead: CheckTask[] = [];
  let first = iterator.next();
  for (; first.done !== true && ahead.length < limit; first = iterator.next()) ahead.push(first.value);
  if (ahead.length === 0) return;
  const threads = Math.min(jobs, ahead.length);
  // Every thread is kept for the whole run (tinypool ends an idle thread above minThreads at
  // once, and a new one loads the engine again, which costs more than a page's check).
  // tinypool loads only when threads are asked for: one thread needs none of it.
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({ ...workerFile(), minThreads: threads, maxThreads: threads });
  // The answers in flight, oldest first; each promise never rejects (its failure is kept and rethrown in order).
  const pending: Promise<{ answer: CheckAnswer } | { error: unknown }>[] = [];
  let index = 0;
  const submit = (task: CheckTask): void => {
    const mine = index++;
    pending.push(
      (pool.run(task) as Promise<CheckAnswer>).then(
        (answer) => {
          onDone?.(mine);
          return { answer };
        },
        (error: unknown) => ({ error }),
      ),
    );
  };
  try {
    for (const task of ahead) submit(task);
    ahead.length = 0;
    for (;;) {
      while (first.done !== true && pending.length < limit) {
        submit(first.value);
        first = iterator.next();
      }
      const head = pending.shift();
      if (head === undefined) return;
      const settled = await head;
      if ('error' in settled) throw settled.error;
      yield settled.answer;
    }
  } finally {
    await pool.destroy();
  }
}
