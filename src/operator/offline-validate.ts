// Offline validation of generated objects: built-in kinds against the OpenAPI schema of
// Kubernetes 1.33 (kubernetes-models 4.5.1, a dev dependency: this module is for
// `npm run manifests` and the tests, not for the operator at run time); our own kinds against
// their CRD's schema, with the validator the operator uses.
import type { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { API_VERSION, specSchema } from './crds';
import { validate } from './schema';

export const KUBERNETES_SCHEMA_VERSION = '1.33';

/** Every model class of kubernetes-models has this shape: built from an object, validate() throws. */
type ModelClass = new (data: object) => Pick<Deployment, 'validate'>;

/** Problems of `obj` as "<apiVersion>/<kind> <name>: <problem>"; empty when it validates. */
export async function validateObject(obj: { apiVersion?: string; kind?: string; metadata?: { name?: string }; spec?: unknown }): Promise<string[]> {
  const where = `${obj.apiVersion}/${obj.kind} ${obj.metadata?.name ?? '(no name)'}`;
  if (!obj.apiVersion || !obj.kind) return [`${where}: apiVersion and kind are required`];
  if (!obj.metadata?.name) return [`${where}: metadata.name is required`];
  if (obj.apiVersion === API_VERSION) {
    if (obj.kind !== 'ActorSystem' && obj.kind !== 'ActorHost' && obj.kind !== 'Activator') return [`${where}: not a kind of ${API_VERSION}`];
    return validate(specSchema(obj.kind), obj.spec).map((p) => `${where}: ${p}`);
  }
  const module = `kubernetes-models/${obj.apiVersion}/${obj.kind}`;
  let Model: ModelClass;
  try {
    Model = ((await import(module)) as Record<string, ModelClass>)[obj.kind]!;
  } catch (err) {
    return [`${where}: no schema for this kind in kubernetes-models (${(err as Error).message})`];
  }
  try {
    new Model(obj).validate();
    return [];
  } catch (err) {
    return [`${where}: ${(err as Error).message}`];
  }
}
