"""The OpenAPI document's parts (skapa-rest/src/main/openapi): read them as one document, write
each operation back to the part that holds its path. The build assembles the parts
(se.skapa.rest.contract.OpenApiAssembler); the tools that refresh examples edit the parts."""
import json
from pathlib import Path

PARTS = Path(__file__).resolve().parent.parent / "src/main/openapi"


def _parts():
    return sorted(p for p in PARTS.glob("*.json") if p.name != "openapi.json")


def load():
    """The assembled document's paths and schemas, and the parts they came from."""
    parts = {p: json.loads(p.read_text(encoding="utf-8")) for p in _parts()}
    doc = json.loads((PARTS / "openapi.json").read_text(encoding="utf-8"))
    paths, schemas = {}, {}
    for part in parts.values():
        paths.update(part.get("paths", {}))
        schemas.update(part.get("schemas", {}))
    doc["paths"] = paths
    doc.setdefault("components", {})["schemas"] = schemas
    return doc, parts


def save(parts):
    """Writes every part back (the dicts load() returned, edited in place)."""
    for path, part in parts.items():
        path.write_text(json.dumps(part, indent=1, ensure_ascii=False), encoding="utf-8")
