import { defaultTopics } from '../../content/topics';
import type { DocumentKind } from './detect-kind';
import { parseTaggedDocument } from './parse-document';
import { guessSource, type SourceGuess } from './source-facts';
import type { ParsedDocument, Speaker, Topic, TopicId } from '../types';

// What the import page shows before saving, computed where the parse ran. Sending this summary back
// instead of the whole parsed document spares the page from copying tens of megabytes of objects
// out of the worker, which alone would freeze it for a second or more on a 10 MB file.

/** How many items of a long list a preview shows. */
export const previewLimit = 50;

export interface PreviewSpeaker {
  id: string;
  name: string;
  kind: Speaker['kind'];
  role?: string;
  affiliation?: string;
  labels: string[];
  turns: number;
}

export interface DocumentPreview {
  kind: DocumentKind;
  title: string;
  /** Topic labels, in the order topics are listed. */
  topics: string[];
  speakers: PreviewSpeaker[];
  speakerCount: number;
  exchanges: { id: string; title: string }[];
  exchangeCount: number;
  paragraphCount: number;
  quoteCount: number;
  diagnostics: string[];
  diagnosticCount: number;
  /** Publisher, date and address as far as the text tells them, for the save form to start from. */
  source: SourceGuess;
}

function describeSpeaker(speaker: Speaker, turns: number): PreviewSpeaker {
  const preview: PreviewSpeaker = {
    id: speaker.id,
    name: speaker.name,
    kind: speaker.kind,
    labels: speaker.labels,
    turns,
  };
  if (speaker.role !== undefined) preview.role = speaker.role;
  if (speaker.affiliation !== undefined) preview.affiliation = speaker.affiliation;
  return preview;
}

/** Sums up a parsed document for the preview: first items of long lists, and their full counts. */
export function summarizeDocument(
  document: ParsedDocument,
  topics: readonly Topic[] = defaultTopics,
  text = '',
): DocumentPreview {
  const turnCounts = new Map<string, number>();
  const found = new Set<TopicId>();
  if (document.kind === 'transcript') {
    for (const turn of document.turns) {
      turnCounts.set(turn.speakerId, (turnCounts.get(turn.speakerId) ?? 0) + 1);
    }
    for (const exchange of document.exchanges) for (const id of exchange.topics) found.add(id);
  } else {
    for (const paragraph of document.paragraphs) for (const id of paragraph.topics) found.add(id);
  }
  const exchanges = document.kind === 'transcript' ? document.exchanges : [];
  const paragraphs =
    document.kind === 'transcript'
      ? document.turns.reduce((sum, turn) => sum + turn.paragraphs.length, 0)
      : document.paragraphs.length;
  const quoteCount =
    document.kind === 'article'
      ? document.paragraphs.filter((paragraph) => paragraph.kind === 'quote').length
      : 0;
  return {
    kind: document.kind,
    title: document.title,
    topics: topics.filter((topic) => found.has(topic.id)).map((topic) => topic.label),
    speakers: document.speakers
      .slice(0, previewLimit)
      .map((speaker) => describeSpeaker(speaker, turnCounts.get(speaker.id) ?? 0)),
    speakerCount: document.speakers.length,
    exchanges: exchanges
      .slice(0, previewLimit)
      .map((exchange) => ({ id: exchange.id, title: exchange.title })),
    exchangeCount: exchanges.length,
    paragraphCount: paragraphs,
    quoteCount,
    diagnostics: document.diagnostics.slice(0, previewLimit).map((item) => item.message),
    diagnosticCount: document.diagnostics.length,
    source: guessSource(document, text),
  };
}

/** Parses text, tags it with the curated topics and those found in it, and sums it up. */
export function previewDocument(text: string, kind: DocumentKind | undefined): DocumentPreview {
  const { document, topics } = parseTaggedDocument(text, kind);
  return summarizeDocument(document, topics, text);
}
