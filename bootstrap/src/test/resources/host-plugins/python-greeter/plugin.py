#!/usr/bin/python3
import json
import sys

def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()

send({"type": "ready", "hooks": ["onRequest", "onActivate", "onDeactivate"]})
for line in sys.stdin:
    call = json.loads(line)
    if call.get("type") != "call":
        continue
    payload = call["payload"]
    if call["hook"] == "onActivate":
        print("[python-greeter] %s, greeting=%s" % (payload["reason"], payload["config"]["greeting"]), file=sys.stderr, flush=True)
        send({"type": "result", "id": call["id"], "result": None})
    elif call["hook"] == "onDeactivate":
        print("[python-greeter] deactivated (%s)" % payload["reason"], file=sys.stderr, flush=True)
        send({"type": "result", "id": call["id"], "result": None})
    else:
        send({"type": "result", "id": call["id"], "result": {"metadata": {"greeting": payload["config"]["greeting"]}}})
