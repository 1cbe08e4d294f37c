import type { Child } from '../shell/h';

/** Replaces an element's content, leaving out the children a page drew as null or false (what is not shown now). */
export function fill(element: HTMLElement, ...children: Child[]): void {
  element.replaceChildren(...children.filter((child): child is Node | string | number => child !== null && child !== undefined && child !== false).map((child) => (typeof child === 'number' ? String(child) : child)));
}
