// Above the grid: branch, day (arrows that skip days off, a date picker, today), zoom, cancelled toggle, search.

import { t } from '../../i18n/i18n';
import { h } from '../../shell/h';
import { zoomSteps, type ZoomStep } from '../grid';
import type { Branch } from '../types';

export interface ToolbarProps {
  readonly branches: readonly Branch[];
  readonly branchId: string;
  readonly date: string;
  readonly zoom: ZoomStep;
  readonly showCancelled: boolean;
  readonly query: string;
  readonly onBranch: (branchId: string) => void;
  readonly onDate: (date: string) => void;
  readonly onStep: (direction: 1 | -1) => void;
  readonly onToday: () => void;
  readonly onZoom: (zoom: ZoomStep) => void;
  readonly onShowCancelled: (show: boolean) => void;
  readonly onSearch: (query: string) => void;
}

export function toolbar(props: ToolbarProps): HTMLElement {
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  const branch = h('select', { id: 'cal-branch', name: 'branch', onchange: (e) => props.onBranch(value(e)) },
    ...props.branches.map((b) => h('option', { value: b.id, selected: b.id === props.branchId }, b.name)));
  const zoom = h('select', { id: 'cal-zoom', name: 'zoom', onchange: (e) => props.onZoom(Number(value(e)) as ZoomStep) },
    ...zoomSteps.map((step) => h('option', { value: step, selected: step === props.zoom }, t('calendar.zoomMinutes', { minutes: String(step) }))));
  const search = h('input', { id: 'cal-search', type: 'search', name: 'query', value: props.query, autocomplete: 'off' });
  return h('div', { class: 'cal-toolbar' },
    h('div', { class: 'cal-field' }, h('label', { for: 'cal-branch' }, t('calendar.branch')), branch),
    h('div', { class: 'cal-field cal-day', role: 'group', 'aria-label': t('calendar.date') },
      h('button', { type: 'button', class: 'cal-arrow', 'data-action': 'previous-day', 'aria-label': t('calendar.previousDay'), title: t('calendar.previousDay'), onclick: () => props.onStep(-1) }, '‹'),
      h('label', { for: 'cal-date', class: 'visually-hidden' }, t('calendar.date')),
      h('input', { id: 'cal-date', type: 'date', name: 'date', value: props.date, required: true, onchange: (e) => { if (value(e)) props.onDate(value(e)); } }),
      h('button', { type: 'button', class: 'cal-arrow', 'data-action': 'next-day', 'aria-label': t('calendar.nextDay'), title: t('calendar.nextDay'), onclick: () => props.onStep(1) }, '›'),
      h('button', { type: 'button', 'data-action': 'today', onclick: props.onToday }, t('calendar.today'))),
    h('div', { class: 'cal-field' }, h('label', { for: 'cal-zoom' }, t('calendar.zoom')), zoom),
    h('div', { class: 'cal-field' },
      h('input', { id: 'cal-cancelled', type: 'checkbox', checked: props.showCancelled, onchange: (e) => props.onShowCancelled((e.target as HTMLInputElement).checked) }),
      h('label', { for: 'cal-cancelled' }, t('calendar.showCancelled'))),
    h('form', { class: 'cal-field cal-search', role: 'search', onsubmit: (e) => { e.preventDefault(); props.onSearch(search.value.trim()); } },
      h('label', { for: 'cal-search' }, t('calendar.search.label')), search,
      h('button', { type: 'submit' }, t('calendar.search.button'))));
}
