/** A cancellable wait, for retry backoff. */

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
export function delay(options: { ms: number; signal?: AbortSignal }): Promise<void> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(options.signal.reason);
    const timer = setTimeout(() => {
      options.signal?.removeEventListener('abort', onAbort);
      resolve();
    }, options.ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(options.signal!.reason);
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}
