import { identifyingWords, isHonorific, type Subject } from './attribution';
import type { Speaker, SpeakerId } from '../types';

/** A person an attribution named; becomes a Speaker once a paragraph is attributed to them. */
export interface Candidate {
  name: string;
  words: string[];
  role?: string;
  labels: string[];
  speaker?: Speaker;
}

const isSubset = (small: readonly string[], large: readonly string[]): boolean =>
  small.length > 0 && small.every((word) => large.includes(word));

const normaliseRole = (role: string): string =>
  role
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .trim();

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A lower-case, accent-free, hyphenated form of `text` for ids. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Remembers who attributions named, resolves later short forms ("Sir Jane added:" after
 * "Defence Secretary Sir Jane Doe said:", "He said:", "The Defence Secretary said:") to the same
 * person, and hands out speakers with stable ids (`s-` + surname) in order of first quote.
 */
export class ArticleSpeakers {
  private readonly candidates: Candidate[] = [];
  private readonly usedIds = new Set<string>();
  private last: Candidate | undefined;
  readonly speakers: Speaker[] = [];

  /** The candidate a subject names, creating one when it names someone new; undefined for a
   * pronoun with no one before it. */
  resolve(subject: Subject): Candidate | undefined {
    const found = subject.pronoun ? this.last : this.find(subject);
    const candidate = found ?? (subject.pronoun ? undefined : this.create(subject));
    if (candidate === undefined) return undefined;
    if (!subject.pronoun) this.merge(candidate, subject);
    this.last = candidate;
    return candidate;
  }

  /** The speaker of a quote by this candidate, listed on first use. */
  speakerOf(candidate: Candidate): Speaker {
    if (candidate.speaker !== undefined) return candidate.speaker;
    const speaker: Speaker = {
      id: this.nextId(candidate) as SpeakerId,
      name: candidate.name,
      kind: candidate.role === undefined ? 'unknown' : 'official',
      ...(candidate.role === undefined ? {} : { role: candidate.role }),
      labels: [...candidate.labels],
    };
    candidate.speaker = speaker;
    this.speakers.push(speaker);
    return speaker;
  }

  private find(subject: Subject): Candidate | undefined {
    const recentFirst = [...this.candidates].reverse();
    if (subject.name !== undefined) {
      const words = identifyingWords(subject.name);
      return recentFirst.find((c) => isSubset(words, c.words) || isSubset(c.words, words));
    }
    const role = normaliseRole(subject.role ?? '');
    return recentFirst.find((c) => {
      const known = normaliseRole(c.role ?? '');
      return known.length > 0 && (known === role || known.endsWith(` ${role}`));
    });
  }

  private create(subject: Subject): Candidate {
    const name = subject.name ?? capitalise(normaliseRole(subject.role ?? subject.phrase));
    const candidate: Candidate = {
      name,
      words: subject.name === undefined ? [] : identifyingWords(subject.name),
      labels: [],
    };
    this.candidates.push(candidate);
    return candidate;
  }

  // A fuller name or a role learnt later improves what is shown ("Sir Jane" then "Sir Jane Doe").
  private merge(candidate: Candidate, subject: Subject): void {
    if (!candidate.labels.includes(subject.phrase)) candidate.labels.push(subject.phrase);
    if (candidate.role === undefined && subject.role !== undefined) candidate.role = subject.role;
    if (subject.name !== undefined) {
      const words = identifyingWords(subject.name);
      if (words.length > candidate.words.length) {
        candidate.name = subject.name;
        candidate.words = words;
      }
    }
    const speaker = candidate.speaker;
    if (speaker !== undefined) {
      speaker.name = candidate.name;
      if (candidate.role !== undefined) {
        speaker.role = candidate.role;
        speaker.kind = 'official';
      }
      if (!speaker.labels.includes(subject.phrase)) speaker.labels.push(subject.phrase);
    }
  }

  private nextId(candidate: Candidate): string {
    const surname = candidate.name
      .split(/\s+/)
      .filter((word) => !isHonorific(word))
      .at(-1);
    const base = `s-${slugify((candidate.words.length > 0 ? surname : candidate.name) ?? '') || 'speaker'}`;
    let id = base;
    for (let n = 2; this.usedIds.has(id); n += 1) id = `${base}-${n}`;
    this.usedIds.add(id);
    return id;
  }
}
