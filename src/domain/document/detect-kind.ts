import { countLabels } from '../transcript/count-labels';

/** What a pasted or imported text is: a briefing transcript or a news story. */
export type DocumentKind = 'transcript' | 'article';

// An upper-case speaker label at the start of a paragraph: "SEC. DOE:", "Q:", "QUESTION :",
// "MIN. ROSSI (THROUGH TRANSLATOR):", "MS. LEE (through interpreter):", with speech after it.
const upperLabel =
  /^[ \t\ufeff]*[\p{Lu}][\p{Lu}\p{N}.'’&-]*(?:[ \t]+[\p{Lu}\p{N}][\p{Lu}\p{N}.'’&-]*){0,11}(?:[ \t]*\([^()\n]{1,40}\))?[ \t]?:[ \t\u00a0]+\S/u;
// A mixed-case label: one to four capitalised words, a colon, then speech ("Rumsfeld:  Well…").
const mixedLabel =
  /^[ \t\ufeff]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})[ \t]?:[ \t\u00a0]+\S/u;
const lineBreak = /\r\n|\r|\n/;
const minOtherLabels = 4;

/**
 * Tells a transcript from an article: a transcript has at least two paragraphs opening with an
 * upper-case speaker label, two different mixed-case "Name:" labels each used more than once, or
 * four labels of any form the transcript parser accepts.
 */
export function detectKind(text: string): DocumentKind {
  let upper = 0;
  const mixed = new Map<string, number>();
  let repeated = 0;
  for (const line of text.split(lineBreak)) {
    if (upperLabel.test(line)) {
      upper += 1;
      if (upper >= 2) return 'transcript';
      continue;
    }
    const name = mixedLabel.exec(line)?.[1];
    if (name === undefined) continue;
    const count = (mixed.get(name) ?? 0) + 1;
    mixed.set(name, count);
    if (count === 2) repeated += 1;
    if (repeated >= 2) return 'transcript';
  }
  // Other publishers' forms: "Q" without a colon, names alone on their lines, labels with
  // timestamps or outlets. Four labels the transcript's rules accept make a transcript.
  return countLabels(text) >= minOtherLabels ? 'transcript' : 'article';
}
