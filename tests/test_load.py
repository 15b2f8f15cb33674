from pathlib import Path

import pytest

from generator.errors import PolicyErrors
from generator.read.load import MAX_POLICY_BYTES, load_policies
from tests.conftest import policy_text, write_policy


def errors_of(root: Path) -> list[str]:
    with pytest.raises(PolicyErrors) as caught:
        load_policies(root)
    return [str(e) for e in caught.value.errors]


def test_valid_policy_loads_with_versions_oldest_first(tmp_path):
    write_policy(tmp_path, policy_text(archived="2021-05-01"), archived="2021-05-01")
    write_policy(tmp_path, policy_text(archived="2019-01-01"), archived="2019-01-01")
    policies, problems = load_policies(tmp_path)
    assert problems == []
    assert [v.meta.archived.isoformat() for v in policies[0].versions] == ["2019-01-01", "2021-05-01"]
    assert policies[0].current.meta.archived.isoformat() == "2021-05-01"
    assert policies[0].current.body.startswith("We collect")


def test_unknown_key_is_reported_with_its_line(tmp_path):
    path = write_policy(tmp_path, policy_text(extra="colour: blue\n"))
    assert errors_of(tmp_path) == [f"{path}:7: colour: unknown field; remove it or check its spelling."]


def test_every_problem_is_reported_at_once(tmp_path):
    text = "---\nname: ''\nslug: example-com\ndomain: example.com\nurl: not a url\narchived: '2020-01-02'\n---\nx\n"
    path = write_policy(tmp_path, text)
    write_policy(tmp_path, "no front matter\n", slug="other-org")
    found = errors_of(tmp_path)
    assert f"{path}:2: name: String should have at least 1 character." in found
    assert any(line.startswith(f"{path}:5: url: ") for line in found)
    assert any("other-org/2020-01-02.md:1: front matter: missing" in line for line in found)
    assert len(found) == 3


def test_missing_field_names_the_field(tmp_path):
    path = write_policy(tmp_path, "---\nname: X\nslug: example-com\ndomain: example.com\narchived: '2020-01-02'\n---\n")
    assert errors_of(tmp_path) == [f"{path}:2: url: required field is missing."]


def test_file_name_and_archive_date_must_agree(tmp_path):
    path = write_policy(tmp_path, policy_text(archived="2020-01-03"), archived="2020-01-02")
    assert errors_of(tmp_path) == [f"{path}:6: archived: is 2020-01-03 but the file name says 2020-01-02."]


def test_slug_must_match_folder(tmp_path):
    path = write_policy(tmp_path, policy_text(slug="example-com"), slug="example-org")
    assert errors_of(tmp_path) == [f"{path}:3: slug: is 'example-com' but the folder is 'example-org'."]


def test_broken_yaml_points_at_the_line(tmp_path):
    path = write_policy(tmp_path, "---\nname: X\nslug: [unclosed\n---\nbody\n")
    (message,) = errors_of(tmp_path)
    assert message.startswith(f"{path}:4: front matter: invalid YAML")


def test_python_object_tags_are_refused_not_executed(tmp_path):
    path = write_policy(tmp_path, policy_text(extra="title: !!python/object/apply:os.system ['echo pwned']\n"))
    (message,) = errors_of(tmp_path)
    assert message.startswith(f"{path}:") and "invalid YAML" in message


def test_yaml_aliases_are_refused(tmp_path):
    path = write_policy(tmp_path, policy_text(extra="title: &a x\ntags: [*a]\n"))
    (message,) = errors_of(tmp_path)
    assert message == f"{path}:7: front matter: YAML anchors and aliases are not allowed; write the value out."


def test_non_utf8_file_is_named_with_line(tmp_path):
    path = write_policy(tmp_path, policy_text(body="caf\xe9\n").encode("latin-1"))
    assert errors_of(tmp_path) == [f"{path}:9: encoding: byte 0xe9 is not UTF-8; save the file as UTF-8."]


def test_oversized_file_is_refused(tmp_path):
    path = write_policy(tmp_path, policy_text(body="a" * MAX_POLICY_BYTES))
    (message,) = errors_of(tmp_path)
    assert message.startswith(f"{path}: file: is ") and "the limit is 2,097,152" in message


def test_crlf_and_bom_are_accepted(tmp_path):
    write_policy(tmp_path, ("\ufeff" + policy_text()).replace("\n", "\r\n").encode("utf-8"))
    policies, _ = load_policies(tmp_path)
    assert "\r" not in policies[0].current.body


