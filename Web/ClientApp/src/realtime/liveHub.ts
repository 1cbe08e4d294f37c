import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { liveHubPath } from './contract';
import { deviceToken } from '../shell/session';
import { RealtimeClient, type RealtimeOptions } from './realtimeClient';
import { retryForever } from './retryPolicy';

/** A started client of the live hub on this page's server, reconnecting forever. */
export function connectLiveHub(options: RealtimeOptions = {}): RealtimeClient {
  const token = deviceToken();
  const hub = new HubConnectionBuilder()
    // A device (a lobby screen) names itself by token; a person's session cookie goes with the connection anyway.
    .withUrl(liveHubPath, token ? { accessTokenFactory: () => token } : {})
    .withAutomaticReconnect(retryForever)
    .configureLogging(LogLevel.Warning)
    .build();
  const client = new RealtimeClient(hub, options);
  void client.start();
  return client;
}
