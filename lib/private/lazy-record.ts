/**
 * A frozen record whose values are made on first read, once each: `lazyRecord({ aws: () => loadAws() })`. For
 * tables of per-cloud data or code that only some synths need (a synth of AWS tenants never loads Azure's).
 */
export function lazyRecord<K extends string, V>(loaders: Readonly<Record<K, () => V>>): Readonly<Record<K, V>> {
  return Object.freeze(
    Object.defineProperties(
      {},
      Object.fromEntries(
        (Object.entries(loaders) as [K, () => V][]).map(([key, load]) => {
          let value: V | undefined;
          let loaded = false;
          const get = () => {
            if (!loaded) {
              value = load();
              loaded = true;
            }
            return value as V;
          };
          return [key, { enumerable: true, get }];
        }),
      ),
    ) as Record<K, V>,
  );
}
