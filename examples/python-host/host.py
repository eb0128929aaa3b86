#!/usr/bin/env python3
"""A Spawn actor host in Python: the standard library plus python3-protobuf.

It registers a "counter" actor (JSON state {"count": n}) with the proxy and serves the
proxy's callbacks on POST /api/v1/actors/actions, as every Spawn SDK host does.

    PROXY_URL=http://127.0.0.1:9001 USER_FUNCTION_PORT=8090 /usr/bin/python3 host.py

Actions:
    add      payload {"by": k}: count += k, replies with the new state
    hello    replies {"greeting": "hello from python", "count": n}; state unchanged
"""
import json
import os
import sys
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated"))
from google.protobuf import any_pb2  # noqa: E402
from eigr.functions.protocol.actors import actor_pb2, protocol_pb2  # noqa: E402

SYSTEM = os.environ.get("SPAWN_SYSTEM", "python-sys")
PROXY_URL = os.environ.get("PROXY_URL", "http://127.0.0.1:9001")
PORT = int(os.environ.get("USER_FUNCTION_PORT", "8090"))
JSON_TYPE_URL = "type.googleapis.com/eigr.functions.protocol.JSONType"


def to_any(value):
    any_msg = any_pb2.Any()
    any_msg.type_url = JSON_TYPE_URL
    any_msg.value = protocol_pb2.JSONType(content=json.dumps(value)).SerializeToString()
    return any_msg


def from_any(any_msg, default):
    if not any_msg.type_url:
        return default
    return json.loads(protocol_pb2.JSONType.FromString(any_msg.value).content or "null")


def handle(invocation):
    ctx = invocation.current_context
    state = from_any(ctx.state, {"count": 0})
    payload = from_any(invocation.value, {}) if invocation.HasField("value") else {}
    reply = protocol_pb2.ActorInvocationResponse(
        actor_name=invocation.actor.name, actor_system=invocation.actor.system
    )
    reply.updated_context.CopyFrom(ctx)
    if invocation.action_name == "add":
        state["count"] = state.get("count", 0) + int(payload.get("by", 1))
        reply.updated_context.state.CopyFrom(to_any(state))
        reply.value.CopyFrom(to_any(state))
    elif invocation.action_name == "hello":
        reply.value.CopyFrom(to_any({"greeting": "hello from python", "count": state.get("count", 0)}))
    else:
        raise ValueError("unknown action " + invocation.action_name)
    return reply


class Actions(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path != "/api/v1/actors/actions":
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        try:
            out = handle(protocol_pb2.ActorInvocation.FromString(body)).SerializeToString()
            status = 200
        except Exception as err:  # an empty body tells the proxy the handler failed
            sys.stderr.write("action failed: %s\n" % err)
            out, status = b"", 500
        self.send_response(status)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    def log_message(self, *args):
        pass


def register():
    counter = actor_pb2.Actor()
    counter.id.name = "counter"
    counter.id.system = SYSTEM
    counter.settings.kind = actor_pb2.NAMED
    counter.settings.stateful = True
    counter.settings.snapshot_strategy.timeout.timeout = 1000
    counter.settings.deactivation_strategy.timeout.timeout = 60000
    counter.actions.add(name="add")
    counter.actions.add(name="hello")
    counter.state.state.CopyFrom(to_any({"count": 0}))
    req = protocol_pb2.RegistrationRequest()
    req.service_info.service_name = "python-example"
    req.service_info.service_runtime = "python " + sys.version.split()[0]
    req.service_info.protocol_major_version = 1
    req.service_info.protocol_minor_version = 1
    req.actor_system.name = SYSTEM
    req.actor_system.registry.actors["counter"].CopyFrom(counter)
    http_req = urllib.request.Request(
        PROXY_URL + "/api/v1/system",
        data=req.SerializeToString(),
        headers={"Content-Type": "application/octet-stream"},
        method="POST",
    )
    with urllib.request.urlopen(http_req, timeout=10) as res:
        status = protocol_pb2.RegistrationResponse.FromString(res.read()).status
    if status.status != protocol_pb2.OK:
        raise SystemExit("registration failed: " + status.message)


def main():
    server = ThreadingHTTPServer(("127.0.0.1", PORT), Actions)
    register()
    print(json.dumps({"event": "listening", "port": server.server_address[1]}), flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