def test_unsafe_folder_names_are_errors(tmp_path):
    (tmp_path / "Bad Name").mkdir()
    assert errors_of(tmp_path) == [
        f"{tmp_path / 'Bad Name'}: slug: folder name must be lowercase ASCII words joined by hyphens."
    ]


def test_keep_going_returns_the_valid_policies(tmp_path):
    write_policy(tmp_path, policy_text())
    write_policy(tmp_path, "broken\n", slug="broken-org")
    policies, problems = load_policies(tmp_path, keep_going=True)
    assert [p.slug for p in policies] == ["example-com"]
    assert len(problems) == 1


def test_bundled_policies_are_valid():
    root = Path(__file__).resolve().parent.parent / "policies"
    policies, problems = load_policies(root)
    assert problems == []
    assert len(policies) >= 10


def test_name_with_markup_is_refused_with_its_line(tmp_path):
    text = policy_text().replace("name: Example", 'name: \'Evil <img src=x onerror="alert(1)"> {: onclick=x }\'')
    path = write_policy(tmp_path, text)
    assert errors_of(tmp_path) == [f'{path}:2: name: must be plain text; remove " < > {{ }}.']


def test_name_with_html_reference_or_invisible_character_is_refused(tmp_path):
    path = write_policy(tmp_path, policy_text().replace("name: Example", "name: '&lt;/title&gt;'"))
    write_policy(tmp_path, policy_text(slug="other-org").replace("name: Example", 'name: "Ex\\u202eample"'), slug="other-org")
    found = errors_of(tmp_path)
    assert f"{path}:2: name: must be plain text; write the character itself, not an HTML reference such as '&amp;'." in found
    assert any(line.endswith("name: contains the invisible or control character U+202E; remove it.") for line in found)


def test_plain_names_with_punctuation_are_accepted(tmp_path):
    write_policy(tmp_path, policy_text().replace("name: Example", "name: \"AT&T, Yahoo! and Ben & Jerry's (US) E*TRADE\""))
    policies, _ = load_policies(tmp_path)
    assert policies[0].current.meta.name == "AT&T, Yahoo! and Ben & Jerry's (US) E*TRADE"


def test_overrides_must_name_a_question_and_one_of_its_answers(tmp_path):
    extra = (
        "overrides:\n"
        "  bogus: {answer: 'yes', reviewer: a, reason: b, date: 2020-01-01}\n"
        "  sells_data: {answer: perhaps, reviewer: a, reason: b, date: 2020-01-01}\n"
        "  security: {answer: encryption, reviewer: a, reason: b, date: 2020-01-01}\n"
    )
    path = write_policy(tmp_path, policy_text(extra=extra))
    found = errors_of(tmp_path)
    assert found[0].startswith(f"{path}:7: overrides.bogus: unknown question; use one of: data_collected, ")
    assert found[1].startswith(f"{path}:7: overrides.sells_data.answer: 'perhaps' is not an answer to this question;")
    assert found[2] == f"{path}:7: overrides.security.answer: must be a list of answers."


def test_reserved_slug_and_stray_files_are_errors(tmp_path):
    (tmp_path / "index").mkdir()
    write_policy(tmp_path, policy_text())
    stray = tmp_path / "example-com" / "2020-01-03.markdown"
    stray.write_text("x")
    link = tmp_path / "example-com" / "2020-01-04.md"
    link.symlink_to(tmp_path / "example-com" / "2020-01-02.md")
    assert errors_of(tmp_path) == [
        f"{stray}: path: file name must be the archive date, YYYY-MM-DD.md; rename it.",
        f"{link}: path: not a regular file; symbolic links and folders are not read.",
        f"{tmp_path / 'index'}: slug: 'index' is used by the site itself; choose another.",
    ]


def test_deeply_nested_front_matter_is_refused_without_recursion(tmp_path):
    path = write_policy(tmp_path, policy_text(extra="title: " + "[" * 5000 + "]" * 5000 + "\n"))
    assert errors_of(tmp_path) == [f"{path}:7: front matter: nested more than 10 levels deep; flatten it."]


def test_many_unknown_keys_are_all_reported_with_their_lines(tmp_path):
    from tests.hostile import make_many_unknown_keys

    path = write_policy(tmp_path, make_many_unknown_keys().replace(b"hostile-com", b"example-com").replace(b"hostile.com", b"example.com"))
    found = errors_of(tmp_path)
    assert len(found) == 7000  # the front matter is composed once for all their lines, not once per key
    assert found[-1] == f"{path}:7006: k6999: unknown field; remove it or check its spelling."
