// This proxy as a cluster member: ownership of actors, routing to other members over NATS.
export { ClusterNode, type ClusterSettings, type ForwardedHandler } from './cluster-node';
