import type { ProxyConfig } from '../control';
import { readEnum } from '../control';
import { MemoryStateStore } from './memory-store';
import type { StateStore } from './state-store';

export type { ActorKey, ActorStateRecord, StateStore, StoredState } from './state-store';
export { MemoryStateStore } from './memory-store';

export const DATABASE_TYPES = ['memory'] as const;

/** Builds the StateStore that PROXY_DATABASE_TYPE selects. */
export function createStateStore(config: ProxyConfig): StateStore {
  const type = readEnum(config.env, 'PROXY_DATABASE_TYPE', DATABASE_TYPES, 'memory');
  switch (type) {
    case 'memory':
      return new MemoryStateStore();
  }
}
