/**
 * `label-line`: a paragraph's label line — strong or emphasised text alone on its first line, over
 * the paragraph's text ("**Ida (klinikken) · 19:11**" over a chat message, "**Thighs**" over a
 * caption) — is no sentence of the text: what the paragraph before asked ("Er det godkjent av
 * FDA?") is still asked after it, so the line after it may answer it ("Ja, selvfølgelig.") as the
 * paragraph's first sentence would.
 *
 * @module
 */
import type { DiscourseRule } from './types.js';

/** What the rule notes: that the sentence is a label the question before is asked over. */
export const LABEL_LINE = 'label';

/** The rest of a line after the label, up to its break: spaces only. */
const LINE_END = /^[^\S\n]*\n/;

export const labelLine: DiscourseRule = {
  kind: 'discourse',
  name: 'label-line',
  note: ({ sentence, following, labelled }) =>
    labelled === true &&
    sentence.start === 0 &&
    following !== undefined &&
    LINE_END.test(following) &&
    // A label that asks a question of its own ("**Q: Is it safe?**") is answered itself (`line-answer`).
    !sentence.text.trimEnd().endsWith('?')
      ? LABEL_LINE
      : undefined,
};
