/**
 * A worker of `check --jobs N`: checks one document a task, in its own thread, with the
 * same function the command uses in one thread, so the output is the same.
 *
 * @module
 */
import type { FactCheckReport } from '../factcheck/fact-check.js';
import type { LanguageCode } from '../schema/language.js';
import { HtmlReadError } from '../html/read-error.js';
import { checkDocument } from './check-document.js';
import type { InputFormat } from './inputs.js';

/** One task: a document, how to read it, and the language (when given). */
export interface CheckTask {
  /** The document's text. */
  readonly text: string;
  /** How to read it. */
  readonly format: InputFormat;
  /** The language, or `undefined` to detect it. */
  readonly language: LanguageCode | undefined;
}

/** A task's answer: the report, or the message of a page that cannot be read. */
export type CheckAnswer = { readonly report: FactCheckReport } | { readonly unreadable: string };

/**
 * Checks one document (tinypool calls the module's default export, which is this function).
 *
 * @param task - The document.
 * @returns The report, or why the page cannot be read.
 * @example
 * ```ts
 * import { checkTask } from './check-worker.js';
 * await checkTask({ text: 'Mesotherapy is not FDA-approved.', format: 'text', language: undefined });
 * ```
 */
export async function checkTask(task: CheckTask): Promise<CheckAnswer> {
  try {
    return { report: await checkDocument(task.text, task.format, task.language) };
  } catch (error) {
    if (error instanceof HtmlReadError) return { unreadable: error.message };
    throw error;
  }
}

export default checkTask;
