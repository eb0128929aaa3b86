// piscina worker for bench/micro/snapshot-pool.ts: seals one batch of states.
import { Keyring, keyFromBytes } from '../../src/storage/cipher';

let ring: Keyring | undefined;

export default function seal(task: { key: Uint8Array; system: string; names: string[]; states: Uint8Array[] }): Buffer[] {
  ring ??= new Keyring(keyFromBytes(Buffer.from(task.key)));
  return task.states.map((s, i) => ring!.seal({ system: task.system, name: task.names[i]! }, s));
}
