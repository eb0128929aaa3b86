#!/usr/bin/env bash
# Makes sure Debian's python3 can import google.protobuf (package python3-protobuf), for
# the Python example host and its end-to-end test. Idempotent.
set -u
if /usr/bin/python3 -c 'import google.protobuf' 2>/dev/null; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq python3-protobuf >/dev/null 2>&1 || { echo "could not install python3-protobuf" >&2; exit 1; }
/usr/bin/python3 -c 'import google.protobuf'
