import time

import pytest

from generator.errors import PolicyErrors
from generator.read.importer import convert, first_heading, import_files
from generator.read.load import load_policies

BANNER = (
    "> *The following text is extracted and transformed from the {domain} privacy policy that was archived on"
    " {date}. Please check the [original snapshot on the Wayback Machine]"
    "(https://web.archive.org/web/20200102000000/https://{domain}/privacy) for the most accurate reproduction.*\n\n"
)


def dataset(domain="example.com", date="2020-01-02", body="# Privacy Policy | Example\n\nWe collect names.\n"):
    return (BANNER.format(domain=domain, date=date) + body).encode("utf-8")


def test_first_heading_is_found_line_by_line():
    assert first_heading("text\n  ## Privacy | Example ##  \nmore") == "Privacy | Example"
    assert first_heading("#hashtag\n####### seven\nnone") is None


def test_hostile_heading_and_banner_are_fast():
    started = time.perf_counter()
    convert("x.txt", dataset(body="# a" + " " * 20_000 + "b\n"))  # took 47 s with 2,000 spaces
    with pytest.raises(PolicyErrors):
        convert("y.txt", dataset().replace(b"archived on 2020-01-02.", b"archived on 2020-01-02." + b"](a" * 40_000))
    assert time.perf_counter() - started < 2  # the banner pattern took 108 s on that line


def test_name_guessed_from_a_hostile_heading_falls_back_to_the_domain():
    imported = convert("x.txt", dataset(body="# Example <script>alert(1)</script>\n\ntext\n"))
    assert "\nname: Example\n" in imported.text


def test_banner_with_an_impossible_domain_is_refused_at_import(tmp_path):
    with pytest.raises(PolicyErrors) as caught:
        convert("x.txt", dataset(domain="../../etc.passwd"))
    assert str(caught.value).startswith("x.txt:1: banner: domain: String should match pattern")


def test_errors_name_the_file_they_come_from(tmp_path):
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_bytes(b"not a banner\n")
    good.write_bytes(dataset())
    (tmp_path / "policies" / "example-com").mkdir(parents=True)
    (tmp_path / "policies" / "example-com" / "2020-01-02.md").write_text("existing")
    with pytest.raises(PolicyErrors) as caught:
        import_files([bad, good], tmp_path / "policies")
    assert [e.path for e in caught.value.errors] == [bad, good]


def test_imported_files_load(tmp_path):
    source = tmp_path / "a.txt"
    source.write_bytes(dataset())
    import_files([source], tmp_path / "policies")
    policies, problems = load_policies(tmp_path / "policies")
    assert problems == [] and policies[0].slug == "example-com"
