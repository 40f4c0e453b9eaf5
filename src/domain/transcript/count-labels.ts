import { acceptLabels } from './accept-labels';
import type { LabelCandidate } from './labels';
import { createLabelReader } from './labels';
import { indexLines, isSpaceCode } from './text';

// The head of a long text says whether it is a transcript: its first labels stand near the top.
const headLength = 65536;

/**
 * Counts the speaker labels that the transcript's own rules accept in the head of a text, in every
 * form they read (letters without a colon, names alone on their lines, timestamps, notes).
 */
export function countLabels(text: string): number {
  const head = text.length > headLength ? text.slice(0, headLength) : text;
  const index = indexLines(head);
  const readLabel = createLabelReader(head);
  const candidates: (LabelCandidate | undefined)[] = [];
  for (let line = 0; line < index.starts.length; line++) {
    candidates.push(readLabel(index.starts[line] ?? 0, index.ends[line] ?? 0));
  }
  const isBlank = (line: number): boolean => {
    const end = index.ends[line] ?? 0;
    for (let at = index.starts[line] ?? 0; at < end; at++) {
      if (!isSpaceCode(head.charCodeAt(at))) return false;
    }
    return true;
  };
  return acceptLabels(candidates, isBlank).filter(Boolean).length;
}
