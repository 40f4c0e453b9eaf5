import type { LocalSearchAnswer, LocalSearchRequest } from '../domain/search/local-index';
import type { SearchRecord } from '../domain/search/records';
import {
  createLocalSearchHost,
  type LocalSearchMessage,
  type LocalSearchReply,
} from './local-search-host';
import { startWorker } from './start-worker';

/** The search of briefings saved in this browser, one per page that searches them. */
export interface LocalSearch {
  /** Replaces what is searched with these records; resolves with how many are indexed. */
  index(records: readonly SearchRecord[]): Promise<number>;
  /** Searches the records; rejects with an AbortError when `signal` is aborted. */
  search(request: LocalSearchRequest, signal?: AbortSignal): Promise<LocalSearchAnswer>;
  /** Ends the worker; any later request is answered on the page. */
  close(): void;
}

type Pending = (reply: LocalSearchReply) => void;

const startOwnWorker = (): Worker | undefined =>
  startWorker(
    () => new Worker(new URL('./local-search-worker.ts', import.meta.url), { type: 'module' }),
  );

/**
 * Starts the local search in a worker of its own (kept for the page's life, since it holds the
 * index), or on the page where no worker can run. A worker that fails is replaced by the page,
 * which is given the last records again.
 */
export function createLocalSearch(): LocalSearch {
  let worker = startOwnWorker();
  let onPage: ((message: LocalSearchMessage) => LocalSearchReply) | undefined;
  let lastRecords: readonly SearchRecord[] = [];
  let nextId = 0;
  const pending = new Map<
    number,
    { readonly message: LocalSearchMessage; readonly settle: Pending }
  >();

  const answerOnPage = (message: LocalSearchMessage): LocalSearchReply => {
    if (onPage === undefined) {
      onPage = createLocalSearchHost();
      if (message.type !== 'index') onPage({ type: 'index', id: -1, records: lastRecords });
    }
    return onPage(message);
  };
  const fallBack = (): void => {
    worker?.terminate();
    worker = undefined;
    for (const [id, { message, settle }] of pending) {
      pending.delete(id);
      settle(answerOnPage(message));
    }
  };
  worker?.addEventListener('message', (event: MessageEvent<LocalSearchReply>) => {
    const entry = pending.get(event.data.id);
    pending.delete(event.data.id);
    entry?.settle(event.data);
  });
  worker?.addEventListener('error', (event) => {
    event.preventDefault();
    fallBack();
  });

  const ask = (message: LocalSearchMessage, signal?: AbortSignal): Promise<LocalSearchReply> =>
    new Promise((resolve, reject) => {
      signal?.throwIfAborted();
      const abort = (): void => {
        pending.delete(message.id);
        reject(new DOMException('The search was cancelled.', 'AbortError'));
      };
      signal?.addEventListener('abort', abort, { once: true });
      const settle: Pending = (reply) => {
        signal?.removeEventListener('abort', abort);
        resolve(reply);
      };
      if (worker === undefined) {
        settle(answerOnPage(message));
        return;
      }
      pending.set(message.id, { message, settle });
      worker.postMessage(message);
    });

  const fail = (reply: LocalSearchReply): never => {
    throw new Error(reply.type === 'error' ? reply.message : 'The local search gave no answer.');
  };

  return {
    async index(records) {
      lastRecords = records;
      nextId += 1;
      const reply = await ask({ type: 'index', id: nextId, records });
      return reply.type === 'indexed' ? reply.count : fail(reply);
    },
    async search(request, signal) {
      nextId += 1;
      const reply = await ask({ type: 'search', id: nextId, request }, signal);
      return reply.type === 'answer' ? reply.answer : fail(reply);
    },
    close() {
      worker?.terminate();
      worker = undefined;
    },
  };
}
