/** The branch's business date now ("2026-11-23"), in its own zone: a queue's day starts at the branch's midnight, not the screen's. */
export function branchToday(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function queueTopic(branchId: string, date: string): string {
  return `queue:${branchId}:${date}`;
}
