#!/usr/bin/env bash
# Generates the Python protobuf modules of the Spawn protocol for examples/python-host
# (protoc from Debian's protobuf-compiler; output committed, so running the example needs
# only python3-protobuf).
set -euo pipefail
cd "$(dirname "$0")/.."
out=examples/python-host/generated
rm -rf "$out" && mkdir -p "$out"
protoc -I proto --python_out="$out" \
  eigr/functions/protocol/actors/actor.proto \
  eigr/functions/protocol/actors/protocol.proto
