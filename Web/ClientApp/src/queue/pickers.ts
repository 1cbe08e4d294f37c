import { t } from '../i18n/i18n';
import { h } from '../shell/h';
import type { QueueDesk } from './types';

/** Links to the same page for each branch (`?branch=…`), for a screen set up by opening its address once. */
export function branchPicker(branches: readonly { id: string; name: string }[]): HTMLElement {
  return h('nav', { class: 'queue-picker', 'aria-label': t('queue.chooseBranch') },
    h('h2', {}, t('queue.chooseBranch')),
    h('ul', {}, ...branches.map((b) => h('li', {}, h('a', { href: `?branch=${encodeURIComponent(b.id)}`, 'data-branch': b.id }, b.name)))));
}

export function deskPicker(branchId: string, desks: readonly QueueDesk[]): HTMLElement {
  return h('nav', { class: 'queue-picker', 'aria-label': t('queue.chooseDesk') },
    h('h2', {}, t('queue.chooseDesk')),
    h('ul', {}, ...desks.map((d) => h('li', {},
      h('a', { href: `?branch=${encodeURIComponent(branchId)}&desk=${encodeURIComponent(d.id)}`, 'data-desk': d.id }, t('queue.desk', { label: d.label }))))));
}
