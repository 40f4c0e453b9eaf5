// Apart from the matcher, so that what only needs a pattern's key (a reader's topic read from a link)
// does not load the matcher with it.

/** A pattern's key: lower case, with every run of spaces, no-break spaces or hyphens as one space. */
export const keyOf = (text: string): string =>
  text
    .toLowerCase()
    .split(/[\s\u00a0-]+/)
    .filter((word) => word.length > 0)
    .join(' ');
