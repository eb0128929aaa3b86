// Broadcast subscribers by system and topic: named actors and spawned instances of
// templates whose registration lists the channel (Metadata.channel_group). Built lazily
// from the directory, and dropped when a registration or spawn may have changed it.
import type { ActorDirectory } from './directory';

/** A broadcast subscriber: an actor name and the action its subscription runs. */
export interface Subscriber {
  name: string;
  action: string;
}

export class SubscriptionIndex {
  readonly #directory: ActorDirectory;
  /** topic -> subscribers, per system; absent until the system's first broadcast after a change. */
  readonly #bySystem = new Map<string, Map<string, Subscriber[]>>();

  constructor(directory: ActorDirectory) {
    this.#directory = directory;
    // A registration may add or drop channels; a spawn matters only for a template with channels.
    directory.onChange((system, change, defs) => {
      if (change === 'register' || defs.some((d) => d.channels.length > 0)) this.#bySystem.delete(system);
    });
  }

  /** Actors of `system` subscribed to `topic`. */
  subscribers(system: string, topic: string): readonly Subscriber[] {
    let index = this.#bySystem.get(system);
    if (!index) {
      index = new Map();
      for (const [name, entry] of this.#directory.addressable(system)) {
        const def = entry.def;
        if (!def.channels.length || def.kind === 'pooled') continue;
        if (def.kind === 'unnamed' && name === def.name) continue; // the template itself
        for (const c of def.channels) {
          let list = index.get(c.topic);
          if (!list) index.set(c.topic, (list = []));
          list.push({ name, action: c.action });
        }
      }
      this.#bySystem.set(system, index);
    }
    return index.get(topic) ?? [];
  }
}
