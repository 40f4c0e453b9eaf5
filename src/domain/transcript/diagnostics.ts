import type { LabelCandidate } from './labels';
import type { RawTurn } from './body';
import type { Block, Diagnostic } from '../types';
import { pluralize as plural } from '../words/pluralize';

const maxLabelReports = 20;

// Control characters other than tab, line breaks and form feed; NUL marks a binary file at once.
// A binary file shows itself early: control characters are counted in its head only.
const headLength = 65536;
// eslint-disable-next-line no-control-regex -- control characters are what this looks for.
const controlPattern = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

function countControls(text: string): { controls: number; nul: boolean } {
  const head = text.length > headLength ? text.slice(0, headLength) : text;
  // A regular expression scans far faster than a loop over character codes here.
  const controls = head.match(controlPattern)?.length ?? 0;
  return { controls, nul: head.includes('\u0000') };
}

/** Diagnoses input that is empty or looks like binary data rather than text. */
export function checkInput(text: string): Diagnostic[] {
  if (text.trim().length === 0) {
    return [{ code: 'empty', start: 0, end: text.length, message: 'The text is empty.' }];
  }
  const { controls, nul } = countControls(text);
  if (nul || controls > Math.max(8, Math.min(text.length, headLength) / 100)) {
    return [
      {
        code: 'binary',
        start: 0,
        end: text.length,
        message: `This looks like a binary file rather than text (${plural(controls, 'control character', 'control characters')}); it was read as text anyway.`,
      },
    ];
  }
  return [];
}

/** Diagnoses labels: none at all, labels with no speech, and label-like words read as speech. */
export function reportLabels(
  text: string,
  turns: readonly RawTurn[],
  rejected: readonly LabelCandidate[],
  preamble: readonly Block[],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const first = preamble[0];
  const last = preamble.at(-1);
  if (turns.length === 0 && first !== undefined && last !== undefined) {
    diagnostics.push({
      code: 'no-labels',
      start: first.start,
      end: last.end,
      message: `No speaker labels were found, so the ${plural(preamble.length, 'line', 'lines')} after the title ${preamble.length === 1 ? 'was' : 'were'} kept as preamble.`,
    });
  }
  for (const turn of turns) {
    if (turn.paragraphs.length > 0) continue;
    diagnostics.push({
      code: 'empty-turn',
      ...turn.label.span,
      message: `"${turn.label.label}" has a speaker label but no speech after it.`,
    });
  }
  for (const candidate of rejected.slice(0, maxLabelReports)) {
    diagnostics.push({
      code: 'unknown-label',
      ...candidate.span,
      message: `"${text.slice(candidate.span.start, candidate.span.end)}" looks like a speaker label but is not used as one elsewhere, so it was read as speech.`,
    });
  }
  if (rejected.length > maxLabelReports) {
    const rest = rejected.slice(maxLabelReports);
    diagnostics.push({
      code: 'unknown-label',
      start: rest[0]?.span.start ?? 0,
      end: rest.at(-1)?.span.end ?? 0,
      message: `${plural(rest.length, 'more label-like opening was', 'more label-like openings were')} read as speech.`,
    });
  }
  return diagnostics;
}
