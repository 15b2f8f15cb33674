#!/usr/bin/env python3
"""A reader's check of one label file: python3 check.py FILE.yaml  (prints ok, or what to fix).

The 17 answers in allowed.yaml's order, allowed values, evidence copied exactly from the text
(spaces and line breaks may differ), evidence empty only for not_mentioned.
"""
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def collapsed(text: str) -> str:
    return " ".join(text.split())


def problems(path: Path) -> list[str]:
    spec = yaml.safe_load((HERE / "allowed.yaml").read_text("utf-8"))
    common = set(spec["also_allowed_for_every_question"])
    label = yaml.safe_load(path.read_text("utf-8"))
    if not isinstance(label, dict):
        return ["not a YAML mapping"]
    if label.get("skip"):
        return [] if label.get("domain") else ["a skip file needs domain and skip"]
    found = []
    for field in ("order", "domain", "file", "name", "archived", "source_url", "labeller", "answers"):
        if label.get(field) in (None, ""):
            found.append(f"missing {field}")
    text_path = path.parent / str(label.get("file", ""))
    if not text_path.is_file():
        return found + [f"no text at {text_path}"]
    text = collapsed(text_path.read_text("utf-8"))
    answers = label.get("answers") or {}
    if list(answers) != list(spec["questions"]):
        found.append("answers: the 17 questions, in allowed.yaml's order")
    for key, question in spec["questions"].items():
        entry = answers.get(key)
        if not isinstance(entry, dict):
            continue
        value = entry.get("answer")
        values = value if isinstance(value, list) else [value]
        if isinstance(value, list):
            if question["kind"] != "list" or not value:
                found.append(f"{key}: a list answer only for list questions, never empty")
        elif question["kind"] == "list" and value not in common | set(question.get("alone_only", [])):
            found.append(f"{key}: write a list, e.g. [{value}]")
        bad = [v for v in values if v not in set(question["values"]) | common]
        if bad:
            found.append(f"{key}: not allowed: {bad}")
        evidence = entry.get("evidence") or []
        if (value == "not_mentioned") != (not evidence):
            found.append(f"{key}: evidence is empty exactly when the answer is not_mentioned")
        for quote in evidence:
            if not isinstance(quote, str) or collapsed(quote) not in text:
                found.append(f"{key}: not verbatim in the text: {str(quote)[:80]!r}")
    return found


if __name__ == "__main__":
    issues = problems(Path(sys.argv[1]))
    print("ok" if not issues else "\n".join(issues))
    sys.exit(1 if issues else 0)
