// OpenAPI v3 schemas for the CRDs, built with small helpers, and the validator that reads
// the same schemas: the API server enforces them on `kubectl apply`, and the operator and
// `spawn-proxy render` enforce them again (so a cluster that prunes or skips validation, or
// an offline render, cannot slip a field past us). Refusals are CEL rules of a few fixed
// shapes that both sides understand: the validator knows every rule it was built with.

/** The subset of apiextensions.k8s.io/v1 JSONSchemaProps the CRDs use (wire names). */
export interface JSONSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'boolean';
  description?: string;
  properties?: Record<string, JSONSchema>;
  required?: string[];
  items?: JSONSchema;
  additionalProperties?: JSONSchema;
  enum?: Array<string | number | boolean>;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  format?: string;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-validations'?: CelRule[];
  'x-kubernetes-list-type'?: 'atomic' | 'set' | 'map';
  'x-kubernetes-list-map-keys'?: string[];
}

interface CelRule {
  rule: string;
  message: string;
}

type Predicate = (self: Record<string, unknown>) => boolean;

/** What each CEL rule we generate means, so the validator can apply it without a CEL engine. */
const RULES = new Map<string, Predicate>();

// Each helper below gives its rules one textual shape, so a rule's text determines its meaning.
function rule(text: string, message: string, holds: Predicate): CelRule {
  if (!RULES.has(text)) RULES.set(text, holds);
  return { rule: text, message };
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;
function field(name: string): string {
  if (!FIELD.test(name)) throw new Error(`not a CEL-safe field name: ${name}`);
  return name;
}

/** The object must not have `name` (a field of Spawn's that we refuse rather than ignore). */
export function refuseField(name: string, message: string): CelRule {
  return rule(`!has(self.${field(name)})`, message, (self) => self[name] === undefined);
}

/** The boolean `name` may be given only as false. */
export function refuseTrue(name: string, message: string): CelRule {
  return rule(`!has(self.${field(name)}) || self.${name} == false`, message, (self) => self[name] === undefined || self[name] === false);
}

/** The string `name` must not be one of `refused` (a value of Spawn's that we refuse rather than ignore). */
export function refuseValues(name: string, refused: readonly string[], message: string): CelRule {
  return rule(`!has(self.${field(name)}) || !(self.${name} in ${JSON.stringify(refused)})`, message, (self) => !refused.includes(self[name] as string));
}

/** `name` is required unless the boolean `flag` is given as false (flags that default to true). */
export function requiredUnlessFalse(name: string, flag: string, message: string): CelRule {
  return rule(
    `has(self.${field(name)}) || (has(self.${field(flag)}) && self.${flag} == false)`,
    message,
    (self) => self[name] !== undefined || self[flag] === false,
  );
}

/** At most one of `a` and `b`. */
export function notBoth(a: string, b: string, message: string): CelRule {
  return rule(`!(has(self.${field(a)}) && has(self.${field(b)}))`, message, (self) => self[a] === undefined || self[b] === undefined);
}

/** `high` ≥ `low` when both are given. */
export function notBelow(high: string, low: string, message: string): CelRule {
  return rule(`!has(self.${field(high)}) || !has(self.${field(low)}) || self.${high} >= self.${low}`, message, (self) => {
    const h = self[high];
    const l = self[low];
    return typeof h !== 'number' || typeof l !== 'number' || h >= l;
  });
}

// Builders. Each returns a fresh object, so schemas can be shared and extended without aliasing.
type Extra = Omit<JSONSchema, 'type' | 'properties' | 'items'>;

export const str = (description: string, extra: Extra = {}): JSONSchema => ({ type: 'string', description, ...extra });
export const int = (description: string, extra: Extra = {}): JSONSchema => ({ type: 'integer', format: 'int32', description, ...extra });
export const bool = (description: string, extra: Extra = {}): JSONSchema => ({ type: 'boolean', description, ...extra });
export const arr = (description: string, items: JSONSchema, extra: Extra = {}): JSONSchema => ({ type: 'array', description, items, ...extra });
export const obj = (description: string, properties: Record<string, JSONSchema>, extra: Extra = {}): JSONSchema => ({
  type: 'object',
  description,
  properties,
  ...extra,
});
/** A map of strings to strings (labels, node selectors). */
export const stringMap = (description: string): JSONSchema => ({ type: 'object', description, additionalProperties: { type: 'string' } });
/** A Kubernetes object we pass through as is (affinity, resources): the API server validates it in the Deployment. */
export const opaque = (description: string): JSONSchema => ({ type: 'object', description, 'x-kubernetes-preserve-unknown-fields': true });

/** Validation errors of `value` against `schema`, each as "<path>: <what is wrong>"; empty when valid. */
export function validate(schema: JSONSchema, value: unknown, path = 'spec'): string[] {
  const errors: string[] = [];
  check(schema, value, path, errors);
  return errors;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

function check(schema: JSONSchema, value: unknown, path: string, errors: string[]): void {
  if (schema['x-kubernetes-int-or-string']) {
    if (!(typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))))
      errors.push(`${path}: must be an integer or a string (got ${describe(value)})`);
    return;
  }
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return void errors.push(`${path}: must be a string (got ${describe(value)})`);
      if (schema.minLength !== undefined && value.length < schema.minLength) errors.push(`${path}: must be at least ${schema.minLength} characters`);
      if (schema.maxLength !== undefined && value.length > schema.maxLength) errors.push(`${path}: must be at most ${schema.maxLength} characters`);
      if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value))
        errors.push(`${path}: must match ${schema.pattern} (got ${JSON.stringify(value)})`);
      break;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return void errors.push(`${path}: must be an integer (got ${describe(value)})`);
      if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: must be ≥ ${schema.minimum} (got ${value})`);
      if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: must be ≤ ${schema.maximum} (got ${value})`);
      break;
    case 'boolean':
      if (typeof value !== 'boolean') return void errors.push(`${path}: must be true or false (got ${describe(value)})`);
      break;
    case 'array':
      if (!Array.isArray(value)) return void errors.push(`${path}: must be an array (got ${describe(value)})`);
      if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${path}: must have at least ${schema.minItems} entries`);
      if (schema.items) value.forEach((item, i) => check(schema.items!, item, `${path}[${i}]`, errors));
      break;
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return void errors.push(`${path}: must be an object (got ${describe(value)})`);
      const o = value as Record<string, unknown>;
      for (const name of schema.required ?? []) if (o[name] === undefined) errors.push(`${path}.${name}: required`);
      for (const [name, v] of Object.entries(o)) {
        const sub = schema.properties?.[name] ?? schema.additionalProperties;
        if (sub) check(sub, v, `${path}.${name}`, errors);
        else if (!schema['x-kubernetes-preserve-unknown-fields']) errors.push(`${path}.${name}: unknown field`);
      }
      for (const r of schema['x-kubernetes-validations'] ?? []) {
        const holds = RULES.get(r.rule);
        if (!holds) throw new Error(`${path}: CEL rule ${r.rule} has no known meaning (build rules with the helpers in schema.ts)`);
        if (!holds(o)) errors.push(`${path}: ${r.message}`);
      }
      break;
    }
    default:
      break;
  }
  if (schema.enum && !schema.enum.includes(value as string | number | boolean)) {
    errors.push(`${path}: must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')} (got ${describe(value)})`);
  }
}
