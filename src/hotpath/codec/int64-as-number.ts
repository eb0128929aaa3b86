// int64 fields in the Spawn protocol are milliseconds (timeouts, scheduled_to), far below
// 2^53. Decoding them as plain numbers avoids a Long allocation per field. This module
// must be loaded before the generated codec, whose defaults are computed at load time.
import * as protobuf from 'protobufjs/minimal';

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();
