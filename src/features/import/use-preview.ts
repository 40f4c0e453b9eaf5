import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentKind } from '../../domain/document/detect-kind';
import {
  previewInWorker,
  type ParseProgress,
  type PreviewOutcome,
} from '../../workers/parse-client';

export type PreviewState =
  | { status: 'idle' }
  | { status: 'working'; progress: ParseProgress }
  | { status: 'ready'; outcome: PreviewOutcome }
  | { status: 'failed'; message: string };

const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

/**
 * Checks and parses on request (a click, a chosen file), never on every keystroke. Starting again
 * cancels the run before, so a slow large file cannot overwrite the preview of what replaced it.
 */
export function usePreview() {
  const [state, setState] = useState<PreviewState>({ status: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);

  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = undefined;
  }, []);

  /** Shows an outcome known without parsing, such as a file refused for its size. */
  const settle = useCallback(
    (outcome: PreviewOutcome) => {
      cancel();
      setState({ status: 'ready', outcome });
    },
    [cancel],
  );

  const start = useCallback(
    (input: string | ArrayBuffer | Promise<ArrayBuffer>, kind: DocumentKind | undefined) => {
      cancel();
      const controller = new AbortController();
      running.current = controller;
      setState({ status: 'working', progress: { stage: 'reading', fraction: 0 } });
      const onProgress = (progress: ParseProgress): void => {
        if (!controller.signal.aborted) setState({ status: 'working', progress });
      };
      Promise.resolve(input)
        .then((value) => previewInWorker(value, kind, onProgress, controller.signal))
        .then(
          (outcome) => {
            if (!controller.signal.aborted) setState({ status: 'ready', outcome });
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

  // Leaving the page stops a parse that is still running.
  useEffect(() => cancel, [cancel]);

  return { state, start, settle };
}
