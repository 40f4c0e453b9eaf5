const months = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

const monthName = String.raw`(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const weekday = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
// "Jan. 27, 2020", "Monday, January 27, 2020", "27 January 2020", "2020-01-27", "1/27/2020".
const datePatterns = [
  new RegExp(
    String.raw`^${weekday}${monthName}\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b`,
    'i',
  ),
  new RegExp(
    String.raw`^${weekday}(?<day>\d{1,2})(?:st|nd|rd|th)?\s+${monthName}\s*,?\s+(?<year>\d{4})\b`,
    'i',
  ),
  /^(?<year>\d{4})-(?<monthNumber>\d{2})-(?<day>\d{2})\b/,
  /^(?<monthNumber>\d{1,2})\/(?<day>\d{1,2})\/(?<year>\d{4})\b/,
];

const maxDateLineWords = 10;

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * Reads a line that starts with a date and says little else ("Jan. 27, 2020", "Monday, January 27,
 * 2020 | 10:00 a.m."), giving the date as YYYY-MM-DD, or undefined.
 */
export function readDateLine(line: string): string | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > 120) return undefined;
  if (text.split(/\s+/).length > maxDateLineWords) return undefined;
  for (const pattern of datePatterns) {
    const groups = pattern.exec(text)?.groups;
    if (groups === undefined) continue;
    const month =
      groups.month === undefined
        ? Number(groups.monthNumber)
        : months.indexOf(groups.month.slice(0, 3).toLowerCase() as (typeof months)[number]) + 1;
    const day = Number(groups.day);
    const year = Number(groups.year);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  return undefined;
}

// "Presenter: ...", "Location: ..." and the like between the title and the first speaker.
const metadataPattern =
  /^[ \t\u00a0]*(?:presenters?|location|date|time|venue|place|participants?|attendees|subject|source|release(?: no\.?| number)?|contact|event|host|hosts|guests?|published|updated|by|dateline|city)[ \t\u00a0]*:(?:\s|$)/i;

/** Whether a line is a "Key: value" metadata line such as `Presenter:` or `Location:`. */
export function isMetadataLine(line: string): boolean {
  return metadataPattern.test(line);
}
