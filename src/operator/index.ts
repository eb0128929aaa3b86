// The Kubernetes operator's public surface: the CRDs, the renderers shared by the reconcilers
// and `spawn-proxy render`, the install manifests, and the two command lines.
export { customResourceDefinitions, specSchema, API_VERSION, GROUP, VERSION, type ActorHost, type ActorSystem } from './crds';
export { runOperator, runRender, parseOperatorArgs, DEFAULT_PROXY_IMAGE, OPERATOR_USAGE, RENDER_USAGE } from './cli';
export { manifestFiles, renderManifestFiles, exampleResources, operatorClusterRole, type ManifestFile } from './manifests';
export { parseDocuments, renderDocuments, toYaml } from './render';
export { Operator, type OperatorOptions } from './operator';
export { KubeApi, KubeApiError, RESOURCES, type KubeObject } from './kube-api';
export { validate, type JSONSchema } from './schema';
export { validateObject, KUBERNETES_SCHEMA_VERSION } from './offline-validate';
