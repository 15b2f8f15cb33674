"""Open data that standard tools read: plain CSV, a Frictionless data package, the history table."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from frictionless import Package

from generator.build.build import BuildConfig, build_site
from generator.pages.opendata import source_date
from generator.practices import load_practices
from tests.conftest import ROOT

SITE = "https://example.org/pp/"


@pytest.fixture(scope="module")
def data(tmp_path_factory, sample_policies):
    docs = tmp_path_factory.mktemp("docs")
    build_date = source_date({"SOURCE_DATE_EPOCH": "1700000000"})
    build_site(BuildConfig(sample_policies, ROOT / "templates", docs, site_url=SITE, build_date=build_date))
    return docs / "data"


def test_csv_dict_reader_reads_answers_csv_with_no_options(data, sample_policies):
    with open(data / "answers.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert set(rows[0]) == {"slug", "name", "archived", "grade", "question", "answer", "detail", "evidence",
                            "permalink"}
    policies = {p.name for p in sample_policies.iterdir()}
    assert {row["slug"] for row in rows} == policies
    assert len(rows) == len(policies) * len(load_practices().questions)
    kaspersky = next(r for r in rows if r["slug"] == "kaspersky-com" and r["question"] == "sells_data")
    assert kaspersky["permalink"] == SITE + "policies/kaspersky-com/#practice-sells_data"
    assert dt.date.fromisoformat(kaspersky["archived"])


def test_data_package_validates_with_frictionless_and_states_its_provenance(data):
    descriptor = json.loads((data / "datapackage.json").read_text("utf-8"))
    assert descriptor["created"] == "2023-11-14T22:13:20Z"
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    assert len(descriptor["plainpolicy"]["rules_sha256"]) == 64
    report = Package(str(data / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert {task.name for task in report.tasks} == {"answers", "history", "policies"}


def test_a_broken_row_fails_the_package_validation(data, tmp_path):
    for name in ("datapackage.json", "answers.csv", "history.csv", "policies.json"):
        (tmp_path / name).write_bytes((data / name).read_bytes())
    text = (tmp_path / "answers.csv").read_text("utf-8")
    (tmp_path / "answers.csv").write_text(text.replace(",sells_data,", ",sells_everything,", 1), "utf-8", newline="")
    report = Package(str(tmp_path / "datapackage.json")).validate()
    assert not report.valid
    assert "constraint-error" in {error[1] for error in report.flatten(["fieldName", "type"])}


def test_history_csv_has_a_row_per_answer_change(data):
    with open(data / "history.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    policies = json.loads((data / "policies.json").read_text("utf-8"))["policies"]
    changes = [(p["slug"], c["to"], f["question"]) for p in policies for c in p["history"] for f in c["changes"]]
    assert rows and [(r["slug"], r["to"], r["question"]) for r in rows] == changes
    assert all(r["change"].startswith(SITE + "policies/") and "#change-" in r["change"] for r in rows)


def test_the_build_date_comes_only_from_source_date_epoch():
    assert source_date({}) is None
    assert source_date({"SOURCE_DATE_EPOCH": "not a number"}) is None
    assert source_date({"SOURCE_DATE_EPOCH": "0"}) == dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
