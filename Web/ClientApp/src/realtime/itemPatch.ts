import type { ItemPatch } from './contract';

type Json = Record<string, unknown>;
type Entry = { readonly id: string };

/**
 * A partial item applied over the whole one it follows: the patched list keeps the earlier entries in their places,
 * each replaced by its changed version, drops the removed ones and appends the new ones; everything else comes from
 * the partial item. The inputs are not modified.
 */
export function applyPatch<T>(whole: T, partial: T, patch: ItemPatch): T {
  const path = patch.list.split('.');
  const before = listAt(whole, path);
  const changes = listAt(partial, path);
  const changed = new Map(changes.map((entry) => [entry.id, entry]));
  const removed = new Set(patch.removed);
  const merged: Entry[] = [];
  for (const entry of before) {
    if (removed.has(entry.id)) continue;
    merged.push(changed.get(entry.id) ?? entry);
    changed.delete(entry.id);
  }
  merged.push(...changed.values());
  return withListAt(partial, path, merged) as T;
}

function listAt(item: unknown, path: readonly string[]): readonly Entry[] {
  let node = item;
  for (const name of path) node = (node as Json | undefined)?.[name];
  if (!Array.isArray(node)) throw new Error(`A patched item has no list at ${path.join('.')}.`);
  return node as Entry[];
}

function withListAt(item: unknown, path: readonly string[], list: readonly Entry[]): unknown {
  const [name, ...rest] = path;
  if (name === undefined) return list;
  const node = item as Json;
  return { ...node, [name]: withListAt(node[name], rest, list) };
}
