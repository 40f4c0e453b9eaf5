// A link that opens the source page scrolled to the quoted words and marks them: a URL text fragment
// (`#:~:text=`). The words are percent-encoded, and so are '-', '&' and ',', which the fragment's
// own syntax uses. A short quote in one paragraph is matched whole; a longer one, or one that spans
// paragraphs (a match cannot cross a block of the page), by its first and last words.

/** Quotes up to this many characters in one paragraph are matched word for word. */
const exactLimit = 80;
/** How many words open and close a longer quote's match. */
const edgeWords = 4;

/** Percent-encodes a text directive's term, with the characters its syntax reserves. */
export function encodeTextDirective(term: string): string {
  return encodeURIComponent(term).replaceAll('-', '%2D');
}

const splitWords = (text: string): string[] =>
  text
    .replace(/\s+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);

/** The `text=` directive for quoted paragraphs (white space squeezed), or undefined without words. */
export function composeTextDirective(paragraphs: readonly string[]): string | undefined {
  const texts = paragraphs.map((text) => text.replace(/\s+/gu, ' ').trim()).filter(Boolean);
  const [first] = texts;
  const last = texts.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const firstWords = splitWords(first);
  if (texts.length === 1 && (first.length <= exactLimit || firstWords.length <= 2 * edgeWords)) {
    return `text=${encodeTextDirective(first)}`;
  }
  const start = firstWords.slice(0, edgeWords).join(' ');
  const end = splitWords(last).slice(-edgeWords).join(' ');
  return `text=${encodeTextDirective(start)},${encodeTextDirective(end)}`;
}

/** The source page's address with a text fragment of the quoted paragraphs (the address alone without words). */
export function linkToQuotedText(url: string, paragraphs: readonly string[]): string {
  const directive = composeTextDirective(paragraphs);
  if (directive === undefined) return url;
  // A page's own fragment stays: the directive follows it after ':~:'.
  return `${url}${url.includes('#') ? '' : '#'}:~:${directive}`;
}
