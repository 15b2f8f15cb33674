import csv
import io
import json
from pathlib import Path

import jsonschema

from generator.analysis.pipeline import report_policy
from generator.pages.export import export_data, rules_hash
from generator.read.load import load_policies
from generator.files import text_of
from generator.practices import load_practices
from generator.analysis.similarity import find_look_alikes


def exported(root: Path):
    policies, _ = load_policies(root)
    reports = [report_policy(p) for p in policies]
    return reports, texts(export_data(reports, find_look_alikes(reports), site_url="https://example.org/"))


def texts(files) -> dict[str, str]:
    """The export files as the writer writes them (the large ones are streamed)."""
    return {path: text_of(value) for path, value in files.items()}


def test_json_validates_against_its_schema_and_carries_provenance(sample_policies):
    reports, files = exported(sample_policies)
    document = json.loads(files["data/policies.json"])
    jsonschema.validate(document, json.loads(files["data/schema.json"]))
    assert document["rules_sha256"] == rules_hash()
    assert len(document["policies"]) == len(reports)
    kaspersky = next(p for p in document["policies"] if p["slug"] == "kaspersky-com")
    assert kaspersky["page"] == "https://example.org/policies/kaspersky-com/"
    assert kaspersky["answers"]["cookies"]["permalink"].endswith("/policies/kaspersky-com/#practice-cookies")
    assert kaspersky["look_alikes"][0]["slug"] == "threatpost-com"
    assert kaspersky["readability"]["words"] > 500


def test_schema_rejects_an_unknown_field(sample_policies):
    _, files = exported(sample_policies)
    document = json.loads(files["data/policies.json"])
    document["policies"][0]["surprise"] = 1
    try:
        jsonschema.validate(document, json.loads(files["data/schema.json"]))
    except jsonschema.ValidationError as error:
        assert "surprise" in error.message
    else:
        raise AssertionError("schema accepted an unknown field")


def test_csv_has_one_row_per_policy_and_question_with_the_header_first(sample_policies):
    reports, files = exported(sample_policies)
    text = files["data/answers.csv"]
    assert text.startswith("slug,name,archived,grade,question,answer,detail,evidence,permalink\r\n")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == len(reports) * len(load_practices().questions)
    assert {r["question"] for r in rows} == set(load_practices().keys)


def test_policies_put_together_one_by_one_are_the_bytes_of_one_dump_of_the_whole(sample_policies):
    # The build keeps each policy's part between builds and joins the parts (export.Fragments).
    policies, _ = load_policies(sample_policies)
    reports = [report_policy(p) for p in policies]
    kept: dict[tuple[str, str], str] = {}
    made = []

    def fragments(report, key):
        def keeper(make):
            if (report.slug, key) not in kept:
                made.append(key)
                kept[report.slug, key] = make()
            return kept[report.slug, key]

        return keeper

    def export(**options):
        return texts(export_data(reports, find_look_alikes(reports), site_url="https://example.org/", **options))

    first = export(fragments=fragments)
    assert len(made) == 2 * len(reports)  # a part of the JSON and rows of the CSV per policy
    again = export(fragments=fragments)
    assert len(made) == 2 * len(reports)  # the second export made nothing
    assert again == first == export()
    text = first["data/policies.json"]
    assert text == json.dumps(json.loads(text), indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    rows = list(csv.DictReader(io.StringIO(first["data/answers.csv"], newline="")))
    rewritten = io.StringIO()
    writer = csv.DictWriter(rewritten, fieldnames=list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    assert rewritten.getvalue() == first["data/answers.csv"]
    assert json.loads(texts(export_data([], ()))["data/policies.json"])["policies"] == []
