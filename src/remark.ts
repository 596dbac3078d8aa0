/**
 * `meso-evidence/remark`: a remark plugin that reports each health claim in a
 * Markdown document as a vfile message, judged against the knowledge base.
 *
 * @module meso-evidence/remark
 */
import type { Parents, Root } from 'mdast';
import remarkMessageControl from 'remark-message-control';
import type { VFile } from 'vfile';
import { checkBlocks, type FactCheckKnowledgeBase } from './factcheck/fact-check.js';
import type { Finding } from './factcheck/finding.js';
import { markdownBlocks } from './factcheck/markdown-blocks.js';
import { PREDICATES } from './evidence/claim.js';
import { knowledgeBase as bundled } from './kb/bundled.js';
import { projectFileUrl } from './project.js';
import type { Language } from './schema/common.js';
import { ownOptions } from './guard.js';

/**
 * Where each rule (one per predicate) is explained: docs/rules.md in the project's
 * repository (a placeholder address until the repository is public).
 *
 * @example
 * ```ts
 * import { RULES_URL } from 'meso-evidence/remark';
 * `${RULES_URL}#effective-for`; // where the effective-for rule is explained
 * ```
 */
export const RULES_URL: string = projectFileUrl('docs/rules.md');

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
 * points at the rule's docs and `note` lists the records behind the verdict. The
 * message text is the finding's message, which opens with the verdict in the
 * document's language (`Overstated: …`, `Overdrevet: …`).
 * Overstated and contradicted claims are warnings; supported and unverifiable ones
 * are info messages. Each message also carries the finding as `data`.
 *
 * Suppress with HTML comments, handled by remark-message-control as in remark-lint:
 * `<!-- meso-evidence ignore -->` ignores the next node
 * (`<!-- meso-evidence ignore fda-approved -->` only that rule there);
 * `<!-- meso-evidence disable -->` … `<!-- meso-evidence enable -->` ignores a stretch
 * (with rule ids, only those rules). An unknown rule id in a comment is reported.
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
export default function remarkMesoEvidence(options: RemarkMesoEvidenceOptions = {}): (tree: Root, file: VFile) => void {
  // Own properties only: a polluted Object.prototype must not set an option.
  options = ownOptions(options);
  const control = remarkMessageControl({ name: 'meso-evidence', source: 'meso-evidence', known: [...PREDICATES] });
  return (tree, file) => {
    const source = file.toString();
    const kb = options.knowledgeBase ?? bundled;
    const report = checkBlocks(markdownBlocks(tree, source), source, {
      knowledgeBase: kb,
      ...(options.language === undefined ? {} : { language: options.language }),
    });
    // A part in a language the engine does not read is said so, not guessed at.
    for (const notice of report.notices) {
      const message = file.message(notice.message, {
        place: notice.position,
        ruleId: notice.type,
        source: 'meso-evidence',
      });
      message.url = `${RULES_URL}#${notice.type}`;
    }
    for (const finding of report.findings) {
      const problem = finding.verdict === 'overstated' || finding.verdict === 'contradicted';
      if (!problem && options.report === 'problems') continue;
      const message = file.message(finding.message, {
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
    // The comments are read from the tree's top levels: a tree nested past what a
    // document written for people does is cut, so the recursive walk cannot overflow.
    control(shallow(tree, CONTROL_DEPTH), file);
  };
}

export { remarkMesoEvidence };

/** How deep suppression comments are looked for (blocks inside quotes and lists, and more). */
const CONTROL_DEPTH = 64;

/**
 * A copy of `tree` cut at `depth` (made without recursion): a parent there becomes a
 * leaf that keeps its position, so the text under it is still covered by the tree.
 */
function shallow(tree: Root, depth: number): Root {
  const copy: Root = { ...tree, children: [] };
  const stack: [Parents, { children: unknown[] }, number][] = [[tree, copy, 0]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [from, to, level] = entry;
    to.children = from.children.map((child) => {
      if (!('children' in child)) return child;
      // A parent at the cut keeps its type and position only: a leaf to the walk.
      if (level + 1 >= depth) return { type: child.type, position: child.position };
      const parent = { ...child, children: [] };
      stack.push([child, parent, level + 1]);
      return parent;
    });
  }
  return copy;
}
