// The queue's JSON as the engine sends it (Web/Queue, Grains.Interfaces/Queue). Instants are ISO strings in UTC.

export type TicketStatus = 'Waiting' | 'Called' | 'Served' | 'NoShow' | 'Transferred';

export interface PriorityClass {
  readonly id: string;
  readonly name: string;
  readonly rank: number;
}

export interface QueueLine {
  readonly id: string;
  readonly prefix: string;
  readonly name: string;
  readonly priorities: readonly PriorityClass[];
}

export interface QueueDesk {
  readonly id: string;
  readonly label: string;
  readonly lineIds: readonly string[];
  readonly paused: boolean;
}

export interface QueueSetup {
  readonly branchId: string;
  readonly version: number;
  readonly lines: readonly QueueLine[];
  readonly desks: readonly QueueDesk[];
  readonly recallsBeforeNoShow: number;
}

export interface WaitingTicket {
  readonly id: string;
  readonly number: string;
  readonly priorityClassId: string;
  readonly priorityRank: number;
  readonly queuedAt: string;
  readonly bookingNumber: string | null;
}

export interface TicketCall {
  readonly ticketId: string;
  readonly number: string;
  readonly lineId: string;
  readonly deskId: string;
  readonly deskLabel: string;
  readonly calledAt: string;
  readonly recalls: number;
  readonly status: TicketStatus;
}

export interface LineDay {
  readonly key: string;
  readonly lineId: string;
  readonly date: string;
  readonly version: number;
  readonly lastNumber: number;
  readonly waitingCount: number;
  readonly waiting: readonly WaitingTicket[];
  readonly atDesks: readonly TicketCall[];
  readonly recentCalls: readonly TicketCall[];
  readonly served: number;
  readonly noShows: number;
  readonly averageServiceSeconds: number | null;
}

export interface KioskReport {
  readonly kioskId: string;
  readonly status: 'Ok' | 'Offline' | 'PaperOut' | 'Error';
  readonly detail?: string | null;
  readonly since: string;
}

export interface KioskFleet {
  readonly branchId: string;
  readonly version: number;
  readonly kiosks: readonly KioskReport[];
}

export interface Branch {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
}

export interface BranchLines {
  readonly branch: Branch;
  readonly lines: readonly QueueLine[];
  readonly desks: readonly QueueDesk[];
}

export interface QueueTicket {
  readonly id: string;
  readonly number: string;
  readonly lineId: string;
  readonly status: TicketStatus;
  readonly priorityClassId: string;
  readonly issuedAt: string;
  readonly deskId?: string;
  readonly deskLabel?: string;
  readonly calledAt?: string;
  readonly recalls?: number;
  readonly transferredTo?: string;
  readonly transferredFrom?: string;
}

export interface TicketState {
  readonly ticket: QueueTicket;
  readonly lineName: string;
  readonly branch: Branch;
  readonly peopleAhead: number | null;
  readonly estimatedWaitMinutes: number | null;
  readonly version: number;
}

/** A ticket as reception gets it when issuing (the kiosk's contract). */
export interface IssuedTicket {
  readonly ticketId: string;
  readonly number: string;
  readonly lineName: string;
  readonly peopleAhead: number;
  readonly estimatedWaitMinutes: number | null;
  readonly statusUrl: string;
}
