// The receptionist's page: a branch's day as the live hub says it is, with booking, moving, search and client cards.

import type { MessageKey } from '../i18n/catalog';
import { currentLocale, t } from '../i18n/i18n';
import { formatLocalDate, formatTime } from '../i18n/format';
import { h } from '../shell/h';
import type { VersionedItem } from '../realtime/contract';
import { connectLiveHub } from '../realtime/liveHub';
import type { ConnectionStatus, RealtimeClient, Subscription } from '../realtime/realtimeClient';
import { api, ApiRefusal, getJson, UserAction } from './api';
import { nextOpenDay, openingOn } from './branchDays';
import { DayColumns, rosterKey } from './dayColumns';
import { defaultZoom, gridSpan, hoursToSpans, wallSpan, type Span, type ZoomStep } from './grid';
import { measure, metrics } from './metrics';
import type { MoveRequest } from './moveTarget';
import { rememberBranch, rememberedBranch, writeAddress, type Address } from './pageAddress';
import { PendingMoves } from './pendingMoves';
import { isBookingNumber } from './search';
import { isMovable, isShown, summarize } from './status';
import { formatWallTime } from './timeFormat';
import type { Booking, Branch, CalendarColumn, Catalog, ClientCard } from './types';
import { localDateAt, parseHm } from './wallClock';
import { openBookingDialog } from './view/bookingDialog';
import { openBookingForm } from './view/bookingForm';
import { openClientCard } from './view/clientCard';
import { columnBody } from './view/columnView';
import { enableDrag } from './view/dragBlocks';
import type { DrawContext } from './view/drawContext';
import { gridView } from './view/gridView';
import { summaryStrip } from './view/summaryStrip';
import { toolbar } from './view/toolbar';

const rowHeight = 24;

type LiveState = 'connecting' | 'loading' | 'live' | 'reconnecting';

export class CalendarPage {
  readonly root = h('section', { class: 'cal' });
  readonly #toolbarSlot = h('div', { class: 'cal-toolbar-slot' });
  readonly #statusLine = h('div', { class: 'cal-status-line' });
  readonly #results = h('div', { class: 'cal-results' });
  readonly #summarySlot = h('div', { class: 'cal-summary-slot' });
  readonly #scroller = h('div', { class: 'cal-scroll' });
  readonly #day = new DayColumns();
  readonly #moves = new PendingMoves();
  readonly #live: RealtimeClient;
  #catalog: Catalog;
  #branch: Branch;
  #date: string;
  #revenue: { topic: string; completed: number; minor: number; currency: string } | undefined;
  #revenueLoading: string | undefined;
  #zoom: ZoomStep;
  #showCancelled = false;
  #query = '';
  #clients: readonly ClientCard[] | null = null;
  #highlight: string | null;
  #scrollToHighlight: boolean;
  #message: { readonly kind: 'info' | 'error'; readonly text: string } | null = null;
  #connection: ConnectionStatus = 'connecting';
  /** A snapshot of the current topic arrived since the connection last dropped: what is shown is the engine's now. */
  #fresh = false;
  #grid: Span | null = null;
  #subscription: { readonly topic: string; readonly subscription: Subscription } | null = null;
  #hoverGroup: string | null = null;

