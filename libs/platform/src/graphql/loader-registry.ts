import DataLoader from 'dataloader';

/**
 * The DataLoaders of one GraphQL request, created on first use and dropped with the request, so a
 * batch never mixes callers and a cache never outlives the request.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly values = new Map<string, Promise<unknown>>();

  /** A value computed once per request (e.g. the caller's memberships). */
  once<T>(name: string, compute: () => Promise<T>): Promise<T> {
    let value = this.values.get(name) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      this.values.set(name, value);
    }
    return value;
  }

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Groups rows by a key, in the order of `keys` (the shape DataLoader wants). */
export function groupBy<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
