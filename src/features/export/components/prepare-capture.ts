import { useEffect } from 'react';

/**
 * Loads the capture code and warms it (capture.ts warmCapture: snapDOM's one-time setup and
 * the frame's fonts), so the export a user picks does not pay a first capture's setup: a
 * panel PNG took ~500–830 ms cold against ~290 ms warm (decision 020). Called when an export
 * menu opens, and once when the browser is idle after a page for a user who may export.
 */
export function prepareCapture(): void {
  void import('../run-export').then((m) => m.warmCapture());
}

/** After the page has had time to draw (a few seconds, then an idle moment), for exporters only. */
const IDLE_AFTER_MS = 3000;

export function usePrepareCaptureWhenIdle(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    // Safari has no requestIdleCallback: a plain timeout there.
    const { requestIdleCallback: whenIdle, cancelIdleCallback } = window as Partial<Window>;
    let idle = 0;
    const timer = window.setTimeout(() => {
      idle = whenIdle ? whenIdle(prepareCapture) : window.setTimeout(prepareCapture, 0);
    }, IDLE_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      if (idle) (cancelIdleCallback ?? window.clearTimeout)(idle);
    };
  }, [enabled]);
}
