/**
 * Starts a worker made by `create`, or gives undefined where no worker can run (tests, old browsers,
 * a policy that forbids it): the caller then does the work on the page. `create` must spell out
 * `new Worker(new URL('./name.ts', import.meta.url), …)` itself, which is how Vite finds the worker.
 */
export function startWorker(create: () => Worker): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return create();
  } catch {
    return undefined;
  }
}
