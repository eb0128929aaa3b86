// Placement: which member runs an actor.
//
//   rendezvous   the preferred member: highest hash(actor key, member id) among the active
//                members whose hosts registered the actor's type. A join moves only actors
//                onto the newcomer; a leave moves only the leaver's actors.
//   claims       the authority: bucket <prefix>_claims (history 1, no max_age, R1), key per
//                actor, value = the member that activated it. create() succeeds for exactly
//                one member; an existing claim of a member whose lease key is gone is taken
//                over with update(…, revision), which again only one member can win.
//
// A claim overrides the rendezvous choice: an actor stays where it is activated until that
// member deactivates it, hands it off or dies.
import { createHash } from 'node:crypto';
import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import type { MemberInfo } from './membership';

/** The member among `candidates` that rendezvous hashing prefers for `key`, or undefined when there is none. */
export function rendezvous(key: string, candidates: Iterable<MemberInfo>): MemberInfo | undefined {
  let best: MemberInfo | undefined;
  let bestScore = -1n;
  for (const m of candidates) {
    const score = createHash('sha1').update(m.id).update('\u0000').update(key).digest().readBigUInt64BE(0);
    if (score > bestScore || (score === bestScore && best !== undefined && m.id < best.id)) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

/** Members that may run `type` of `system`: active, and their hosts registered it. */
export function eligible(view: ReadonlyMap<string, MemberInfo>, system: string, type: string): MemberInfo[] {
  const out: MemberInfo[] = [];
  for (const m of view.values()) if (m.state === 'active' && m.systems[system]?.includes(type)) out.push(m);
  return out;
}

export interface Claim {
  member: string;
  revision: number;
}

export type ClaimOutcome = { ours: true; revision: number } | { ours: false; owner: string };

/** Actor claims in NATS KV. */
export class Claims {
  readonly #kv: KV;

  private constructor(kv: KV) {
    this.#kv = kv;
  }

  static async open(nc: NatsConnection, bucketPrefix: string): Promise<Claims> {
    const kvm = new Kvm(nc);
    return new Claims(await kvm.create(`${bucketPrefix}_claims`, { history: 1, replicas: 1 }));
  }

  /** KV keys allow [-/_=.a-zA-Z0-9]: the actor's identity travels base64url-encoded. */
  static key(system: string, actor: string): string {
    return `${Buffer.from(system).toString('base64url')}.${Buffer.from(actor).toString('base64url')}`;
  }

  async get(key: string): Promise<Claim | undefined> {
    const e = await this.#kv.get(key);
    if (!e || e.operation !== 'PUT') return undefined;
    return { member: (JSON.parse(e.string()) as { member: string }).member, revision: e.revision };
  }

  /**
   * Claims `key` for `member`. `alive(owner)` decides whether an existing claim still
   * stands (the owner's lease key is present at the server): a dead owner's claim is taken
   * over by compare-and-set, so two members racing for it cannot both win.
   */
  async acquire(key: string, member: string, alive: (owner: string) => Promise<boolean>): Promise<ClaimOutcome> {
    const value = JSON.stringify({ member, at: Date.now() });
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        return { ours: true, revision: await this.#kv.create(key, value) };
      } catch (err) {
        if (!/wrong last sequence/i.test((err as Error).message)) throw err;
      }
      const current = await this.get(key);
      if (!current) continue; // released meanwhile: try create again
      if (current.member === member) return { ours: true, revision: current.revision };
      if (await alive(current.member)) return { ours: false, owner: current.member };
      try {
        return { ours: true, revision: await this.#kv.update(key, value, current.revision) };
      } catch (err) {
        if (!/wrong last sequence/i.test((err as Error).message)) throw err;
        // someone else took it over first: look again
      }
    }
    const current = await this.get(key);
    return current && current.member !== member ? { ours: false, owner: current.member } : { ours: false, owner: '' };
  }

  /** Gives a claim up, only if it is still the one we hold. */
  async release(key: string, revision: number): Promise<void> {
    await this.#kv.delete(key, { previousSeq: revision }).catch(() => undefined);
  }
}
