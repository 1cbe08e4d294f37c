import '../calendar/calendar.css';
import { api } from '../calendar/api';
import { CalendarPage } from '../calendar/calendarPage';
import { readAddress } from '../calendar/pageAddress';
import { t } from '../i18n/i18n';
import { h } from '../shell/h';
import { startPage } from '../shell/shell';

// The receptionist's day grid (src/calendar). The shell draws at once; the grid follows once the catalog has come.
const holder = h('div', { class: 'cal-holder' });
let page: CalendarPage | undefined;

function draw(): HTMLElement {
  holder.replaceChildren(page ? page.render() : h('p', { class: 'cal-empty' }, t('calendar.live.connecting')));
  return holder;
}

startPage({ name: 'calendar', body: draw });

async function load(): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      page = new CalendarPage(await api.catalog(), readAddress());
      draw();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_000 * 2 ** attempt, 10_000)));
    }
  }
}

void load();
