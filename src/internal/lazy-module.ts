/**
 * A module fetched on first need and kept: `get()` is it once loaded (or `fallback`, if its chunk
 * could not be fetched: the feature then does without), `load()` fetches it, and answers
 * undefined once there is nothing left to wait for. `provide()` hands it over where a caller
 * imported it already (a synchronous API that cannot wait for a chunk).
 */
export function lazyModule<M>(load: () => Promise<M>, fallback: M) {
  let module: M | undefined;
  let loading: Promise<void> | undefined;
  return {
    get: (): M | undefined => module,
    provide: (loaded: M): void => void (module ??= loaded),
    load: (): Promise<void> | undefined =>
      module === undefined
        ? (loading ??= load().then(
            (loaded) => void (module = loaded),
            () => void (module = fallback),
          ))
        : undefined,
  };
}

/** Waits for the loads under way among `loads`; undefined when there is none. */
export function whenLoaded(...loads: (Promise<unknown> | undefined)[]): Promise<unknown> | undefined {
  const pending = loads.filter(Boolean);
  return pending.length ? Promise.all(pending) : undefined;
}
