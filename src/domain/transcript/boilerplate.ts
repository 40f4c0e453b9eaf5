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

/** Whether a line looks like web-page furniture rather than part of the document. */
export function isFurniture(line: string): boolean {
  const text = line.trim();
  return furniturePatterns.some((pattern) => pattern.test(text));
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
