import '../queue/queue.css';
import { formatTime } from '../i18n/format';
import { currentLanguage, currentLocale, onLanguageChange, t } from '../i18n/i18n';
import { connectLiveHub } from '../realtime/liveHub';
import type { ConnectionStatus, Subscription } from '../realtime/realtimeClient';
import { Announcer, spokenNumber } from '../queue/announcer';
import { branchToday, queueTopic } from '../queue/branchClock';
import { branchPicker } from '../queue/pickers';
import { QueueBoard } from '../queue/queueBoard';
import { queueApi } from '../queue/queueApi';
import type { Branch, TicketCall } from '../queue/types';
import { fill } from '../queue/fill';
import { h } from '../shell/h';
import { startPage } from '../shell/shell';

// The lobby's television: /lobby?branch=moscow-tverskaya (add &speech=off for the chime alone). No one touches it:
// it reconnects forever, follows the branch's day across midnight, and announces each call once.
const query = new URLSearchParams(location.search);
const branchId = query.get('branch');
const announcer = new Announcer(query.get('speech') !== 'off');
const view = h('div', { class: 'lobby-page' });
let branch: Branch | undefined;
let status: ConnectionStatus = 'connecting';
let problem: string | undefined;
let branches: readonly { id: string; name: string }[] = [];
const board = new QueueBoard((_, calls) => {
  render();
  for (const call of calls) announce(call);
});

startPage({ name: 'lobby', body: () => view });
onLanguageChange(render);
// The one touch a TV gets when it is set up: sound on, and full screen.
document.addEventListener('pointerdown', () => {
  announcer.unlock();
  if (!document.fullscreenElement) void document.documentElement.requestFullscreen?.().catch(() => undefined);
});
if (branchId) void follow(branchId);
else void queueApi.branches().then((catalog) => ((branches = catalog.branches), render()));
render();

async function follow(id: string): Promise<void> {
  try {
    branch = (await queueApi.lines(id)).branch;
  } catch {
    problem = t('queue.unknownBranch', { branch: id });
    render();
    return;
  }
  const live = connectLiveHub({ onStatus: (next) => ((status = next), render()) });
  let day = branchToday(branch.timeZone);
  let subscription: Subscription = live.subscribe(queueTopic(id, day), board);
  // At the branch's midnight the queue starts a new day: follow it, and tick the clock meanwhile.
  setInterval(() => {
    const today = branchToday(branch!.timeZone);
    if (today !== day) {
      day = today;
      void subscription.unsubscribe();
      subscription = live.subscribe(queueTopic(id, day), board);
    }
    render();
  }, 15_000);
}

function announce(call: TicketCall): void {
  announcer.announce(t('lobby.spoken', { number: spokenNumber(call.number), desk: call.deskLabel }), currentLanguage());
}

function render(): void {
  if (!branchId) {
    fill(view, branchPicker(branches));
    return;
  }
  if (problem) {
    fill(view, h('p', { class: 'queue-message', 'data-kind': 'error' }, problem));
    return;
  }
  const now = Date.now();
  const called = board.atDesks;
  fill(view, 
    status === 'connected' ? null : h('div', { class: 'queue-status', role: 'status', 'data-status': status },
      t(status === 'connecting' ? 'queue.connecting' : 'queue.reconnecting')),
    h('div', { class: 'lobby' },
      h('section', { class: 'lobby-called', 'aria-live': 'polite' },
        h('h2', {}, t('lobby.called')),
        ...(called.length === 0 ? [h('p', {}, t('lobby.nobodyCalled'))] : called.map((call) =>
          h('div', { class: now - Date.parse(call.calledAt) < 10_000 ? 'lobby-call fresh' : 'lobby-call', 'data-call': call.number, 'data-desk': call.deskLabel },
            h('span', {}, call.number), h('span', { class: 'lobby-arrow' }, '→'), h('span', {}, t('queue.desk', { label: call.deskLabel })))))),
      h('aside', { class: 'lobby-recent' },
        h('h2', {}, t('lobby.lastCalls')),
        h('ol', {}, ...board.recentCalls(8).map((call) => h('li', { 'data-recent': call.number }, `${call.number} → ${call.deskLabel}`)))),
      h('section', { class: 'lobby-lines' },
        ...board.lineDays.map((line) => h('div', { class: 'lobby-line', 'data-line': line.id, 'data-waiting': line.day?.waitingCount ?? 0 },
          h('strong', {}, `${line.prefix} · ${line.name}`),
          h('div', {}, t('lobby.waitingCount', { count: String(line.day?.waitingCount ?? 0) })),
          (line.day?.waiting.length ?? 0) > 0
            ? h('div', {}, t('lobby.next', { numbers: line.day!.waiting.slice(0, 4).map((w) => w.number).join(', ') }))
            : null)))),
    branch ? h('div', { class: 'lobby-clock' }, `${branch.name} · ${formatTime(new Date(), branch.timeZone, currentLocale())}`) : null,
    announcer.blocked ? h('div', { class: 'lobby-hint' }, t('lobby.soundOff')) : null);
}
