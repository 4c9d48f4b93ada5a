/**
 * A dynamic import that can be started ahead of need: `load()` starts it, or joins the one under
 * way; `loaded()` is its result once it has arrived, for rendering at once without suspending.
 * A failure is forgotten, so the next `load()` (a retry, a later visit) tries again, where
 * React.lazy would keep the error for good.
 */
export function preloadable<T>(importer: () => Promise<T>) {
  let loading: Promise<T> | null = null;
  let result: { value: T } | null = null;
  const load = (): Promise<T> =>
    (loading ??= importer().then(
      (value) => {
        result = { value };
        return value;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  return { load, loaded: (): T | undefined => result?.value };
}
