/**
 * One document checked in the format it is in: the one place the command chooses between
 * the Markdown and text reader (`factCheck`) and the web-page reader (`factCheckHtml`).
 *
 * @module
 */
import { factCheck, type FactCheckReport } from '../factcheck/fact-check.js';
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
 * (await checkDocument('<p>Mesotherapy is not FDA-approved.</p>', 'html')).findings[0]?.verdict; // 'supported'
 * ```
 */
export async function checkDocument(
  text: string,
  format: InputFormat,
  language?: LanguageCode,
): Promise<FactCheckReport> {
  const options = language === undefined ? {} : { language };
  if (format !== 'html') return factCheck(text, { ...options, format });
  // The web-page reader (rehype-parse, hast-util-to-mdast: most of the command's code)
  // loads only for a page, so checking a Markdown or text file starts without it.
  const { factCheckHtml } = await import('../html/fact-check-html.js');
  return factCheckHtml(text, options);
}