  constructor(catalog: Catalog, address: Address) {
    this.#catalog = catalog;
    this.#branch = this.#findBranch(address.branch) ?? this.#findBranch(rememberedBranch()) ?? catalog.branches[0]!;
    this.#date = address.date ?? localDateAt(new Date(), this.#branch.timeZone);
    this.#zoom = defaultZoom(this.#branch.gridStepMinutes);
    this.#highlight = address.highlight;
    this.#scrollToHighlight = address.highlight !== null;
    this.root.append(this.#toolbarSlot, this.#statusLine, this.#results, this.#summarySlot, this.#scroller);
    this.#wireGrid();
    this.#live = connectLiveHub({ onStatus: (status) => this.#onConnection(status) });
    writeAddress(this.#branch.id, this.#date);
    this.#open();
  }

  /** Draws everything in the current language (the shell calls this again after a language switch). */
  render(): HTMLElement {
    this.#renderToolbar();
    this.#renderStatus();
    this.#renderResults();
    this.#renderSummary();
    this.#renderGrid();
    return this.root;
  }

  // ---- the live day ----

  #open(): void {
    const topic = `calendar:${this.#branch.id}:${this.#date}`;
    if (this.#subscription?.topic === topic) return;
    void this.#subscription?.subscription.unsubscribe();
    this.#day.clear();
    this.#moves.clear();
    this.#fresh = false;
    this.#grid = null;
    this.root.dataset.topic = topic;
    this.#subscription = {
      topic,
      subscription: this.#live.subscribe<unknown>(topic, {
        snapshot: (items) => this.#subscription?.topic === topic && this.#snapshot(items),
        change: (key, data, version) => this.#subscription?.topic === topic && this.#change(key, data as CalendarColumn, version),
      }),
    };
  }

  #snapshot(items: readonly VersionedItem<unknown>[]): void {
    const previousRoster = this.#day.roster?.version;
    this.#day.replace(items);
    this.#moves.settleAll();
    this.#fresh = true;
    this.#renderGrid();
    this.#renderSummary();
    this.#renderStatus();
    metrics.firstGridAt ??= performance.now();
    // Columns came or went: the branch itself (hours, days off) may have changed with the catalog.
    if (previousRoster !== undefined && previousRoster !== this.#day.roster?.version) void this.#refreshCatalog();
  }

  #change(key: string, column: CalendarColumn, version: number): void {
    if (key === rosterKey) return; // a roster change is always a refetch, which comes as a snapshot
    measure('change', () => this.#scroller, () => {
      const added = this.#day.put(key, column) === 'added';
      const settled = this.#moves.settle(key, version);
      const span = this.#spanNow();
      if (added || !this.#grid || span.from !== this.#grid.from || span.to !== this.#grid.to) {
        this.#drawGrid(span);
        return;
      }
      this.#redrawColumn(key);
      for (const move of settled) if (move.toSpecialist !== move.fromSpecialist) this.#redrawSpecialist(move.toSpecialist);
    }, () => this.#size());
    this.#renderSummary();
    this.#revealHighlight();
  }

  #onConnection(status: ConnectionStatus): void {
    this.#connection = status;
    if (status !== 'connected') this.#fresh = false;
    this.#renderStatus();
  }

  async #refreshCatalog(): Promise<void> {
    try {
      this.#catalog = await api.catalog();
      this.#branch = this.#findBranch(this.#branch.id) ?? this.#branch;
      this.render();
    } catch {
      // The next roster change or reload tries again; the grid itself is still the engine's.
    }
  }

  // ---- navigation ----

  #go(branchId: string, date: string, highlight: string | null = null): void {
    const branch = this.#findBranch(branchId);
    if (!branch) return;
    if (branch.id !== this.#branch.id) this.#zoom = defaultZoom(branch.gridStepMinutes);
    this.#branch = branch;
    this.#date = date;
    this.#highlight = highlight;
    this.#scrollToHighlight = highlight !== null;
    writeAddress(branch.id, date);
    this.#open();
    this.render();
  }

  #findBranch(id: string | null): Branch | undefined {
    return id ? this.#catalog.branches.find((b) => b.id === id) : undefined;
  }

  #openBooking(booking: Booking): void {
    this.#go(booking.branchId, booking.date, booking.number);
  }

  async #search(query: string): Promise<void> {
    this.#query = query;
    this.#clients = null;
    this.#message = null;
    if (!query) return this.#renderResults();
    try {
      if (isBookingNumber(query)) {
        this.#openBooking(await api.booking(query.toUpperCase()));
        return;
      }
      this.#clients = await api.findClients(query);
      if (this.#clients.length === 0) this.#say('info', t('calendar.search.none', { query }));
    } catch (error) {
      this.#say('error', error instanceof ApiRefusal && error.status === 404 ? t('calendar.search.noBooking', { number: query }) : this.#wordsFor(error));
    }
    this.#renderResults();
  }

  // ---- actions on the grid ----

  #wireGrid(): void {
    this.#scroller.addEventListener('click', (event) => {
      const target = event.target as Element;
      const client = target.closest<HTMLElement>('.cal-client');
      if (client) return this.#openClient(client.closest<HTMLElement>('.cal-block')?.dataset.bookingId);
      const block = target.closest<HTMLElement>('.cal-block');
      if (block) return this.#openBookingDialog(block.dataset.bookingId);
      const cell = target.closest<HTMLElement>('.cal-cell');
      const column = cell?.closest<HTMLElement>('.cal-col');
      if (cell?.dataset.time && column?.dataset.dayKey) this.#openForm(column.dataset.dayKey, parseHm(cell.dataset.time));
    });
    this.#scroller.addEventListener('keydown', (event) => {
      const block = event.target as HTMLElement;
      if ((event.key === 'Enter' || event.key === ' ') && block.classList.contains('cal-block')) {
        event.preventDefault();
        this.#openBookingDialog(block.dataset.bookingId);
      }
    });
    this.#scroller.addEventListener('mouseover', (event) => {
      const group = (event.target as Element).closest<HTMLElement>('[data-group]')?.dataset.group ?? null;
      if (group !== this.#hoverGroup) this.#light(group);
    });
    this.#scroller.addEventListener('mouseleave', () => this.#light(null));
    enableDrag({
      scroller: this.#scroller,
      pixelsPerMinute: () => rowHeight / this.#zoom,
      step: () => this.#zoom,
      dragStart: (bookingId) => {
        const booking = this.#day.findBooking(bookingId);
        if (!booking || !isMovable(booking) || this.#moves.of(bookingId)) return null;
        const span = wallSpan(booking.start, booking.end, this.#branch.timeZone, this.#date);
        return { bookingNumber: booking.number, specialistId: booking.specialistId, startMinutes: span.from, lengthMinutes: span.to - span.from };
      },
      drop: (bookingId, move) => void this.#move(bookingId, move),
    });
  }

  /** Blocks of one booking, or of one visit with several specialists, light up together. */
  #light(group: string | null): void {
    for (const lit of this.#scroller.querySelectorAll('.cal-linked')) lit.classList.remove('cal-linked');
    this.#hoverGroup = group;
    if (group) for (const block of this.#scroller.querySelectorAll(`[data-group="${CSS.escape(group)}"]`)) block.classList.add('cal-linked');
  }

  async #move(bookingId: string, request: MoveRequest): Promise<void> {
    const booking = this.#day.findBooking(bookingId);
    const source = booking && this.#day.get(booking.dayKey);
    if (!booking || !source) return;
    const from = wallSpan(booking.start, booking.end, this.#branch.timeZone, this.#date).from;
    const move = this.#moves.add({
      booking, fromSpecialist: booking.specialistId, toSpecialist: request.specialistId, shift: request.startMinutes - from,
      sourceKey: source.day.key, sourceVersion: source.day.version, state: 'sending',
    });
    this.#redrawMove(move.fromSpecialist, move.toSpecialist);
    const time = formatWallTime(request.startMinutes, currentLocale());
    try {
      await new UserAction().send<Booking>('POST', `/api/bookings/${encodeURIComponent(request.number)}/move`, request.body);
      move.state = 'moved';
      // The engine's push may have come before its answer: then the block shows the engine's truth at once.
      this.#moves.settle(source.day.key, this.#day.get(source.day.key)?.day.version ?? 0);
      this.#say('info', t('calendar.move.done', { number: booking.number, time }));
    } catch (error) {
      this.#moves.remove(bookingId);
      this.#say('error', error instanceof ApiRefusal
        ? t('calendar.move.refused', { number: booking.number, detail: error.message })
        : t('calendar.move.unreachable', { number: booking.number }));
    }
    this.#redrawMove(move.fromSpecialist, move.toSpecialist);
  }

  #openForm(dayKey: string, startMinutes: number): void {
    const column = this.#day.get(dayKey);
    if (!column) return;
    const specialist = this.#catalog.specialists.find((s) => s.id === column.specialist.id);
    const services = this.#catalog.services.filter((s) => specialist?.serviceIds.includes(s.id));
    openBookingForm({
      branchId: this.#branch.id, specialistId: column.specialist.id, specialistName: column.specialist.name, date: this.#date,
      startMinutes, services, locale: currentLocale(),
      onBooked: (booking) => {
        this.#point(booking);
        this.#say('info', t('calendar.form.booked', { number: booking.number, time: formatTime(booking.start, this.#branch.timeZone, currentLocale()) }));
      },
    });
  }

  /** Points a booking out on this day, whether its push has come already or is still on its way. */
  #point(booking: Booking): void {
    const before = this.#scroller.querySelector<HTMLElement>('.cal-highlight')?.closest<HTMLElement>('.cal-col')?.dataset.dayKey;
    this.#highlight = booking.number;
    this.#scrollToHighlight = true;
    if (before) this.#redrawColumn(before);
    this.#redrawColumn(booking.dayKey);
    this.#revealHighlight();
  }

  #openBookingDialog(bookingId: string | undefined): void {
    const booking = bookingId ? this.#day.findBooking(bookingId) : undefined;
    if (!booking) return;
    openBookingDialog({
      booking, specialistName: this.#day.get(booking.dayKey)?.specialist.name ?? '', timeZone: this.#branch.timeZone, locale: currentLocale(),
      onDone: (done, action) => this.#say('info', t(`calendar.booking.done.${action}` as MessageKey, { number: done.number })),
    });
  }

  #openClient(bookingId: string | undefined): void {
    const booking = bookingId ? this.#day.findBooking(bookingId) : undefined;
    if (booking) this.#openClientCard(booking.client.clientId, booking.client.name, booking.client.phone);
  }

  #openClientCard(clientId: string, name: string, phone: string | null): void {
    openClientCard({
      clientId, name, phone, locale: currentLocale(),
      timeZoneOf: (branchId) => this.#findBranch(branchId)?.timeZone ?? this.#branch.timeZone,
      onOpen: (booking) => this.#openBooking(booking),
    });
  }

  // ---- drawing ----

  #ctx(grid: Span): DrawContext {
    return {
      grid, step: this.#zoom, rowHeight, timeZone: this.#branch.timeZone, date: this.#date, locale: currentLocale(),
      showCancelled: this.#showCancelled, highlight: this.#highlight, moves: this.#moves.all,
    };
  }

  /** Whole hours covering the branch's opening, everyone's hours and every booking drawn (moves on their way included). */
  #spanNow(): Span {
    const zone = this.#branch.timeZone;
    const hours: Span[] = [];
    const bookings: Span[] = [];
    for (const column of this.#day.columns) {
      hours.push(...hoursToSpans(column.day.hours));
      for (const b of column.day.bookings) if (isShown(b, this.#showCancelled)) bookings.push(wallSpan(b.occupiedFrom, b.occupiedTo, zone, this.#date));
    }
    for (const move of this.#moves.all) {
      const span = wallSpan(move.booking.occupiedFrom, move.booking.occupiedTo, zone, this.#date);
      bookings.push({ from: span.from + move.shift, to: span.to + move.shift });
    }
    return gridSpan(openingOn(this.#branch, this.#date), hours, bookings);
  }

  #size(): { columns: number; bookings: number } {
    return { columns: this.#day.columns.length, bookings: this.#day.bookingCount };
  }

  #renderGrid(): void {
    if (!this.#fresh && this.#day.columns.length === 0) {
      this.#scroller.replaceChildren(h('p', { class: 'cal-empty' }, t('calendar.live.loading')));
      return;
    }
    measure('render', () => this.#scroller, () => this.#drawGrid(this.#spanNow()), () => this.#size());
    this.#revealHighlight();
  }

  #drawGrid(span: Span): void {
    const columns = this.#day.columns;
    this.#grid = span;
    if (columns.length === 0) {
      const date = formatLocalDate(this.#date, currentLocale());
      const key = openingOn(this.#branch, this.#date) ? 'calendar.nobody' : 'calendar.closed';
      this.#scroller.replaceChildren(h('p', { class: 'cal-empty', 'data-empty': key }, t(key, { date })));
      return;
    }
    this.#scroller.replaceChildren(gridView(columns, this.#ctx(span)));
  }

  #redrawColumn(key: string): void {
    const column = this.#day.get(key);
    const drawn = this.#scroller.querySelector(`.cal-col[data-day-key="${CSS.escape(key)}"]`);
    if (column && drawn && this.#grid) drawn.replaceWith(columnBody(column, this.#ctx(this.#grid)));
  }

  #redrawSpecialist(specialistId: string): void {
    const column = this.#day.columns.find((c) => c.specialist.id === specialistId);
    if (column) this.#redrawColumn(column.day.key);
  }

  #redrawMove(from: string, to: string): void {
    const span = this.#spanNow();
    if (!this.#grid || span.from !== this.#grid.from || span.to !== this.#grid.to) return this.#renderGrid();
    this.#redrawSpecialist(from);
    if (to !== from) this.#redrawSpecialist(to);
  }

  #revealHighlight(): void {
    if (!this.#scrollToHighlight || !this.#highlight) return;
    const block = this.#scroller.querySelector(`.cal-block-first[data-number="${CSS.escape(this.#highlight)}"]`);
    if (!block) return;
    this.#scrollToHighlight = false;
    block.scrollIntoView({ block: 'center', inline: 'center' });
  }

  #renderToolbar(): void {
    this.#toolbarSlot.replaceChildren(toolbar({
      branches: this.#catalog.branches, branchId: this.#branch.id, date: this.#date, zoom: this.#zoom,
      showCancelled: this.#showCancelled, query: this.#query,
      onBranch: (id) => {
        rememberBranch(id);
        this.#go(id, this.#date);
      },
      onDate: (date) => this.#go(this.#branch.id, date),
      onStep: (direction) => this.#go(this.#branch.id, nextOpenDay(this.#branch, this.#date, direction)),
      onToday: () => this.#go(this.#branch.id, localDateAt(new Date(), this.#branch.timeZone)),
      onZoom: (zoom) => {
        this.#zoom = zoom;
        this.#renderGrid();
      },
      onShowCancelled: (show) => {
        this.#showCancelled = show;
        this.#renderGrid();
      },
      onSearch: (query) => void this.#search(query),
    }));
  }

  #liveState(): LiveState {
    if (this.#connection !== 'connected') return this.#day.columns.length > 0 ? 'reconnecting' : 'connecting';
    return this.#fresh ? 'live' : 'loading';
  }

  #renderStatus(): void {
    const state = this.#liveState();
    this.root.dataset.live = state;
    this.#scroller.classList.toggle('cal-stale', state === 'reconnecting');
    const message = this.#message;
    this.#statusLine.replaceChildren(...[
      h('span', { class: `cal-live cal-live-${state}`, role: 'status', 'data-live': state }, t(`calendar.live.${state}`)),
      message
        ? h('p', { class: `cal-message cal-message-${message.kind}`, role: message.kind === 'error' ? 'alert' : 'status', 'data-kind': message.kind },
          message.text, ' ', h('button', { type: 'button', class: 'cal-dismiss', onclick: () => this.#say(null) }, t('calendar.dismiss')))
        : null,
    ].filter((node) => node !== null));
  }

  #renderResults(): void {
    const clients = this.#clients;
    this.#results.replaceChildren(...(clients && clients.length > 0
      ? [h('section', { class: 'cal-found', 'aria-label': t('calendar.search.results') },
        h('h2', {}, t('calendar.search.results')),
        h('ul', {}, ...clients.map((client) => h('li', {},
          h('button', { type: 'button', 'data-client-id': client.id, onclick: () => this.#openClientCard(client.id, client.name, client.phones[0] ?? null) },
            `${client.name}${client.phones[0] ? ` · ${client.phones[0]}` : ''}`)))))]
      : []));
  }

  #renderSummary(): void {
    const summary = summarize(this.#day.bookings());
    this.#summarySlot.replaceChildren(summaryStrip(summary, currentLocale(), this.#revenue?.topic === this.#subscription?.topic ? this.#revenue : undefined));
    // A settlement completes its booking as its last step: a new completed visit is when the day's takings change.
    const completed = [...this.#day.bookings()].filter((b) => b.status === 'Completed').length;
    if (this.#subscription && (this.#revenue?.topic !== this.#subscription.topic || this.#revenue.completed !== completed)) void this.#refreshRevenue(this.#subscription.topic, completed);
  }

  async #refreshRevenue(topic: string, completed: number): Promise<void> {
    if (this.#revenueLoading === topic + completed) return;
    this.#revenueLoading = topic + completed;
    try {
      const takings = await getJson<{ revenue: number; currency: string }>(
        `/api/branches/${encodeURIComponent(this.#branch.id)}/takings/${encodeURIComponent(this.#date)}`);
      if (this.#subscription?.topic !== topic) return;
      this.#revenue = { topic, completed, minor: takings.revenue, currency: takings.currency };
      this.#renderSummary();
    } catch {
      // The strip keeps its dash; the grid matters more than the figure.
    } finally {
      this.#revenueLoading = undefined;
    }
  }

  #say(kind: 'info' | 'error' | null, text = ''): void {
    this.#message = kind ? { kind, text } : null;
    this.#renderStatus();
  }

  #wordsFor(error: unknown): string {
    return error instanceof ApiRefusal ? error.message : t('calendar.unreachable');
  }
}
