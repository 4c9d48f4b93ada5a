import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function that returns `value` as of the last committed render: the same function for the
 * component's whole life. For memoised children whose handlers need current state when they
 * run (a click), not when they render: handing them the value itself would re-render them on
 * every change of it. (React's useEffectEvent does this for effects only.)
 */
export function useLatest<T>(value: T): () => T {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return useCallback(() => ref.current, []);
}
