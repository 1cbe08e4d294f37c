// What the page measures about itself, for the browser tests and the benchmark: how long drawing a whole day takes,
// and applying one pushed change, each from the data in hand to the grid laid out (script, style and layout; the
// paint that follows is the browser's). Read as window.__frontdesk.metrics; also performance.measure entries.

export interface Measurement {
  readonly ms: number;
  readonly columns: number;
  readonly bookings: number;
  readonly at: number;
}

export interface CalendarMetrics {
  readonly renders: Measurement[];
  readonly changes: Measurement[];
  /** performance.now() when a day's grid was first shown: from the start of navigation, network and hub included. */
  firstGridAt: number | null;
}

declare global {
  interface Window {
    __frontdesk?: { metrics?: CalendarMetrics };
  }
}

export const metrics: CalendarMetrics = { renders: [], changes: [], firstGridAt: null };
window.__frontdesk = { ...window.__frontdesk, metrics };

/** Runs a drawing step, forces layout at its end, and records how long both took. */
export function measure<T>(kind: 'render' | 'change', layoutOf: () => Element | null, draw: () => T, size: () => { columns: number; bookings: number }): T {
  const name = `frontdesk-calendar-${kind}`;
  const start = performance.now();
  performance.mark(`${name}-start`);
  const result = draw();
  layoutOf()?.getBoundingClientRect(); // style and layout now, inside the measurement
  const end = performance.now();
  performance.measure(name, `${name}-start`);
  const list = kind === 'render' ? metrics.renders : metrics.changes;
  list.push({ ms: end - start, ...size(), at: end });
  if (list.length > 200) list.shift();
  return result;
}
