"""The domain lookup API: one static JSON file per covered domain, an index, and their JSON Schemas."""

from __future__ import annotations

import json

import jsonschema
import pytest
from referencing import Registry, Resource

from generator.build.build import BuildConfig, build_site
from generator.domains import normalise_domain
from generator.errors import PolicyErrors
from generator.read.load import load_policies
from generator.tools.accuracy import committed_results
from tests.conftest import ROOT, SAMPLE_SLUGS, copy_sample_policies

SITE = "https://example.org/pp/"


def add_domains(policies, slug: str, line: str) -> None:
    """Give every version of one policy a ``domains`` field."""
    for path in (policies / slug).glob("*.md"):
        text = path.read_text("utf-8")
        path.write_text(text.replace("\nurl:", f"\n{line}\nurl:", 1), "utf-8")


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    copy_sample_policies(root / "policies")
    add_domains(root / "policies", "kaspersky-com", "domains: [kaspersky.co.uk, xn--kaspersky-bcher-9vb.de]")
    docs = root / "docs"
    build_site(
        BuildConfig(root / "policies", ROOT / "templates", docs, site_url=SITE, evaluation=committed_results())
    )
    return docs / "api" / "v1"


def validator(api, name: str) -> jsonschema.Draft202012Validator:
    schemas = {name: json.loads((api / "schema" / name).read_text("utf-8")) for name in ("index.json", "domain.json")}
    registry = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values()
    )
    return jsonschema.Draft202012Validator(
        schemas[name], registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def test_index_validates_and_every_domain_in_it_resolves_to_a_valid_file(api):
    index = json.loads((api / "index.json").read_text("utf-8"))
    validator(api, "index.json").validate(index)
    check = validator(api, "domain.json")
    assert len(index["domains"]) >= len(SAMPLE_SLUGS)
    for domain, entry in index["domains"].items():
        assert entry["href"] == f"{SITE}api/v1/domains/{domain}.json"
        document = json.loads((api / "domains" / f"{domain}.json").read_text("utf-8"))
        check.validate(document)
        assert document["domain"] == domain
        assert document["policy"]["slug"] == entry["policy"]
        assert document["grade"]["letter"] == entry["grade"]
        assert document["archived"] == entry["updated"]
    assert sorted(p.stem for p in (api / "domains").iterdir()) == sorted(index["domains"])


def test_a_domain_file_has_the_17_answers_with_permalinks_versions_and_reliability(api):
    document = json.loads((api / "domains" / "kaspersky.com.json").read_text("utf-8"))
    assert document["policy"]["name"] == "Kaspersky Lab"
    assert len(document["answers"]) == 17
    cookies = document["answers"]["cookies"]
    assert cookies["permalink"] == SITE + "policies/kaspersky-com/#practice-cookies"
    assert all(q["permalink"].startswith(SITE + "policies/kaspersky-com/#p-") for q in cookies["evidence"])
    assert 0 <= cookies["reliability"]["accuracy"] <= 1
    assert [v["archived"] for v in document["versions"]] == sorted(v["archived"] for v in document["versions"])
    assert len(document["versions"]) == 3
    assert document["policy"]["feed"] == SITE + "policies/kaspersky-com/feed.xml"


def test_several_domains_map_to_one_policy_under_their_normal_form(api):
    index = json.loads((api / "index.json").read_text("utf-8"))["domains"]
    for written in ("kaspersky.com", "WWW.Kaspersky.co.uk", "kaspersky-bücher.de"):
        assert index[normalise_domain(written)]["policy"] == "kaspersky-com"
    uk = json.loads((api / "domains" / "kaspersky.co.uk.json").read_text("utf-8"))
    assert uk["policy"]["domains"] == ["kaspersky.com", "kaspersky.co.uk", "xn--kaspersky-bcher-9vb.de"]


def test_a_schema_rejects_a_document_that_breaks_it(api):
    document = json.loads((api / "domains" / "etsy.com.json").read_text("utf-8"))
    document["grade"]["letter"] = "F"
    with pytest.raises(jsonschema.ValidationError):
        validator(api, "domain.json").validate(document)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("domains: [WWW.Example.org]", "write 'WWW.Example.org' as 'example.org'"),
        ("domains: [bücher.de]", "write 'bücher.de' as 'xn--bcher-kva.de'"),
        ("domains: ['https://etsy.com/']", "is not a domain name"),
        ("domains: [eff.org]", "eff.org is already the policy in"),
    ],
)
def test_domains_are_validated_like_domain(tmp_path, line, message):
    copy_sample_policies(tmp_path / "policies")
    add_domains(tmp_path / "policies", "etsy-com", line)
    with pytest.raises(PolicyErrors) as caught:
        load_policies(tmp_path / "policies")
    assert message in str(caught.value)
    assert "etsy-com/" in str(caught.value)
