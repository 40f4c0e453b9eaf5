import { isTimestamp } from './timestamps';

// A stage direction is one or more bracketed notes and nothing else: "(CROSSTALK)", "(Laughter.)",
// "[inaudible]", "(BEGIN VIDEO CLIP)". Long bracketed asides are speech, hence the length cap.
const notesPattern =
  /^(?:\([^()\r\n]{1,80}\)|\[[^[\]\r\n]{1,80}\])(?:[\s.]*(?:\([^()\r\n]{1,80}\)|\[[^[\]\r\n]{1,80}\]))*[\s.]*$/;
const notePattern = /\(([^()\r\n]*)\)|\[([^[\]\r\n]*)\]/g;

// What happens in the room rather than what is said: a note holds one of these words. A note
// without one ("(As prepared)", "(NATO)") is part of the text.
const stageWords =
  /\b(?:crosstalk|cross-talk|inaudible|unintelligible|indiscernible|unclear|garbled|laugh|laughs|laughter|laughing|chuckles?|applause|applauds|cheers|cheering|boos|booing|pause|pauses|silence|sighs|coughs|begin|end|ends|video|videotape|audio|clip|tape|commercial|music|break|recess|adjourned|adjourns|concluded|concludes|ended|began|begins|whereupon|off[- ]?mi(?:c|ke)|on[- ]?mi(?:c|ke)|mic|microphone|interruption|interrupts|interrupted|technical|difficulties|feed|transmission|gavel|gestures?|nods|points|exits|enters|leaves|departs|arrives|speaks|speaking|spoke|continues|continuing|resumes|translation|translated|interpretation|interpreted|interpreter|translator|simultaneous|language|overlapping|background|noise|phone|rings|bell|no response|indicating|sic|beat|gap|ph|static|muffled|recording)\b/i;

// Languages a speaker may change to mid-turn: "(in French)", "(Speaks in Arabic)".
const languageNames =
  'Arabic|Armenian|Azerbaijani|Bengali|Bulgarian|Burmese|Catalan|Chinese|Mandarin|Cantonese|Croatian|Czech|Danish|Dari|Dutch|English|Estonian|Farsi|Persian|Filipino|Tagalog|Finnish|French|Georgian|German|Greek|Hebrew|Hindi|Hungarian|Icelandic|Indonesian|Irish|Italian|Japanese|Kazakh|Korean|Kurdish|Latvian|Lithuanian|Macedonian|Malay|Maltese|Mongolian|Nepali|Norwegian|Pashto|Polish|Portuguese|Romanian|Russian|Serbian|Slovak|Slovenian|Somali|Spanish|Swahili|Swedish|Thai|Turkish|Ukrainian|Urdu|Uzbek|Vietnamese|Welsh|Amharic|Hausa|Yoruba|Albanian|Belarusian|Bosnian|Montenegrin|Luxembourgish|Tamil|Punjabi|Sinhala|Khmer|Lao|Tigrinya';
const languageWords = new RegExp(String.raw`\b(?:${languageNames}|foreign language)\b`, 'i');
// "(in French)", "(Speaks in Finnish)", "(speaking a foreign language)": with a verb of speaking any
// capitalised word is taken for the language; after a bare "in" only a known language is.
const languageNote = new RegExp(
  String.raw`[([][ \t\u00a0]*(?:(?:speaks|speaking|spoke|continues|continuing|answers|answering|replies|replying|responds|responding|says|saying)[ \t\u00a0]+(?:in[ \t\u00a0]+)?(?:\p{Lu}\p{Ll}+|a[ \t\u00a0]+foreign[ \t\u00a0]+language|foreign[ \t\u00a0]+language)|in[ \t\u00a0]+(?:${languageNames}))[ \t\u00a0]*\.?[ \t\u00a0]*[)\]]`,
  'iuy',
);

// "2:47 P.M. EDT", "END 2:47 P.M. EDT", "10:30 a.m.": a clock line is no speech.
const timeLine =
  /^(?:(?:END|BEGIN|end|begin|End|Begin)[ \t\u00a0]+)?\d{1,2}:\d{2}(?:[ \t\u00a0]*[AaPp]\.?[ \t\u00a0]?[Mm]\.?)?(?:[ \t\u00a0]+[A-Z]{2,5}\.?)?$/;

const maxStageLength = 200;

const isStageNote = (inner: string): boolean =>
  stageWords.test(inner) || languageWords.test(inner) || isTimestamp(inner);

/** Whether a trimmed paragraph is nothing but a stage direction or a clock line (not speech). */
export function isStageDirection(text: string): boolean {
  if (text.length > maxStageLength) return false;
  const first = text.charCodeAt(0);
  // "(" or "[" first, or a digit or "E"/"B" for a clock line: most paragraphs are ruled out at once.
  if (first !== 40 && first !== 91) return timeLine.test(text);
  if (!notesPattern.test(text)) return false;
  for (const match of text.matchAll(notePattern)) {
    if (!isStageNote((match[1] ?? match[2] ?? '').trim())) return false;
  }
  return true;
}

/**
 * Reads a note of the language spoken at `start` of `input` ("(in French)", "(Speaks in Arabic)"),
 * giving where it ends, or -1.
 */
export function readLanguageNote(input: string, start: number, end: number): number {
  const first = input.charCodeAt(start);
  if (first !== 40 && first !== 91) return -1;
  languageNote.lastIndex = start;
  const match = languageNote.exec(input);
  if (match === null) return -1;
  const stop = match.index + match[0].length;
  return stop <= end ? stop : -1;
}
