import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { liveHubPath } from './contract';
import { RealtimeClient, type RealtimeOptions } from './realtimeClient';
import { retryForever } from './retryPolicy';

/**
 * A started client of the live hub on this page's server, reconnecting forever. The page's branch (its ?branch=) goes
 * into the hub's address too: a load balancer that keeps one branch on one node (deploy/nginx) reads it there.
 */
export function connectLiveHub(options: RealtimeOptions = {}): RealtimeClient {
  const branch = new URLSearchParams(location.search).get('branch');
  const hub = new HubConnectionBuilder()
    .withUrl(branch ? `${liveHubPath}?branch=${encodeURIComponent(branch)}` : liveHubPath)
    .withAutomaticReconnect(retryForever)
    .configureLogging(LogLevel.Warning)
    .build();
  const client = new RealtimeClient(hub, options);
  void client.start();
  return client;
}
