#!/usr/bin/env python3
"""Refreshes the response examples in the OpenAPI document's parts from a running server.

Every JSON route gets, as the example of its 200 answer, what the server answers to the
document's own request example (path parameters from their `example`). ContractTest fails when
an example and the server's answer part, and names this script.

Usage: java -jar skapa-rest/target/skapa-rest.jar &   (no API keys: loopback only)
       python3 skapa-rest/tools/openapi-examples.py [http://127.0.0.1:7070]
"""
import json
import sys
import urllib.request

import openapi_parts

SKIP = {"/openapi.json", "/docs"}


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:7070"
    doc, parts = openapi_parts.load()
    changed = 0
    for path, ops in doc["paths"].items():
        if path in SKIP:
            continue
        for method, op in ops.items():
            if op.get("x-skapa-stored"):
                continue  # stored-examples.py refreshes these from StoredContractTest
            ok = op["responses"].get("200", {}).get("content", {}).get("application/json")
            if ok is None:
                continue
            url = base + path
            for p in op.get("parameters", []):
                if p["in"] == "path":
                    url = url.replace("{" + p["name"] + "}", p["example"])
            body = None
            if method == "post":
                body = json.dumps(op["requestBody"]["content"]["application/json"]["example"], ensure_ascii=False).encode()
            req = urllib.request.Request(url, data=body, method=method.upper(),
                                         headers={"Content-Type": "application/json"} if body else {})
            with urllib.request.urlopen(req) as r:
                answer = json.loads(r.read().decode("utf-8"))
            if ok.get("example") != answer:
                ok["example"] = answer
                changed += 1
                print(f"{method.upper()} {path}: example refreshed")
    openapi_parts.save(parts)
    print(f"{changed} example(s) changed in {openapi_parts.PARTS}")


if __name__ == "__main__":
    main()
