import { t } from '../i18n/i18n';
import { h } from '../shell/h';
import { startPage } from '../shell/shell';

// Where to go after signing in: only a path on this site, never another site's address.
const requested = new URLSearchParams(location.search).get('return') ?? '/calendar';
const back = requested.startsWith('/') && !requested.startsWith('//') ? requested : '/calendar';

let message = '';
let typedLogin = '';
let working = false;

startPage({ name: 'sign-in', body });

function body(): HTMLElement {
  const login = h('input', { id: 'login', name: 'login', autocomplete: 'username', required: true, maxlength: 100, value: typedLogin });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true, maxlength: 200 });
  const form = h('form', { class: 'sign-in', 'data-testid': 'sign-in' },
    h('label', { for: 'login' }, t('signIn.login')), login,
    h('label', { for: 'password' }, t('signIn.password')), password,
    h('button', { type: 'submit', disabled: working }, working ? t('signIn.working') : t('signIn.submit')),
    h('p', { class: 'sign-in-message', role: 'alert' }, message),
    h('p', { class: 'sign-in-demo' }, t('signIn.demo')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    typedLogin = login.value;
    void submit(login.value, password.value);
  });
  return form;
}

async function submit(login: string, password: string): Promise<void> {
  working = true;
  redraw();
  try {
    const response = await fetch('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ login, password }),
    });
    if (response.ok) {
      location.assign(back);
      return;
    }
    const problem = (await response.json().catch(() => ({}))) as { code?: string };
    message = problem.code === 'account-locked' ? t('signIn.locked') : t('signIn.failed');
  } catch {
    message = t('signIn.unreachable');
  }
  working = false;
  redraw();
}

function redraw(): void {
  const main = document.querySelector('main.shell-main');
  main?.replaceChildren(body());
}
