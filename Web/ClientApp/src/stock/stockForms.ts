import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/catalog';
import { newKey } from '../queue/queueApi';
import { h } from '../shell/h';

export interface Choice {
  readonly id: string;
  readonly name: string;
}

export interface Field {
  readonly name: string;
  readonly label: MessageKey;
  readonly choices?: readonly Choice[];
  readonly type?: 'number' | 'text';
}

/**
 * A stock form: its fields, a Record button, and a line for the engine's answer. One Idempotency-Key per intended
 * movement: a retry after a lost answer sends the same key; a success makes the next submission a new one.
 */
export function stockForm(id: string, title: MessageKey, fields: readonly Field[], submit: (values: Record<string, string>, key: string) => Promise<unknown>): HTMLElement {
  let key = newKey();
  const message = h('p', { class: 'stock-message', 'data-stock-message': id, role: 'status' });
  const inputs = fields.map((field) => field.choices
    ? h('select', { name: field.name }, ...field.choices.map((c) => h('option', { value: c.id }, c.name)))
    : h('input', { name: field.name, type: field.type ?? 'number', step: 'any', required: true }));
  const form = h('form', { class: 'stock-form', 'data-stock-form': id },
    h('h3', {}, t(title)),
    ...fields.map((field, i) => h('label', {}, t(field.label), inputs[i])),
    h('button', { type: 'submit' }, t('stock.submit')),
    message);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = Object.fromEntries(fields.map((field, i) => [field.name, (inputs[i] as HTMLInputElement | HTMLSelectElement).value]));
    message.dataset.kind = 'pending';
    submit(values, key).then(
      () => ((key = newKey()), (message.dataset.kind = 'done'), (message.textContent = t('stock.done'))),
      (error: Error) => ((message.dataset.kind = 'error'), (message.textContent = error.message)));
  });
  return form;
}
