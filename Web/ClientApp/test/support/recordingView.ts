import type { VersionedItem } from '../../src/realtime/contract';
import type { TopicView } from '../../src/realtime/versionedTopic';

/** A page's view that writes down what it was asked to draw. */
export class RecordingView implements TopicView<string> {
  readonly drawn: string[] = [];
  readonly shown = new Map<string, string>();

  snapshot(items: readonly VersionedItem<string>[]): void {
    this.shown.clear();
    for (const item of items) this.shown.set(item.key, item.data);
    this.drawn.push(`snapshot ${items.map((item) => `${item.key}@${item.version}`).join(' ')}`.trim());
  }

  change(key: string, data: string, version: number): void {
    this.shown.set(key, data);
    this.drawn.push(`change ${key}@${version}`);
  }
}

export function change(key: string, firstVersion: number, version = firstVersion, topic = 'branch-1/2026-03-08') {
  return { topic, key, firstVersion, version, data: `${key} v${version}` };
}

export function item(key: string, version: number) {
  return { key, version, data: `${key} v${version}` };
}
