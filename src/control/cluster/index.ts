// Cluster control plane: membership leases and placement on NATS JetStream KV.
export { Membership, type MemberInfo, type MemberState, type MembershipOptions } from './membership';
export { Claims, eligible, rendezvous, type Claim, type ClaimOutcome } from './placement';
