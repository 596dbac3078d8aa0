/**
 * `meso-evidence/factcheck`: find health claims in Markdown or plain text and judge
 * them against the knowledge base. What a tool author needs: {@link factCheck}, its
 * options and result, the findings' types, language detection, and the catalogue of
 * the engine's claim rules and suppressors. The engine's stages (tokenizer, lexicon,
 * clause reader, discourse reducer) are internal: docs/engine.md describes them.
 *
 * @module meso-evidence/factcheck
 */
export { factCheck, type FactCheckKnowledgeBase, type FactCheckOptions, type FactCheckReport } from './fact-check.js';
export type { Finding, FindingAssessment, Notice, Point, Span } from './finding.js';
export { describeClaim, type ClaimLabels } from './describe-claim.js';
export { detectLanguage } from './language.js';
export { RULE_CATALOGUE, type RuleDescription } from '../claims/rules/catalogue.js';
