// Documents carry their dates as YYYY-MM-DD (content/sources.ts, or a date line the parser read).
// Readers see them spelt out, the same in every locale, so a citation copied anywhere reads alike.

/** The months' English names, January first. */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A calendar date read from YYYY-MM-DD. */
export interface CalendarDate {
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
  readonly day: number;
}

/** Reads a YYYY-MM-DD date; undefined for anything else, or for a day the month does not have. */
export function readIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text.trim());
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** Spells a YYYY-MM-DD date out ("2020-01-31" → "31 January 2020"); other text comes back as it is. */
export function formatLongDate(text: string): string {
  const date = readIsoDate(text);
  if (date === undefined) return text;
  return `${String(date.day)} ${monthNames[date.month - 1] ?? ''} ${String(date.year)}`;
}
