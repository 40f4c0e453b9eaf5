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

// Keys of "Key: value" lines between the title and the first speaker.
const metadataKeys = String.raw`(?:presenters?|location|date|dates|time|venue|place|participants?|attendees|subject|source|release(?: no\.?| number| date)?|date of release|released|contact|media contact|event|host|hosts|guests?|published|first published|last updated|updated|last modified|posted|issued|by|dateline|city|from|notes?|editor'?s note|transcript|duration|length|speakers?|panel(?:ists)?|briefer|briefers|tags|topics?|categor(?:y|ies)|for immediate release|embargoed?(?: until)?|as prepared(?: for delivery)?|as delivered|office of [\p{L} ]{1,40})`;
const metadataPattern = new RegExp(
  String.raw`^[ \t\u00a0]*${metadataKeys}[ \t\u00a0]*:(?:\s|$)`,
  'iu',
);
// A key alone on its line, its value on the next ("Release Date:" / "Published"), or a key and a
// date without a colon ("Last updated 3 March 2024").
const keyAlonePattern = new RegExp(
  String.raw`^[ \t\u00a0]*${metadataKeys}[ \t\u00a0]*:?[ \t\u00a0]*$`,
  'iu',
);
const keyDatePattern = new RegExp(
  String.raw`^[ \t\u00a0]*(?:published|first published|last updated|updated|posted|issued|released|release date|date)[ \t\u00a0]+(?:on[ \t\u00a0]+)?(?=\S)`,
  'iu',
);
// "1:32 P.M. EDT", "10:30 a.m.": the time a briefing began.
const timeOfDay =
  /^[ \t\u00a0]*(?:\d{1,2}[:.]\d{2}[ \t\u00a0]*(?:[AaPp]\.?[ \t\u00a0]?[Mm]\.?)(?:[ \t\u00a0]+[A-Z]{2,5})?\.?|\d{1,2}:\d{2}(?:[ \t\u00a0]+[A-Z]{2,5})?)[ \t\u00a0]*$/;
// "(As delivered)", "[Transcript]": a bracketed note alone before the first speaker.
const noteLine = /^[ \t\u00a0]*(?:\([^()\r\n]{1,80}\)|\[[^[\]\r\n]{1,80}\])[ \t\u00a0.]*$/;

// Keys that name people: "Host: Good evening, and welcome." is a host speaking, not metadata.
const peopleKey =
  /^[ \t\u00a0]*(?:presenters?|participants?|attendees|hosts?|guests?|speakers?|panel(?:ists)?|briefers?)[ \t\u00a0]*:/i;

/** Whether a line is a "Key: value" metadata line such as `Presenter:` or `Location:`. */
export function isMetadataLine(line: string): boolean {
  if (!metadataPattern.test(line)) return false;
  const people = peopleKey.exec(line);
  if (people === null) return true;
  const value = line.slice(people[0].length).trim();
  return !/[.?!]$/.test(value) || value.split(/\s+/).length <= 3;
}

/** Whether a line is a metadata key whose value stands on the next line ("Release Date:"). */
export function isMetadataKey(line: string): boolean {
  return keyAlonePattern.test(line);
}

/**
 * Whether a line before the first speaker says when, where or how rather than what: a key and
 * value, a date ("Last updated 3 March 2024" too), a time of day, a bracketed note.
 */
export function isFrontMetadata(line: string): boolean {
  if (isMetadataLine(line) || keyAlonePattern.test(line)) return true;
  if (timeOfDay.test(line) || noteLine.test(line)) return true;
  const keyed = keyDatePattern.exec(line);
  const rest = keyed === null ? line : line.slice(keyed[0].length);
  return readDateLine(rest) !== undefined;
}
