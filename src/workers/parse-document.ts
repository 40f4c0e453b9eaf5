import { defaultTopics } from '../content/topics';
import { detectKind, type DocumentKind } from '../domain/detect-kind';
import { parseArticle } from '../domain/parse-article';
import { parseTranscript } from '../domain/parse-transcript';
import type { ParsedDocument, Topic } from '../domain/types';

/** Parses text as the kind given, or as the kind it looks like when none is. */
export function parseDocument(
  text: string,
  kind: DocumentKind | undefined,
  topics: readonly Topic[] = defaultTopics,
): ParsedDocument {
  const chosen = kind ?? detectKind(text);
  return chosen === 'transcript'
    ? parseTranscript(text, { topics })
    : parseArticle(text, { topics });
}
