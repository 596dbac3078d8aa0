/**
 * `meso-evidence/remark`: a remark plugin that reports each health claim in a
 * Markdown document as a vfile message, judged against the knowledge base.
 *
 * @module
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { judgeBlocks, readable, type FactCheckKnowledgeBase } from './factcheck/fact-check.js';
import type { Finding } from './factcheck/finding.js';
import { detectLanguage } from './factcheck/language.js';
import { markdownBlocks } from './factcheck/markdown-blocks.js';
import { knowledgeBase as bundled } from './index.js';
import type { Language } from './schema/common.js';
import { ownOptions } from './guard.js';

/**
 * Where each rule (one per predicate) is explained.
 *
 * @example
 * ```ts
 * import { RULES_URL } from 'meso-evidence/remark';
 * `${RULES_URL}#effective-for`; // where the effective-for rule is explained
 * ```
 */
export const RULES_URL = 'https://github.com/meso-evidence/meso-evidence/blob/main/docs/rules.md';

/**
 * Options for {@link remarkMesoEvidence}.
 *
 * @example
 * ```ts
 * import type { RemarkMesoEvidenceOptions } from 'meso-evidence/remark';
 * const options: RemarkMesoEvidenceOptions = { language: 'nb', report: 'problems' };
 * ```
 */
export interface RemarkMesoEvidenceOptions {
  /** The document's language; detected when not given. */
  readonly language?: Language;
  /** The knowledge base to judge against; the bundled one by default. */
  readonly knowledgeBase?: FactCheckKnowledgeBase;
  /** `all` (default) also reports supported and unverifiable claims, as info; `problems` only overstated and contradicted ones. */
  readonly report?: 'all' | 'problems';
}

/**
 * The remark plugin. Each finding becomes a message on the file: `ruleId` is the
 * predicate (`effective-for`, `fda-approved`…), `source` is `meso-evidence`, `url`
 * points at the rule's docs and `note` lists the records behind the verdict.
 * Overstated and contradicted claims are warnings; supported and unverifiable ones
 * are info messages. Each message also carries the finding as `data`.
 *
 * Suppress with HTML comments: `<!-- meso-evidence ignore -->` ignores the next
 * block (`<!-- meso-evidence ignore fda-approved -->` only that rule there);
 * `<!-- meso-evidence disable -->` … `<!-- meso-evidence enable -->` ignores a stretch.
 *
 * @param options - Language, knowledge base, what to report.
 * @returns The transformer.
 * @example
 * ```ts
 * import { unified } from 'unified';
 * import remarkParse from 'remark-parse';
 * import { VFile } from 'vfile';
 * import remarkMesoEvidence from 'meso-evidence/remark';
 * const file = new VFile('Mesotherapy melts belly fat.');
 * const processor = unified().use(remarkParse).use(remarkMesoEvidence);
 * await processor.run(processor.parse(file), file);
 * file.messages[0]?.ruleId; // 'effective-for'
 * ```
 */
export default function remarkMesoEvidence(given: RemarkMesoEvidenceOptions = {}): (tree: Root, file: VFile) => void {
  const options = ownOptions(given);
  return (tree, file) => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a VFile made without contents has value undefined
    const source = String(file.value ?? '');
    const kb = options.knowledgeBase ?? bundled;
    const language = options.language ?? detectLanguage(source, readable(kb.dataset));
    const suppressed = suppressions(tree);
    for (const finding of judgeBlocks(markdownBlocks(tree, source), source, language, kb)) {
      if (isSuppressed(finding, suppressed)) continue;
      const problem = finding.verdict === 'overstated' || finding.verdict === 'contradicted';
      if (!problem && options.report === 'problems') continue;
      const message = file.message(`${capitalise(finding.verdict)}: ${finding.message}`, {
        place: finding.position,
        ruleId: finding.claim.predicate,
        source: 'meso-evidence',
      });
      message.fatal = problem ? false : undefined;
      message.url = `${RULES_URL}#${finding.claim.predicate}`;
      message.actual = finding.text;
      if (finding.citations.length > 0) message.note = `Based on: ${finding.citations.join(', ')}`;
      (message as unknown as { data: Finding }).data = finding;
    }
  };
}

export { remarkMesoEvidence };

interface Suppression {
  readonly from: number;
  readonly to: number;
  readonly rules: readonly string[];
}

/** Reads `<!-- meso-evidence … -->` comments into line ranges. */
function suppressions(tree: Root): Suppression[] {
  const out: Suppression[] = [];
  let disabledFrom: number | undefined;
  const stack: { node: Nodes; next: Nodes | undefined }[] = [{ node: tree, next: undefined }];
  while (stack.length > 0) {
    const { node, next } = stack.pop() as (typeof stack)[number];
    if (node.type === 'html') {
      const match = /^<!--\s*meso-evidence\s+(ignore|disable|enable)\b([^>]*?)-->/.exec(node.value.trim());
      const line = node.position?.start.line;
      if (match && line !== undefined) {
        const rules = (match[2] ?? '').trim().split(/\s+/).filter(Boolean);
        if (match[1] === 'ignore' && next?.position)
          out.push({ from: next.position.start.line, to: next.position.end.line, rules });
        if (match[1] === 'disable') disabledFrom ??= line;
        if (match[1] === 'enable' && disabledFrom !== undefined) {
          out.push({ from: disabledFrom, to: line, rules: [] });
          disabledFrom = undefined;
        }
      }
      continue;
    }
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let index = children.length - 1; index >= 0; index--)
        stack.push({ node: children[index] as Nodes, next: children[index + 1] });
    }
  }
  if (disabledFrom !== undefined) out.push({ from: disabledFrom, to: Number.POSITIVE_INFINITY, rules: [] });
  return out;
}

function isSuppressed(finding: Finding, suppressed: readonly Suppression[]): boolean {
  const line = finding.position.start.line;
  return suppressed.some(
    (s) => line >= s.from && line <= s.to && (s.rules.length === 0 || s.rules.includes(finding.claim.predicate)),
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
