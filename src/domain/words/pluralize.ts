const counting = new Intl.NumberFormat('en-US');

/** Writes a count the way a reader scans it: `1,250`. */
export function formatCount(count: number): string {
  return counting.format(count);
}

/** A count with its noun: "1 turn", "3 turns", "2 matches" (given `many`), "10,000 exchanges". */
export function pluralize(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
