import type { Source } from '../types';

// Page furniture of government and news sites copied as text: banners, domain notices, navigation.
const furniturePatterns = [
  /\b[\w-]+(?:\.[\w-]+)*\.(?:gov|mil|com|org|net|int|edu|uk|eu|it|de|fr)\b/i,
  /(?:^|\s)\.(?:gov|mil)\b/i,
  /https?:\/\//i,
  /\bofficial website\b/i,
  /\bhere['’]s how you know\b/i,
  /\bhistorical collection\b/i,
  /\bshare sensitive information\b/i,
  /\bskip to (?:main )?content\b/i,
  /\b(?:cookies?|privacy policy|subscribe|sign in|log in|breadcrumb)\b/i,
  /^(?:home|menu|search|share|print|email|close|main navigation|transcripts?|news|newsroom|releases?|speeches)$/i,
];

// Breadcrumbs: "Home > Briefings > Department Press Briefing", "Home / News".
const breadcrumb = /\s[>›»]\s|^home\s*[>›»/|]/i;
// Words of a site's menus and section names; a line of them alone is navigation when it holds a
// plural section name ("Press Briefings", "Speeches & Remarks", "News and Events").
const navigationWords = new Set(
  `home news newsroom press media room centre center briefings releases statements speeches
  transcripts readouts interviews events latest all photos videos multimedia more related resources
  menu search share print email languages topics countries regions about us contact and & the of for
  our publications documents archive archives remarks office spokesperson spokesperson's secretary's
  releases opinion stories updates`.split(/\s+/),
);
const sectionWords = new Set(
  `home news newsroom briefings releases statements speeches transcripts readouts interviews events
  photos videos multimedia resources menu search publications documents archives stories updates`.split(
    /\s+/,
  ),
);
const maxNavigationWords = 5;

function isNavigation(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  if (words.length > maxNavigationWords) return false;
  return words.every((word) => navigationWords.has(word)) && words.some((w) => sectionWords.has(w));
}

/** Whether a line looks like web-page furniture rather than part of the document. */
export function isFurniture(line: string): boolean {
  const text = line.trim();
  return (
    furniturePatterns.some((pattern) => pattern.test(text)) ||
    breadcrumb.test(text) ||
    isNavigation(text)
  );
}

const maxPlaceWords = 10;
// "Aboard ...", "En route to ...", "Via teleconference": where or how a briefing was held.
const placeOpening =
  /^(?:aboard|on board|en route|via|by (?:phone|telephone|video)|virtual|online|teleconference|telephonic)\b/i;
const placeNouns =
  /\b(?:room|hall|headquarters|hq|building|center|centre|palace|house|auditorium|theat(?:er|re)|embassy|consulate|airport|air base|base|chamber|studio|street|square|plaza|lawn|garden|rotunda|residence|pentagon|capitol|quarters)$/i;
const placeJoiners = new Set(['of', 'the', 'de', 'des', 'du', 'la', 'le', 'di', 'del', 'and', '&']);
const commaPart = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|of|the|de|du))*$/u;

const isCapitalisedPhrase = (words: readonly string[]): boolean =>
  words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || placeJoiners.has(word));

/**
 * Whether a line names where a briefing was held: "Washington, D.C.", "Brussels, Belgium",
 * "James S. Brady Press Briefing Room", "Aboard the aircraft", "Via teleconference".
 */
export function isPlaceLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 120) return false;
  const words = text.split(/\s+/);
  if (words.length > maxPlaceWords) return false;
  if (placeOpening.test(text)) return true;
  if (placeNouns.test(text) && isCapitalisedPhrase(words)) return true;
  const parts = text.split(/\s*,\s*/);
  return (
    parts.length >= 2 &&
    parts.length <= 4 &&
    !/\d/.test(text) &&
    !titleWords.test(text) &&
    parts.every((part) => commaPart.test(part))
  );
}

const organisationWords =
  /\b(?:department|ministry|office|house|government|nations|organi[sz]ation|council|commission|embassy|mission|agency|union|alliance|parliament|senate|congress|committee|secretariat|bureau|service|republic|kingdom|federation|cabinet|chancellery|presidency)\b/i;

/** Whether a line is a site's or an institution's name ("U.S. Department of State"), no title. */
export function isSiteName(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/);
  if (words.length > maxPlaceWords || /\d/.test(text) || titleWords.test(text)) return false;
  return organisationWords.test(text) && isCapitalisedPhrase(words);
}

