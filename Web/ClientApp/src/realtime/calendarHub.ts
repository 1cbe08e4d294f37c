import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { calendarHubPath } from './contract';
import { RealtimeClient, type RealtimeOptions } from './realtimeClient';
import { retryForever } from './retryPolicy';

/** A started client of the calendar hub on this page's server, reconnecting forever. */
export function connectCalendarHub(options: RealtimeOptions = {}): RealtimeClient {
  const hub = new HubConnectionBuilder()
    .withUrl(calendarHubPath)
    .withAutomaticReconnect(retryForever)
    .configureLogging(LogLevel.Warning)
    .build();
  const client = new RealtimeClient(hub, options);
  void client.start();
  return client;
}
