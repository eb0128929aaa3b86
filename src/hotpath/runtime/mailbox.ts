// A FIFO mailbox: tasks run one at a time, in arrival order. A task that throws fails only
// its own caller. The queue is an array with a moving head, so a burst of N messages costs
// N slots and no promise chain (a chain keeps every settled link reachable until the end).

export type Task<T> = () => Promise<T>;

interface Entry {
  run: Task<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export class Mailbox {
  #queue: Entry[] = [];
  #head = 0;
  #running = false;

  /** Messages waiting, not counting the one running. */
  get pending(): number {
    return this.#queue.length - this.#head;
  }

  /** Tasks running or waiting. */
  get depth(): number {
    return this.pending + (this.#running ? 1 : 0);
  }

  /** True while a task runs or waits. */
  get busy(): boolean {
    return this.#running || this.pending > 0;
  }

  post<T>(run: Task<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ run, resolve: resolve as (v: unknown) => void, reject });
      if (!this.#running) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#running = true;
    while (this.#head < this.#queue.length) {
      const entry = this.#queue[this.#head]!;
      this.#queue[this.#head] = undefined as unknown as Entry;
      this.#head++;
      if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
        this.#queue = this.#queue.slice(this.#head);
        this.#head = 0;
      }
      try {
        entry.resolve(await entry.run());
      } catch (err) {
        entry.reject(err);
      }
    }
    this.#queue.length = 0;
    this.#head = 0;
    this.#running = false;
  }
}
