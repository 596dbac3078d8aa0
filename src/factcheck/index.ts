/**
 * `meso-evidence/factcheck`: find health claims in Markdown or plain text and judge
 * them against the knowledge base.
 *
 * @module meso-evidence/factcheck
 */
export {
  factCheck,
  judgeBlocks,
  type FactCheckKnowledgeBase,
  type FactCheckOptions,
  type FactCheckReport,
} from './fact-check.js';
export type { Finding, FindingAssessment, Point, Span } from './finding.js';
export { describeClaim, type ClaimLabels } from './describe-claim.js';
export { detectLanguage } from './language.js';
export { markdownBlocks, parseMarkdown } from './markdown-blocks.js';
export { chunkedMarkdownBlocks, MARKDOWN_CHUNK, markdownChunks } from './markdown-chunks.js';
export { textBlocks } from './text-blocks.js';
export { isPipeTable, sliceBlock, splitBulletLines, toSourceOffset, type Block, type Piece } from '../claims/block.js';
export { extractClaims, type ExtractedClaim } from '../claims/extract.js';
export { readClause, type ClauseContext, type ClauseReading } from '../claims/clause-claims.js';
export { distributeMentions, type ClauseMentions } from '../claims/mentions.js';
export { isRole, readSentence, type Clause, type SentenceView } from '../claims/sentence.js';
export { foldWord, stemWord } from '../claims/fold.js';
export {
  buildLexicon,
  type CueRef,
  type DesignRef,
  type EntityRef,
  type Lexicon,
  type LexiconMatch,
  type LexiconRef,
} from '../claims/lexicon.js';
export { splitSentences, type SentenceSpan } from '../claims/segment.js';
export { resolveStudyMentions, type MentionContext } from '../claims/study-mentions.js';
export { tokenize, type Token } from '../claims/tokenize.js';
