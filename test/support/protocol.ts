// Protocol helpers shared by the test host and the tests: JSON state in JSONType Anys.
import { protocol, type IAny } from '../../src/hotpath/codec';

export const JSON_TYPE_URL = 'type.googleapis.com/eigr.functions.protocol.JSONType';

export function jsonAny(value: unknown): IAny {
  return { type_url: JSON_TYPE_URL, value: protocol.JSONType.encode({ content: JSON.stringify(value) }).finish() };
}

export function fromJsonAny<T = Record<string, unknown>>(any: IAny | null | undefined): T | undefined {
  if (!any || !any.value || any.value.length === 0) return undefined;
  return JSON.parse(protocol.JSONType.decode(any.value).content) as T;
}
