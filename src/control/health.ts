// Liveness and readiness. The proxy is live while the process runs; it is ready while it
// accepts work and its dependencies answer. Draining (SIGTERM) makes it not ready first,
// so load balancers stop sending before the actors are flushed.

export interface HealthCheck {
  name: string;
  /** Returns undefined when healthy, or a short reason. */
  check(): string | undefined;
}

export class Health {
  #draining = false;
  readonly #checks: HealthCheck[] = [];

  add(check: HealthCheck): void {
    this.#checks.push(check);
  }

  startDraining(): void {
    this.#draining = true;
  }

  get draining(): boolean {
    return this.#draining;
  }

  readiness(): { ready: boolean; body: Record<string, unknown> } {
    if (this.#draining) return { ready: false, body: { status: 'down', reason: 'draining' } };
    const degraded: Record<string, string> = {};
    for (const c of this.#checks) {
      const reason = c.check();
      if (reason !== undefined) degraded[c.name] = reason;
    }
    if (Object.keys(degraded).length > 0) return { ready: false, body: { status: 'down', degraded } };
    return { ready: true, body: { status: 'up' } };
  }
}
