// The JSON the engine sends, as the calendar page reads it (Web/Api: camelCase names, enums by name, local dates
// "yyyy-MM-dd", local times "HH:mm", instants UTC ISO strings, money in integer minor units).

export interface Money {
  readonly minor: number;
  readonly currency: string;
}

export type BookingStatus = 'Held' | 'Pending' | 'Unconfirmed' | 'Confirmed' | 'Arrived' | 'InProgress' | 'Completed' | 'Cancelled' | 'NoShow';
export type BookingSource = 'Reception' | 'Online' | 'WalkIn';

export interface ServiceLine {
  readonly serviceId: string;
  readonly serviceName: string;
  readonly start: string;
  readonly end: string;
  readonly price: Money;
}

export interface Booking {
  readonly id: string;
  readonly number: string;
  readonly dayKey: string;
  readonly branchId: string;
  readonly specialistId: string;
  readonly date: string;
  readonly client: { readonly clientId: string; readonly name: string; readonly phone: string | null };
  readonly services: readonly ServiceLine[];
  readonly start: string;
  readonly end: string;
  readonly occupiedFrom: string;
  readonly occupiedTo: string;
  readonly status: BookingStatus;
  readonly source: BookingSource;
  readonly total: Money;
  readonly notes?: string | null;
  readonly visitId?: string | null;
  readonly movedTo?: string | null;
  readonly movedFrom?: string | null;
}

export interface WorkingInterval {
  readonly start: string;
  readonly end: string;
}

export interface SpecialistDay {
  readonly key: string;
  readonly branchId: string;
  readonly specialistId: string;
  readonly date: string;
  readonly version: number;
  readonly hours: readonly WorkingInterval[];
  readonly hoursPinned: boolean;
  readonly bookings: readonly Booking[];
}

export interface ColumnSpecialist {
  readonly id: string;
  readonly name: string;
  readonly position: string;
  readonly photoUrl: string | null;
  readonly number: number;
}

/** One column of the grid: a pushed item of the calendar topic, keyed by the specialist-day key. */
export interface CalendarColumn {
  readonly specialist: ColumnSpecialist;
  readonly day: SpecialistDay;
}

/** The calendar topic's "roster" item: which specialists are columns that day. */
export interface Roster {
  readonly version: number;
  readonly specialistIds: readonly string[];
}

export type Weekday = 'Sunday' | 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday';

export interface OpeningHours {
  readonly day: Weekday;
  readonly opens: string;
  readonly closes: string;
}

export interface Branch {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly city: string;
  readonly timeZone: string;
  readonly currency: string;
  readonly openingHours: readonly OpeningHours[];
  readonly daysOff: readonly string[];
  readonly gridStepMinutes: number;
}

export interface Service {
  readonly id: string;
  readonly name: string;
  readonly directionId: string;
  readonly durationMinutes: number;
  readonly price: Money;
}

export interface Specialist {
  readonly id: string;
  readonly name: string;
  readonly position: string;
  readonly branchIds: readonly string[];
  readonly serviceIds: readonly string[];
  readonly photoUrl: string | null;
}

export interface Catalog {
  readonly version: number;
  readonly branches: readonly Branch[];
  readonly services: readonly Service[];
  readonly specialists: readonly Specialist[];
}

export interface ClientCard {
  readonly id: string;
  readonly name: string;
  readonly phones: readonly string[];
  readonly email?: string | null;
}

/** A refusal as the API words it (application/problem+json). */
export interface ProblemDetails {
  readonly status?: number;
  readonly title?: string;
  readonly detail?: string;
  readonly code?: string;
  readonly conflictingBooking?: string;
}
