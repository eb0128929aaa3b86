// The Kubernetes operator's public surface: the CRDs, the renderers shared by the reconcilers
// and `spawn-proxy render`, the install manifests, the client and the operator, and the two
// command lines.
export { customResourceDefinitions, specSchema, type ActorHost, type ActorSystem } from './crds';
export { runOperator, runRender } from './cli';
export { manifestFiles, renderManifestFiles, exampleResources, operatorClusterRole } from './manifests';
export { parseDocuments, renderDocuments } from './render';
export { Operator } from './operator';
export { KubeApi, RESOURCES } from './kube-api';
export { validateObject, KUBERNETES_SCHEMA_VERSION } from './offline-validate';
