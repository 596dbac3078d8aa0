/**
 * One document checked in the format it is in: the one place the command chooses between
 * the Markdown and text reader (`factCheck`) and the web-page reader (`factCheckHtml`).
 *
 * @module
 */
import { factCheck, type FactCheckReport } from '../factcheck/fact-check.js';
import { factCheckHtml } from '../html/fact-check-html.js';
import type { LanguageCode } from '../schema/language.js';
import type { InputFormat } from './inputs.js';

/**
 * Fact-checks a document read as Markdown, plain text or HTML.
 *
 * @param text - The document's text.
 * @param format - How to read it.
 * @param language - The language to read it in; detected per block when not given.
 * @returns The report.
 * @example
 * ```ts
 * import { checkDocument } from './check-document.js';
 * checkDocument('<p>Mesotherapy is not FDA-approved.</p>', 'html').findings[0]?.verdict; // 'supported'
 * ```
 */
export function checkDocument(text: string, format: InputFormat, language?: LanguageCode): FactCheckReport {
  const options = language === undefined ? {} : { language };
  return format === 'html' ? factCheckHtml(text, options) : factCheck(text, { ...options, format });
}
