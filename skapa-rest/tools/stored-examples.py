#!/usr/bin/env python3
"""Writes stored mode's response examples into the OpenAPI document.

StoredContractTest sends the document's request examples in a kommun's order on a fresh database
and saves what the server answered to skapa-rest/target/stored-examples.json. This script puts
those answers into the document as the examples of each operation's success response.

Usage: mvn -B -q -pl skapa-rest test -Dtest=StoredContractTest   (it may fail on stale examples)
       python3 skapa-rest/tools/stored-examples.py
"""
import json
from pathlib import Path

import openapi_parts

ROOT = Path(__file__).resolve().parent.parent
ANSWERS = ROOT / "target/stored-examples.json"


def main():
    doc, parts = openapi_parts.load()
    answers = json.loads(ANSWERS.read_text(encoding="utf-8"))
    for step, answer in answers.items():
        method, path = step.split(" ", 1)
        op = doc["paths"][path][method.lower()]
        status = next(iter(op["responses"]))
        op["responses"][status]["content"]["application/json"]["example"] = answer
    openapi_parts.save(parts)
    print(f"{len(answers)} stored examples written to {openapi_parts.PARTS}")


if __name__ == "__main__":
    main()
