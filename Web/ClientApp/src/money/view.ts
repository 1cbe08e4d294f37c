// Small pieces the money pages share: money in the reader's locale, a message line, a labelled input.

import { currentLocale, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/catalog';
import { formatMoney } from '../i18n/format';
import { ApiRefusal } from '../calendar/api';
import { h } from '../shell/h';

export function money(minor: number, currency: string | null | undefined): string {
  return currency ? formatMoney(minor, currency, currentLocale()) : String(minor / 100);
}

export type Message = { readonly text: string; readonly kind: 'info' | 'error' } | undefined;

export function messageLine(message: Message): HTMLElement | string {
  return message ? h('p', { class: 'money-message', 'data-kind': message.kind, role: message.kind === 'error' ? 'alert' : 'status' }, message.text) : '';
}

/** The engine's own words for a refusal; anything else as it came. */
export function failure(error: unknown): Message {
  return { kind: 'error', text: error instanceof ApiRefusal ? error.message : error instanceof Error ? error.message : String(error) };
}

export function field(label: MessageKey, input: HTMLElement): HTMLElement {
  return h('label', {}, t(label), input);
}

export function methodSelect(name: string, methods: readonly string[] = ['Cash', 'Card', 'Transfer']): HTMLSelectElement {
  return h('select', { name }, ...methods.map((m) => h('option', { value: m }, t(`money.method.${m}` as MessageKey))));
}
