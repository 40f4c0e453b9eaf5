import { defaultTopics } from '../../content/topics';
import { detectKind, type DocumentKind } from './detect-kind';
import { parseArticle } from '../article/parse-article';
import { parseTranscript } from '../transcript/parse-transcript';
import { tagDocuments } from '../topics/tag-documents';
import type { Article, ParsedDocument, Topic, Transcript } from '../types';

/** A parsed document and the topics it is tagged with: the curated ones, then those found in it. */
export interface TaggedDocument {
  readonly document: ParsedDocument;
  readonly topics: readonly Topic[];
}

/**
 * Parses text as the kind given, or as the kind it looks like when none is, and tags it with the
 * curated topics and the subjects found in its text.
 */
export function parseTaggedDocument(
  text: string,
  kind: DocumentKind | undefined,
  curated: readonly Topic[] = defaultTopics,
): TaggedDocument {
  const chosen = kind ?? detectKind(text);
  // Parsed untagged, then tagged once with every topic.
  if (chosen === 'transcript') {
    const tagged = tagDocuments(parseTranscript(text, { topics: [] }), undefined, { curated });
    return { document: tagged.transcript, topics: tagged.topics };
  }
  const tagged = tagDocuments(undefined, parseArticle(text, { topics: [] }), { curated });
  return { document: tagged.article, topics: tagged.topics };
}

/** Parses text as the kind given, or as the kind it looks like when none is (see parseTaggedDocument). */
export function parseDocument(
  text: string,
  kind: DocumentKind | undefined,
  curated: readonly Topic[] = defaultTopics,
): ParsedDocument {
  return parseTaggedDocument(text, kind, curated).document;
}

/** A briefing and the story beside it (if any), tagged together, with the topics they were tagged with. */
export interface TaggedPair {
  readonly transcript: Transcript;
  readonly article: Article | undefined;
  /** The curated topics, those found in both documents, then the reader's own. */
  readonly topics: readonly Topic[];
}

/**
 * Parses a briefing and the story beside it and tags them together, as the shipped pair is: the
 * topics found in either are counted in both, and the reader's own topics are tagged too.
 */
export function parseDocumentPair(
  briefing: string,
  story: string | undefined,
  own: readonly Topic[] = [],
  curated: readonly Topic[] = defaultTopics,
): TaggedPair {
  const transcript = parseTranscript(briefing, { topics: [] });
  const article = story === undefined ? undefined : parseArticle(story, { topics: [] });
  return tagDocuments(transcript, article, { curated, own });
}
