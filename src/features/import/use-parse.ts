import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentKind } from '../../domain/detect-kind';
import type { ParsedDocument } from '../../domain/types';
import { parseInWorker, type ParseProgress } from '../../workers/parse-client';

export type ParseState =
  | { status: 'idle' }
  | { status: 'parsing'; progress: ParseProgress }
  | { status: 'ready'; document: ParsedDocument }
  | { status: 'failed'; message: string };

const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

/**
 * Parses on request (a click, a chosen file), never on every keystroke. Starting a new parse cancels
 * the one before, so a slow large file cannot overwrite the preview of the text that replaced it.
 */
export function useParse() {
  const [state, setState] = useState<ParseState>({ status: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);

  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = undefined;
  }, []);

  const start = useCallback(
    (text: string, kind: DocumentKind | undefined) => {
      cancel();
      const controller = new AbortController();
      running.current = controller;
      setState({ status: 'parsing', progress: { stage: 'reading', fraction: 0 } });
      const onProgress = (progress: ParseProgress): void => {
        if (!controller.signal.aborted) setState({ status: 'parsing', progress });
      };
      parseInWorker(text, kind, onProgress, controller.signal).then(
        (document) => {
          if (!controller.signal.aborted) setState({ status: 'ready', document });
        },
        (error: unknown) => {
          if (isAbort(error) || controller.signal.aborted) return;
          setState({
            status: 'failed',
            message: error instanceof Error ? error.message : 'The text could not be read.',
          });
        },
      );
    },
    [cancel],
  );

  const reset = useCallback(() => {
    cancel();
    setState({ status: 'idle' });
  }, [cancel]);

  // Leaving the page stops a parse that is still running.
  useEffect(() => cancel, [cancel]);

  return { state, start, reset };
}
