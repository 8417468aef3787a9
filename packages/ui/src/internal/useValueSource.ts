import { useEffect, useState, useSyncExternalStore } from 'react';
import { createValueSource } from './createValueSource';
import type { ValueSource } from './createValueSource';

/**
 * @internal For a provider: one source for the component's life, holding `value`. The value is
 * written while rendering so that readers rendering below in this same pass read it (one commit
 * per frame); that is idempotent, so a repeated or abandoned render is harmless. The passive
 * effect runs after the readers' own (children first), once each reader that rendered has
 * recorded the value: only readers that did not render are woken.
 */
export function useProvidedSource<T>(value: T): ValueSource<T> {
  const [source] = useState(() => createValueSource(value));
  source.set(value);
  useEffect(() => source.notify(), [source, value]);
  return source;
}

const subscribeNever = () => () => {};

/** @internal For a reader: the source's value, or `fallback` without a source. */
export function useSourceValue<T>(source: ValueSource<T> | null | undefined, fallback: T): T {
  const get = source ? source.get : () => fallback;
  return useSyncExternalStore(source ? source.subscribe : subscribeNever, get, get);
}
