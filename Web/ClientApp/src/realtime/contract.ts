/**
 * The calendar hub's contract, as the browser relies on it. The server side is written separately: keep the two in
 * step (Web/ClientApp/README.md says the same in prose).
 *
 * Hub: `/hubs/live` (SignalR, JSON protocol): one hub for every live screen; topics name what is watched, e.g.
 *   `calendar:{branch}:{yyyy-MM-dd}`, `calendar:{branch}:{yyyy-MM-dd}:{specialist}`, `queue:{branch}:{yyyy-MM-dd}`,
 *   `queue-ticket:{ticketId}`.
 *
 * Client → server `Subscribe(topic: string): SubscribeResult`
 *   Joins the connection to the topic's group and answers the topic's snapshot. The server joins the group BEFORE it
 *   reads the snapshot, so a change committed after the snapshot is pushed and none falls between the two; a change
 *   pushed before the answer arrives is held by the client and replayed over the snapshot. Calling it again for a
 *   topic already joined is harmless and answers a fresh snapshot: that is how a client resyncs.
 *
 * Client → server `Unsubscribe(topic: string)`: leaves the group.
 *
 * Server → client `changed(ChangedMessage)`: one grain of the topic committed versions firstVersion..version.
 *   The client passes `data` on only when firstVersion is exactly one past the version it holds for that key.
 *   A message with firstVersion = version + 1 means "refetch unless you already hold `version`": the server sends it
 *   for a change that cannot be applied as one item (the calendar's `roster`: columns came or went). It needs no
 *   special case here: it is either a duplicate or a gap.
 *   A message with a `patch` carries a partial item: the array at `patch.list` (a dotted path into `data`, e.g.
 *   `day.bookings`) holds only the entries (matched by `id`) that changed or came since firstVersion − 1, the entries
 *   named in `patch.removed` are gone, and everything else in `data` is whole. It applies only over firstVersion − 1,
 *   which the version rule above already demands.
 *
 * Versions are the grains' journal versions (1 after the first event). A key absent from a snapshot is at version 0.
 * `nodeInstance` names the server process that answered (new at every start): when it changes, every topic is
 * refetched, since the client cannot know what the old instance pushed that the new one does not know about.
 */
export interface SubscribeResult<T = unknown> {
  readonly nodeInstance: string;
  readonly items: readonly VersionedItem<T>[];
}

export interface VersionedItem<T = unknown> {
  readonly key: string;
  readonly version: number;
  readonly data: T;
}

export interface ChangedMessage<T = unknown> {
  readonly topic: string;
  readonly key: string;
  readonly firstVersion: number;
  readonly version: number;
  readonly data: T;
  readonly patch?: ItemPatch;
}

export interface ItemPatch {
  readonly list: string;
  readonly removed: readonly string[];
}

export const liveHubPath = '/hubs/live';
