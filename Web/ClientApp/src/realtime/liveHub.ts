import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { liveHubPath } from './contract';
import { RealtimeClient, type RealtimeOptions } from './realtimeClient';
import { retryForever } from './retryPolicy';

/** A started client of the live hub on this page's server, reconnecting forever. */
export function connectLiveHub(options: RealtimeOptions = {}): RealtimeClient {
  const hub = new HubConnectionBuilder()
    .withUrl(liveHubPath)
    .withAutomaticReconnect(retryForever)
    .configureLogging(LogLevel.Warning)
    .build();
  const client = new RealtimeClient(hub, options);
  void client.start();
  return client;
}
