/** One request to a worker of its own: how to tell its answer from its progress messages. */
export interface WorkerRequest<Message> {
  readonly message: unknown;
  /** Objects handed over to the worker; they are unusable here afterwards. */
  readonly transfer?: Transferable[];
  readonly signal?: AbortSignal | undefined;
  /** What an AbortError says when the request is cancelled. */
  readonly cancelled: string;
  /** True for the message that answers the request; every other message is progress. */
  readonly isAnswer: (message: Message) => boolean;
  readonly onProgress: (message: Message) => void;
}

/**
 * Sends one request to `worker` and resolves with its answer, ending the worker then or on cancel.
 * Resolves 'no-worker' when the worker cannot run (blocked by policy, missing file), so the caller
 * can do the work itself.
 */
export function askWorker<Message>(
  worker: Worker,
  request: WorkerRequest<Message>,
): Promise<Message | 'no-worker'> {
  const { signal } = request;
  return new Promise((resolve, reject) => {
    const finish = (): void => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = (): void => {
      finish();
      reject(new DOMException(request.cancelled, 'AbortError'));
    };
    signal?.addEventListener('abort', cancel);
    worker.addEventListener('message', (event: MessageEvent<Message>) => {
      if (!request.isAnswer(event.data)) {
        request.onProgress(event.data);
        return;
      }
      finish();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      resolve('no-worker');
    });
    worker.postMessage(request.message, request.transfer ?? []);
  });
}
