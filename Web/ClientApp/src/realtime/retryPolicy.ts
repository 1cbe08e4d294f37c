import type { IRetryPolicy } from '@microsoft/signalr';

// Screens in a lobby must come back on their own however long the server is away, so retries never stop. The delays
// are spread at random so that a hundred screens do not all knock at once when a server comes back.
const steps = [500, 2_000, 5_000, 10_000];
const steady = 20_000;

/** The wait before the attempt that follows `previousAttempts` failures: about 0.5 s, 2 s, 5 s, 10 s, then 20 s, each ±50 %. */
export function retryDelay(previousAttempts: number, random: () => number = Math.random): number {
  const base = steps[previousAttempts] ?? steady;
  return Math.round(base * (0.5 + random()));
}

export const retryForever: IRetryPolicy = {
  nextRetryDelayInMilliseconds: (context) => retryDelay(context.previousRetryCount),
};
