// Status conditions Ready / Progressing / Degraded (metav1.Condition), with observedGeneration,
// and the comparison that keeps an unchanged reconcile from writing status.
import type { V1Deployment } from '@kubernetes/client-node';
import type { Condition } from './crds';
import { canonicalJson } from './names';

export interface Outcome {
  ready: { status: boolean; reason: string; message: string };
  progressing: { status: boolean; reason: string; message: string };
  degraded: { status: boolean; reason: string; message: string };
}

const bool = (b: boolean): 'True' | 'False' => (b ? 'True' : 'False');

/** The three conditions for `outcome`; a condition whose status did not change keeps its lastTransitionTime. */
export function conditionsFor(outcome: Outcome, generation: number | undefined, live: readonly Condition[] | undefined, now = new Date()): Condition[] {
  const wanted: Array<[string, Outcome['ready']]> = [
    ['Ready', outcome.ready],
    ['Progressing', outcome.progressing],
    ['Degraded', outcome.degraded],
  ];
  return wanted.map(([type, c]) => {
    const status = bool(c.status);
    const previous = live?.find((l) => l.type === type);
    return {
      type,
      status,
      ...(generation !== undefined ? { observedGeneration: generation } : {}),
      lastTransitionTime: previous && previous.status === status ? previous.lastTransitionTime : now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      reason: c.reason,
      message: c.message,
    };
  });
}

/** A status that needs no write: every field of `next` already has that value (null meaning absent). */
export function statusUnchanged(live: Record<string, unknown> | undefined, next: Record<string, unknown>): boolean {
  const current = live ?? {};
  return Object.entries(next).every(([k, v]) => canonicalJson(v ?? null) === canonicalJson(current[k] ?? null));
}

/** What a success looks like for resources that are ready as soon as their objects are in place. */
export function reconciled(message: string): Outcome {
  return {
    ready: { status: true, reason: 'Reconciled', message },
    progressing: { status: false, reason: 'Reconciled', message },
    degraded: { status: false, reason: 'AsExpected', message: '' },
  };
}

export function failed(reason: string, message: string): Outcome {
  return {
    ready: { status: false, reason, message },
    progressing: { status: false, reason, message },
    degraded: { status: true, reason, message },
  };
}

export function waiting(reason: string, message: string): Outcome {
  return {
    ready: { status: false, reason, message },
    progressing: { status: true, reason, message },
    degraded: { status: false, reason: 'AsExpected', message: '' },
  };
}

/** An ActorHost's state from its Deployment's (which the Deployment controller keeps). */
export function deploymentOutcome(d: V1Deployment): Outcome {
  const st = d.status ?? {};
  const desired = d.spec?.replicas ?? 1;
  const updated = st.updatedReplicas ?? 0;
  const available = st.availableReplicas ?? 0;
  const total = st.replicas ?? 0;
  const observed = (st.observedGeneration ?? 0) >= (d.metadata?.generation ?? 0);
  const summary = `${available}/${desired} pods available, ${updated} updated`;
  const stuck = st.conditions?.find((c) => c.type === 'Progressing' && c.status === 'False');
  const failure = st.conditions?.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
  const rolledOut = observed && updated === desired && total === desired && available === desired;
  const serving = observed && (desired === 0 || available > 0);
  const degraded = stuck ?? failure;
  return {
    ready: serving ? { status: true, reason: 'Available', message: summary } : { status: false, reason: 'NotAvailable', message: summary },
    progressing: rolledOut ? { status: false, reason: 'RolledOut', message: summary } : { status: true, reason: 'RollingOut', message: summary },
    degraded: degraded
      ? { status: true, reason: degraded.reason ?? 'DeploymentFailing', message: degraded.message ?? summary }
      : { status: false, reason: 'AsExpected', message: '' },
  };
}