const titleWords =
  /\b(?:briefing|briefings|press|conference|remarks|interview|transcript|statement|statements|hearing|roundtable|availability|address|speech|news|media|meeting|call|discussion|q ?& ?a|testimony|gaggle|readout|announcement|town hall)\b/i;
const maxTitleWords = 30;

/** Whether a line reads like a document title: a heading with a telling word, not a sentence. */
export function isTitleLike(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 300) return false;
  if (text.split(/\s+/).length > maxTitleWords) return false;
  if (/[.!?:;,]$/.test(text) && !/\b[A-Z]\.$/.test(text)) return false;
  return titleWords.test(text);
}

/** Whether a line can stand as a title when nothing better is found: short, not a sentence. */
export function isHeadingLike(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 300) return false;
  if (text.split(/\s+/).length > maxTitleWords) return false;
  return !/[.!?,;]$/.test(text) || /\b[A-Z]\.$/.test(text);
}

// Federal department sites are named "<department>.gov"; the department gives the publisher.
const departments = new Map([
  ['defense', 'Defense'],
  ['state', 'State'],
  ['energy', 'Energy'],
  ['justice', 'Justice'],
  ['treasury', 'the Treasury'],
  ['commerce', 'Commerce'],
  ['dol', 'Labor'],
  ['ed', 'Education'],
  ['doi', 'the Interior'],
  ['transportation', 'Transportation'],
  ['usda', 'Agriculture'],
  ['hhs', 'Health and Human Services'],
  ['dhs', 'Homeland Security'],
  ['hud', 'Housing and Urban Development'],
  ['va', 'Veterans Affairs'],
]);

const governmentDomain = /\b(?:www\.)?((?:[a-z0-9-]+\.)*?([a-z0-9-]+))\.(gov|mil)\b/gi;
const ukDomain = /\bgov\.uk\b/i;
const urlPattern = /\bhttps?:\/\/(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:\/[^\s)\]]*)?/i;
const usGovernmentBanner = /\b(?:united states|u\.s\.) government\b/i;

/** What the page furniture says about where the document comes from. */
export interface SourceInfo {
  source?: Source;
  /** The publisher's country, used as the affiliation of officials with no nationality given. */
  country?: string;
}

/** Reads the publisher (from ".gov" domains and banners) and a URL from the text before the turns. */
export function readSource(text: string): SourceInfo {
  let publisher: string | undefined;
  let country: string | undefined;
  for (const match of text.matchAll(governmentDomain)) {
    const [, domain = '', name = '', top = ''] = match;
    country = 'United States';
    const department = departments.get(name.toLowerCase());
    if (department !== undefined && top.toLowerCase() === 'gov') {
      publisher = `U.S. Department of ${department}`;
      break;
    }
    if (name.toLowerCase() === 'whitehouse') {
      publisher = 'The White House';
      break;
    }
    publisher ??= `${domain.toLowerCase()}.${top.toLowerCase()}`;
  }
  if (publisher === undefined && usGovernmentBanner.test(text)) {
    publisher = 'United States Government';
    country = 'United States';
  }
  if (publisher === undefined && ukDomain.test(text)) {
    publisher = 'GOV.UK';
    country = 'United Kingdom';
  }
  const urlMatch = urlPattern.exec(text);
  const url = urlMatch?.[0];
  const host = urlMatch?.[1];
  publisher ??= host?.toLowerCase();
  if (publisher === undefined) return {};
  const source: Source = { publisher };
  if (url !== undefined) source.url = url;
  return country === undefined ? { source } : { source, country };
}

const maxTrailingWords = 8;
// A street address or a postcode line: "1600 Harbor Avenue NW", "Port Lorne, PL 20500".
const addressLine = /^\d{1,5}\s+\p{Lu}|\b\d{4,6}(?:-\d{4})?$/u;

/** Whether a line is short page text, such as a footer's, rather than a sentence of speech. */
export function isShortLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || /[.?!,;:"”]$/.test(text)) return false;
  return text.split(/\s+/).length <= maxTrailingWords;
}

/** Whether a line at the end of a page is its footer: furniture, a site's name, an address. */
export function isFooterLine(line: string): boolean {
  const text = line.trim();
  return (
    /^(?:#\s*){3,}$/.test(text) ||
    isFurniture(text) ||
    isSiteName(text) ||
    (isShortLine(text) && addressLine.test(text))
  );
}
