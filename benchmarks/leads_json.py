#!/usr/bin/env python3
"""Writes realistic lead JSON for the HTTP benchmarks: rows of an opportunities CSV with their survey answers
left-joined on the schema's id, restricted to the schema's features plus the id, typed as the server reads them
(numbers as JSON numbers, booleans as JSON booleans, missing values left out).

usage: leads_json.py SCHEMA OPPORTUNITIES_CSV SURVEYS_CSV FIRST COUNT OUT.json
  COUNT == 1 writes one JSON object (for POST /v1/score); COUNT > 1 writes a JSON array (for /v1/score/batch);
  an OUT ending in .jsonl gets one lead per line (for wrk's WRK_BODIES: POST /v1/score cycling through leads)."""
import csv
import json
import sys


def main(schema_path, opportunities, surveys, first, count, out):
    schema = json.load(open(schema_path))
    key = schema["survey"]["key"]
    kinds = {f["name"]: f["kind"] for f in schema["features"]}
    rows = []
    with open(opportunities, newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if i >= first + count:
                break
            if i >= first:
                rows.append(row)
    wanted = {r[key] for r in rows}
    answers = {}
    with open(surveys, newline="") as f:
        for row in csv.DictReader(f):
            if row[key] in wanted:
                answers[row[key]] = row
    leads = []
    for row in rows:
        merged = dict(row)
        merged.update(answers.get(row[key], {}))
        lead = {schema["id"]: row[schema["id"]]}
        for name, kind in kinds.items():
            value = merged.get(name, "")
            if value is None or value == "":
                continue
            if kind == "numeric":
                lead[name] = float(value) if "." in value else int(value)
            elif kind == "boolean":
                lead[name] = value.strip().lower() == "true"
            else:
                lead[name] = value
        leads.append(lead)
    with open(out, "w") as f:
        if out.endswith(".jsonl"):
            for lead in leads:
                f.write(json.dumps(lead, separators=(",", ":")) + "\n")
        else:
            json.dump(leads[0] if count == 1 else leads, f, separators=(",", ":"))


if __name__ == "__main__":
    a = sys.argv
    main(a[1], a[2], a[3], int(a[4]), int(a[5]), a[6])
