// A modal dialog added to the page for as long as it is open (Escape or its close button ends it).

import { h, type Child } from '../../shell/h';

export function openDialog(name: string, labelId: string, ...children: Child[]): HTMLDialogElement {
  const dialog = h('dialog', { class: 'cal-dialog', 'data-dialog': name, 'aria-labelledby': labelId }, ...children);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
