// Ownership: may this process run an actor's turns? Alone, always. In a cluster, only while
// it holds the actor's claim and its own lease is valid (src/control/cluster).
export interface Ownership {
  /**
   * Before an actor activates here. In a cluster: claims it, or throws ActorMovedError
   * naming the live member that holds it.
   */
  acquire(system: string, cellName: string): Promise<void>;
  /** After the actor's final save: gives the claim up. */
  release(system: string, cellName: string): Promise<void>;
  /**
   * Right before each host call: throws (SPAWN_ERR_NOT_OWNER) when this process may not run
   * turns now, e.g. its cluster lease was not renewed in time.
   */
  check(): void;
  /**
   * Each activation writes the state once before its first turn, so the revision moves on
   * and a previous owner still holding the old revision cannot write (compare-and-set).
   */
  readonly fenceOnActivation: boolean;
}

/** One process, no cluster: everything is owned here. */
export const SOLE_OWNERSHIP: Ownership = Object.freeze({
  acquire: async (): Promise<void> => undefined,
  release: async (): Promise<void> => undefined,
  check: (): void => undefined,
  fenceOnActivation: false,
});
