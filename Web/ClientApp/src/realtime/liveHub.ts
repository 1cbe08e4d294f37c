import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { liveHubPath } from './contract';
import { deviceToken } from '../shell/session';
import { RealtimeClient, type RealtimeOptions } from './realtimeClient';
import { retryForever } from './retryPolicy';

/**
 * A started client of the live hub on this page's server, reconnecting forever. The page's branch (its ?branch=) goes
 * into the hub's address too: a load balancer that keeps one branch on one node (deploy/nginx) reads it there.
 */
export function connectLiveHub(options: RealtimeOptions = {}): RealtimeClient {
  const branch = new URLSearchParams(location.search).get('branch');
  const token = deviceToken();
  const hub = new HubConnectionBuilder()
    // A device (a lobby screen) names itself by token; a person's session cookie goes with the connection anyway.
    .withUrl(branch ? `${liveHubPath}?branch=${encodeURIComponent(branch)}` : liveHubPath, token ? { accessTokenFactory: () => token } : {})
    .withAutomaticReconnect(retryForever)
    .configureLogging(LogLevel.Warning)
    .build();
  const client = new RealtimeClient(hub, options);
  void client.start();
  return client;
}
