/**
 * `check --jobs N`: documents checked in N worker threads (tinypool), the answers kept
 * in input order, so the output is byte for byte that of one thread.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { CheckAnswer, CheckTask } from './check-worker.js';

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

/**
 * Checks documents in `jobs` worker threads.
 *
 * @param tasks - The documents, in input order.
 * @param jobs - How many threads (at least 2; one thread needs no pool).
 * @param onDone - Called with each document's index as it is checked (for progress).
 * @returns The answers, in input order.
 * @example
 * ```ts
 * import { checkInPool } from './check-pool.js';
 * await checkInPool([], 2); // [] (no documents: no thread is started)
 * ```
 */
export async function checkInPool(
  tasks: readonly CheckTask[],
  jobs: number,
  onDone?: (index: number) => void,
): Promise<CheckAnswer[]> {
  if (tasks.length === 0) return [];
  const pool = new Tinypool({
    ...workerFile(),
    minThreads: 1,
    maxThreads: Math.max(1, Math.min(jobs, tasks.length)),
  });
  try {
    return await Promise.all(
      tasks.map(async (task, index) => {
        const answer = (await pool.run(task)) as CheckAnswer;
        onDone?.(index);
        return answer;
      }),
    );
  } finally {
    await pool.destroy();
  }
}
