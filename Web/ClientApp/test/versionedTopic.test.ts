import { describe, expect, it } from 'vitest';
import { VersionedTopic } from '../src/realtime/versionedTopic';
import { change, item, RecordingView } from './support/recordingView';

function liveTopic(...items: ReturnType<typeof item>[]) {
  const view = new RecordingView();
  const topic = new VersionedTopic('branch-1/2026-03-08', view);
  topic.acceptSnapshot(items);
  return { topic, view };
}

describe('a live topic applies exactly the next version of each key', () => {
  it('applies version last+1, and a commit of several versions that starts at last+1', () => {
    const { topic, view } = liveTopic(item('anna', 3));
    expect(topic.receive(change('anna', 4))).toBe('applied');
    expect(topic.receive(change('anna', 5, 7))).toBe('applied');
    expect(topic.versionOf('anna')).toBe(7);
    expect(view.shown.get('anna')).toBe('anna v7');
  });

  it('drops a version it already has', () => {
    const { topic, view } = liveTopic(item('anna', 3));
    expect(topic.receive(change('anna', 3))).toBe('duplicate');
    expect(topic.receive(change('anna', 2, 3))).toBe('duplicate');
    expect(view.drawn).toEqual(['snapshot anna@3']);
  });

  it('treats a key the snapshot did not have as version 0', () => {
    const { topic } = liveTopic();
    expect(topic.receive(change('boris', 1))).toBe('applied');
    expect(liveTopic().topic.receive(change('boris', 2))).toBe('gap');
  });

  it('calls a skipped version, or one that overlaps what it has, a gap and applies nothing', () => {
    const { topic, view } = liveTopic(item('anna', 3), item('boris', 1));
    expect(topic.receive(change('anna', 5))).toBe('gap');
    expect(topic.live).toBe(false);
    expect(liveTopic(item('anna', 3)).topic.receive(change('anna', 3, 4))).toBe('gap');
    expect(view.drawn).toEqual(['snapshot anna@3 boris@1']);
  });
});

describe('between a gap and the next snapshot, changes are held and replayed over it', () => {
  it('holds every change after a gap, then applies those newer than the snapshot in order', () => {
    const { topic, view } = liveTopic(item('anna', 3), item('boris', 1));
    topic.receive(change('anna', 5));
    expect(topic.receive(change('boris', 2))).toBe('held');
    expect(topic.receive(change('anna', 6))).toBe('held');

    const complete = topic.acceptSnapshot([item('anna', 5), item('boris', 1)]);

    expect(complete).toBe(true);
    expect(topic.live).toBe(true);
    expect(view.drawn.slice(1)).toEqual(['snapshot anna@5 boris@1', 'change boris@2', 'change anna@6']);
  });

  it('answers false when the held changes still leave a gap, and keeps holding', () => {
    const { topic } = liveTopic(item('anna', 3));
    topic.receive(change('anna', 5));
    topic.receive(change('anna', 8));
    expect(topic.acceptSnapshot([item('anna', 6)])).toBe(false);
    expect(topic.live).toBe(false);
    expect(topic.receive(change('anna', 9))).toBe('held');
    expect(topic.acceptSnapshot([item('anna', 9)])).toBe(true);
    expect(topic.versionOf('anna')).toBe(9);
  });

  it('holds changes that come before the first snapshot', () => {
    const view = new RecordingView();
    const topic = new VersionedTopic<string>('branch-1/2026-03-08', view);
    expect(topic.receive(change('anna', 4))).toBe('held');
    expect(topic.acceptSnapshot([item('anna', 3)])).toBe(true);
    expect(view.drawn).toEqual(['snapshot anna@3', 'change anna@4']);
  });

  it('takes a snapshot with lower versions as the truth (a server that restarted from an older store)', () => {
    const { topic } = liveTopic(item('anna', 9));
    topic.invalidate();
    topic.acceptSnapshot([item('anna', 2)]);
    expect(topic.receive(change('anna', 3))).toBe('applied');
  });
});
