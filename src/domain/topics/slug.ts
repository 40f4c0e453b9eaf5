// Topic ids are slugs of the subject, so that the same subject found in two briefings gets the same
// id (the archive joins on it). A slug holds lower-case letters, digits and single hyphens, never an
// underscore: ids with an underscore are free for readers' own topics.

/** The id form of a subject's name: "North Korea" -> "north-korea", "F-35" -> "f-35", "Côte d'Ivoire" -> "cote-d-ivoire". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
