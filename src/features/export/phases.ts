/**
 * Where an export's time goes: each phase leaves a `performance.measure`
 * (`export-phase:<format>:<phase>`), which `npm run bench` (exports section) prints beside the
 * export's total, so a slow export says whether it waited, captured, drew or encoded.
 */
export function phaseTimer(format: string) {
  let last = performance.now();
  return (phase: string) => {
    const now = performance.now();
    performance.measure(`export-phase:${format}:${phase}`, { start: last, end: now });
    last = now;
  };
}
