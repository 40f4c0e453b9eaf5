// A stage direction is one or more bracketed notes and nothing else: "(CROSSTALK)", "(Laughter.)",
// "[inaudible]", "(BEGIN VIDEO CLIP)". Long bracketed asides are speech, hence the length cap.
const stagePattern =
  /^(?:\([^()\r\n]{1,80}\)|\[[^[\]\r\n]{1,80}\])(?:[\s.]*(?:\([^()\r\n]{1,80}\)|\[[^[\]\r\n]{1,80}\]))*[\s.]*$/;

const maxStageLength = 200;

/** Whether a trimmed paragraph is nothing but a stage direction (not speech). */
export function isStageDirection(text: string): boolean {
  const first = text.charCodeAt(0);
  // "(" or "[" first: most paragraphs are ruled out without running the pattern.
  if (first !== 40 && first !== 91) return false;
  if (text.length > maxStageLength) return false;
  return stagePattern.test(text);
}
