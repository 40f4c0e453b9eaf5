import { checkInput } from '../domain/document/input-check';
import { previewDocument } from '../domain/document/preview';
import { parseDocument, parseDocumentPair } from '../domain/document/parse-document';
import {
  progressOf,
  type ParseProgress,
  type ParseRequest,
  type ParseResponse,
} from './parse-protocol';

/** Answers one request, in the worker or (as a fallback) on the page; never throws. */
export function runRequest(
  request: ParseRequest,
  onProgress: (progress: ParseProgress) => void,
): ParseResponse {
  try {
    if (request.type === 'parse') {
      onProgress(progressOf('parsing'));
      return { type: 'parsed', document: parseDocument(request.text, request.kind) };
    }
    if (request.type === 'pair') {
      onProgress(progressOf('parsing'));
      const { transcript, article, readerTopics } = request;
      return { type: 'paired', pair: parseDocumentPair(transcript, article, readerTopics) };
    }
    onProgress(progressOf('checking'));
    const { input } = request;
    const check = checkInput(typeof input === 'string' ? input : new Uint8Array(input));
    if (!check.ok) return { type: 'previewed', outcome: check };
    onProgress(progressOf('parsing'));
    const preview = previewDocument(check.text, request.kind);
    return { type: 'previewed', outcome: { ...check, preview } };
  } catch (error) {
    // The parser promises not to throw; if it ever does, the page says so instead of waiting forever.
    return { type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
