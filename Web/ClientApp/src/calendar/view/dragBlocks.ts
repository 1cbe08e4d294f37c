// Dragging a booking's blocks to another time or specialist. The pointer's travel becomes a move request through
// moveFor (pure, tested); what happens then is the page's business.

import { moveFor, type DragStart, type MoveRequest } from '../moveTarget';

export interface DragHost {
  /** The scrolling container of the grid: its scroll during a drag counts as travel. */
  readonly scroller: HTMLElement;
  readonly pixelsPerMinute: () => number;
  readonly step: () => number;
  /** What is being dragged, from the page's data; null when that booking cannot be moved. */
  readonly dragStart: (bookingId: string) => DragStart | null;
  readonly drop: (bookingId: string, move: MoveRequest) => void;
}

const threshold = 5;

interface Gesture {
  readonly bookingId: string;
  readonly start: DragStart;
  readonly x: number;
  readonly y: number;
  readonly scrollTop: number;
  readonly scrollLeft: number;
  blocks: HTMLElement[] | null;
}

export function enableDrag(host: DragHost): void {
  let gesture: Gesture | null = null;

  host.scroller.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    const block = (event.target as Element).closest<HTMLElement>('.cal-block[data-movable]');
    const bookingId = block?.dataset.bookingId;
    const start = bookingId ? host.dragStart(bookingId) : null;
    if (!bookingId || !start) return;
    gesture = { bookingId, start, x: event.clientX, y: event.clientY, scrollTop: host.scroller.scrollTop, scrollLeft: host.scroller.scrollLeft, blocks: null };
  });

  document.addEventListener('pointermove', (event) => {
    if (!gesture) return;
    const dx = event.clientX - gesture.x + host.scroller.scrollLeft - gesture.scrollLeft;
    const dy = event.clientY - gesture.y + host.scroller.scrollTop - gesture.scrollTop;
    if (!gesture.blocks) {
      if (Math.hypot(dx, dy) < threshold) return;
      gesture.blocks = [...host.scroller.querySelectorAll<HTMLElement>(`[data-booking-id="${CSS.escape(gesture.bookingId)}"]`)];
      for (const block of gesture.blocks) block.classList.add('cal-dragging');
    }
    for (const block of gesture.blocks) block.style.transform = `translate(${dx}px, ${dy}px)`;
  });

  const end = (event: PointerEvent, cancelled: boolean) => {
    const current = gesture;
    gesture = null;
    if (!current?.blocks) return;
    for (const block of current.blocks) {
      block.classList.remove('cal-dragging');
      block.style.transform = '';
    }
    // The click that ends a drag (dispatched right after this pointerup, if at all) is not a click on the block.
    host.scroller.addEventListener('click', swallow, { capture: true, once: true });
    setTimeout(() => host.scroller.removeEventListener('click', swallow, { capture: true }), 0);
    if (cancelled) return;
    const move = moveFor(current.start, {
      specialistId: columnAt(host.scroller, event.clientX),
      deltaY: event.clientY - current.y + host.scroller.scrollTop - current.scrollTop,
      pixelsPerMinute: host.pixelsPerMinute(),
      step: host.step(),
    });
    if (move) host.drop(current.bookingId, move);
  };
  document.addEventListener('pointerup', (event) => end(event, false));
  document.addEventListener('pointercancel', (event) => end(event, true));
}

function swallow(event: Event): void {
  event.stopPropagation();
  event.preventDefault();
}

function columnAt(scroller: HTMLElement, x: number): string | null {
  for (const column of scroller.querySelectorAll<HTMLElement>('.cal-col')) {
    const rect = column.getBoundingClientRect();
    if (x >= rect.left && x < rect.right) return column.dataset.specialist ?? null;
  }
  return null;
}
