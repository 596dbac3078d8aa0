/**
 * `meso-evidence export <claimreview|fhir|csl> ...`: the knowledge base and
 * fact-check findings in standard formats, as JSON on stdout.
 *
 * @module
 */
import { toCslJson } from '../export/csl.js';
import { toFhirBundle } from '../export/fhir-bundle.js';
import { toFhirCitation } from '../export/fhir-citation.js';
import { toFhirEvidence } from '../export/fhir-evidence.js';
import type { FhirCitation, FhirEvidence } from '../export/fhir-types.js';
import { knowledgeBase } from '../kb/bundled.js';
import type { Study } from '../schema/study.js';
import { parseArgs } from 'node:util';
import { oneOf, reportUsage, unknownChoice, usage, UsageError } from './args.js';
import type { CommandIO } from './io.js';

/** Help text for `export`. */
export const EXPORT_HELP = `Usage: meso-evidence export <format> [options] [ARGS]

  claimreview <FILE|GLOB|->...  schema.org ClaimReview JSON-LD, one per claim found
                                (takes the options of \`check\`: --lang, --quiet,
                                --base-url, --stdin-filename); same as
                                \`check --format claimreview\`, but exits 0 when
                                the claims were checked, whatever their verdicts
  fhir [ID...]                  a FHIR R5 Bundle (collection): an Evidence per
                                assessment id (mesotherapy--cellulite) and a
                                Citation per study id, plus the Citations of the
                                assessments' studies; all when no id is given
  csl [STUDY...]                CSL-JSON for studies (all when none is given)

Options (fhir, csl):
  --intervention <id>  only studies/assessments about this intervention
  --indication <id>    only studies/assessments about this indication
  --lang <en|nb>       the language of FHIR texts (default: en)
  --fhir-base <URL>    give bundle entries fullUrls under this FHIR base
  --help, -h           show this help

Exit status: 0 on success, 2 on a usage error, an unknown id or an unreadable input.`;

interface Selection {
  readonly ids: readonly string[];
  readonly intervention: string | undefined;
  readonly indication: string | undefined;
}

function selectStudies(sel: Selection): Study[] {
  if (sel.ids.length > 0) {
    return sel.ids.map((id) => {
      const study = knowledgeBase.study(id);
      if (study === undefined) throw new UsageError(`unknown study \`${id}\``);
      return study;
    });
  }
  return [
    ...knowledgeBase.findStudies({
      ...(sel.intervention ? { intervention: sel.intervention } : {}),
      ...(sel.indication ? { indication: sel.indication } : {}),
    }),
  ];
}

function fhirResources(sel: Selection, lang: 'en' | 'nb'): (FhirEvidence | FhirCitation)[] {
  const assessments =
    sel.ids.length > 0
      ? sel.ids.flatMap((id) => {
          const a = knowledgeBase.assessmentById(id);
          if (a) return [a];
          if (knowledgeBase.study(id)) return [];
          throw new UsageError(`unknown assessment or study \`${id}\``);
        })
      : knowledgeBase.dataset.assessments.filter(
          (a) =>
            (sel.intervention === undefined || a.subject === sel.intervention) &&
            (sel.indication === undefined || a.indication === sel.indication),
        );
  const studyIds = new Set<string>(sel.ids.filter((id) => knowledgeBase.study(id)));
  for (const a of assessments) for (const id of a.studies) studyIds.add(id);
  if (sel.ids.length === 0 && sel.intervention === undefined && sel.indication === undefined) {
    for (const s of knowledgeBase.dataset.studies) studyIds.add(s.id);
  }
  const studies = [...studyIds].flatMap((id) => knowledgeBase.study(id) ?? []);
  return [
    ...assessments.map((a) => toFhirEvidence(a, { dataset: knowledgeBase.dataset, language: lang })),
    ...studies.map(toFhirCitation),
  ];
}

/**
 * Runs `export`.
 *
 * @param args - Arguments after `export`.
 * @param io - Where to write, and stdin.
 * @returns The exit code.
 * @example
 * ```ts
 * import { runExport } from './export-command.js';
 * await runExport(['csl', 'park-2008'], { out: console.log, err: console.error });
 * ```
 */
export async function runExport(args: readonly string[], io: CommandIO): Promise<number> {
  const [format, ...rest] = args;
  if (format === 'claimreview') {
    // `check` loaded on demand, as `meso-evidence check` loads it: imported, it made every module
    // `check` needs one reached from two commands, which the build then cut into a chunk of its own.
    const { runCheck } = await import('./check-command.js');
    const code = await runCheck(['--format', 'claimreview', ...rest], io);
    return code === 1 ? 0 : code;
  }
  try {
    const { values, positionals } = usage(() =>
      parseArgs({
        args: [...(format === undefined || format.startsWith('-') ? args : rest)],
        allowPositionals: true,
        strict: true,
        options: {
          intervention: { type: 'string' },
          indication: { type: 'string' },
          lang: { type: 'string' },
          'fhir-base': { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }),
    );
    if (values.help) {
      io.out(EXPORT_HELP);
      return 0;
    }
    const sel: Selection = { ids: positionals, intervention: values.intervention, indication: values.indication };
    if (
      sel.intervention !== undefined &&
      !knowledgeBase.intervention(sel.intervention) &&
      !knowledgeBase.ingredient(sel.intervention)
    ) {
      throw new UsageError(`unknown intervention \`${sel.intervention}\``);
    }
    if (sel.indication !== undefined && !knowledgeBase.indication(sel.indication))
      throw new UsageError(`unknown indication \`${sel.indication}\``);
    if (format === 'csl') {
      io.out(JSON.stringify(toCslJson(selectStudies(sel)), null, 2));
      return 0;
    }
    if (format === 'fhir') {
      const lang = oneOf('--lang', values.lang, ['en', 'nb'] as const) ?? 'en';
      const base = values['fhir-base'];
      if (base !== undefined && !URL.canParse(base))
        throw new UsageError(`--fhir-base must be an absolute URL (got \`${base}\`)`);
      io.out(JSON.stringify(toFhirBundle(fhirResources(sel, lang), base), null, 2));
      return 0;
    }
    throw new UsageError(
      format === undefined
        ? 'say which format: claimreview, fhir or csl'
        : unknownChoice('format', format, ['claimreview', 'fhir', 'csl']),
    );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return reportUsage(io, 'export', error.message);
  }
}
