import { defaultTopics } from '../../content/topics';
import { detectKind, type DocumentKind } from './detect-kind';
import { parseArticle } from '../article/parse-article';
import { parseTranscript } from '../transcript/parse-transcript';
import type { ParsedDocument, Topic } from '../types';

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
