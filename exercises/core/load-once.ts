/**
 * Code a view loads on demand (a deferred part, the 汇总 cards of a worksheet type), fetched
 * once however often it is asked for.
 */

/**
 * `load` run when first called; later calls share its promise. After a failure (the
 * connection dropped) the next call tries again.
 */
export function loadOnce<M>(load: () => Promise<M>): () => Promise<M> {
  let pending: Promise<M> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}
