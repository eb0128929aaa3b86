// JSON view of an actor's state for people (GET .../actors/:actor with Accept: application/json).
import { protocol, type IActorId, type IAny } from '../codec';

const JSON_TYPE_SUFFIXES = ['/eigr.functions.protocol.JSONType', '/spawn.JSONType'];

export function stateAsJson(system: string, s: { id: IActorId; state?: IAny; tags: Record<string, string>; revision: number }): Record<string, unknown> {
  const out: Record<string, unknown> = {
    system,
    actor: s.id,
    revision: s.revision,
    tags: s.tags,
    state: null,
  };
  if (s.state) {
    const typeUrl = s.state.type_url ?? '';
    const value = s.state.value ?? new Uint8Array(0);
    const state: Record<string, unknown> = { type_url: typeUrl, value: Buffer.from(value).toString('base64') };
    if (JSON_TYPE_SUFFIXES.some((suffix) => typeUrl.endsWith(suffix))) {
      try {
        const content = protocol.JSONType.decode(value).content;
        state.json = JSON.parse(content);
      } catch {
        // Not decodable as JSONType/JSON: the base64 value above is still there.
      }
    }
    out.state = state;
  }
  return out;
}
