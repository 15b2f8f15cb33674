from pathlib import Path

import pytest
import yaml

from generator.errors import PolicyErrors
from generator.read.importer import guess_name, import_files, original_url
from generator.read.load import load_policies

BANNER = (
    "> *The following text is extracted and transformed from the {domain} privacy policy that was archived on "
    "{date}. Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/"
    "20130630233135id_/http%3A//usa.{domain}/about-us/privacy-policy) for the most accurate reproduction.*\n"
)


def dataset_file(tmp_path: Path, name: str, domain: str = "example.com", date: str = "2013-06-30") -> Path:
    path = tmp_path / name
    path.write_text(BANNER.format(domain=domain, date=date) + "\n# Privacy Policy | Example Corp US\n\nWe collect data.\n")
    return path


def test_import_writes_a_valid_policy_with_derived_front_matter(tmp_path):
    source = dataset_file(tmp_path, "a.txt")
    (written,) = import_files([source], tmp_path / "policies", tags=("demo",))
    assert written == (tmp_path / "policies/example-com/2013-06-30.md").resolve()
    text = written.read_text()
    meta = yaml.safe_load(text.split("---\n")[1])
    assert meta["name"] == "Example Corp"
    assert meta["url"] == "http://usa.example.com/about-us/privacy-policy"
    assert meta["snapshot"].startswith("https://web.archive.org/web/20130630233135id_/")
    assert meta["tags"] == ["demo"]
    assert text.split("---\n", 2)[2] == "\n# Privacy Policy | Example Corp US\n\nWe collect data.\n"
    policies, _ = load_policies(tmp_path / "policies")
    assert policies[0].current.meta.domain == "example.com"


def test_several_snapshots_become_versions(tmp_path):
    files = [dataset_file(tmp_path, "a.txt", date="2005-01-01"), dataset_file(tmp_path, "b.txt", date="2019-01-01")]
    import_files(files, tmp_path / "policies")
    policies, _ = load_policies(tmp_path / "policies")
    assert [v.meta.archived.year for v in policies[0].versions] == [2005, 2019]


def test_import_refuses_to_overwrite_unless_forced(tmp_path):
    source = dataset_file(tmp_path, "a.txt")
    import_files([source], tmp_path / "policies")
    target = tmp_path / "policies/example-com/2013-06-30.md"
    target.write_text(target.read_text() + "\nA maintainer's fix.\n")
    with pytest.raises(PolicyErrors, match="exists already; pass --force"):
        import_files([source], tmp_path / "policies")
    assert "A maintainer's fix." in target.read_text()
    import_files([source], tmp_path / "policies", force=True)
    assert "A maintainer's fix." not in target.read_text()


def test_same_domain_and_date_twice_is_an_error(tmp_path):
    files = [dataset_file(tmp_path, "a.txt"), dataset_file(tmp_path, "b.txt")]
    with pytest.raises(PolicyErrors, match="same policy and date"):
        import_files(files, tmp_path / "policies")
    assert not (tmp_path / "policies").exists()


def test_file_without_banner_is_refused(tmp_path):
    source = tmp_path / "x.txt"
    source.write_text("# Just a policy\n")
    with pytest.raises(PolicyErrors, match=r"x.txt:1: banner"):
        import_files([source], tmp_path / "policies")


@pytest.mark.parametrize(
    ("title", "domain", "name"),
    [
        ("Privacy Policy | Kaspersky Lab US", "kaspersky.com", "Kaspersky Lab"),
        ("Etsy :: Privacy Policy", "etsy.com", "Etsy"),
        ("Privacy Policy | threatpost", "threatpost.com", "Threatpost"),
        ("Enigma Software Group, Inc.", "enigmasoftware.com", "Enigma Software Group, Inc."),
        ("Welcome!", "example.org", "Example"),
        (None, "example.org", "Example"),
        # A middle dot or bullet separates the parts of a title like a bar does.
        ("Privacy Policy · DroneDeploy", "dronedeploy.com", "DroneDeploy"),
        ("Piazza • Ask. Answer. Explore. Whenever.", "piazza.com", "Piazza"),
        # A part spelled like the domain is the name, even when it holds a noise word.
        ("Privacy Policy | Foreign Policy", "foreignpolicy.com", "Foreign Policy"),
        # Plural noise words go too.
        ("Paycom Privacy Policies", "paycom.com", "Paycom"),
    ],
)
def test_name_guess_from_page_titles(title, domain, name):
    assert guess_name(title, domain) == name


def test_original_url_from_snapshot():
    assert original_url("https://web.archive.org/web/20161105171314id_/https%3A//www.mint.com/privacy", "mint.com") == (
        "https://www.mint.com/privacy"
    )
    assert original_url(None, "mint.com") == "https://mint.com/"


SHARED_VERSIONS = Path(__file__).resolve().parents[1].parent / "shared" / "versions"


@pytest.mark.skipif(not SHARED_VERSIONS.is_dir(), reason="shared/versions (the sample histories) is not beside the clone")
def test_importing_the_sample_histories_gives_three_and_two_versions(tmp_path):
    for slug, tag in (("kaspersky-com", "security-software"), ("threatpost-com", "news")):
        import_files(sorted((SHARED_VERSIONS / slug).glob("*.md")), tmp_path / "policies", tags=(tag,))
    policies = {p.slug: p for p in load_policies(tmp_path / "policies")[0]}
    assert {slug: len(p.versions) for slug, p in policies.items()} == {"kaspersky-com": 3, "threatpost-com": 2}
    bundled = {p.slug: p for p in load_policies(Path(__file__).resolve().parents[1] / "policies")[0]}
    for slug, policy in policies.items():  # the bundled policies are these imports, plus hand-made overrides
        for version, kept in zip(policy.versions, bundled[slug].versions, strict=True):
            assert version.body == kept.body
            assert version.meta.model_dump(exclude={"overrides"}) == kept.meta.model_dump(exclude={"overrides"})


def test_bundled_sample_histories_have_all_their_versions():
    policies = {p.slug: p for p in load_policies(Path(__file__).resolve().parents[1] / "policies")[0]}
    kaspersky = [str(v.meta.archived) for v in policies["kaspersky-com"].versions]
    assert kaspersky == ["2005-04-05", "2013-06-30", "2019-12-31"]
    assert [str(v.meta.archived) for v in policies["threatpost-com"].versions] == ["2011-05-29", "2019-06-10"]
