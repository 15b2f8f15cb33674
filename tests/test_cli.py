import json
import subprocess
import sys

from tests.conftest import ROOT, policy_text


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True, cwd=ROOT)


def test_analyze_json_contract_for_one_file():
    result = run("analyze", "policies/kaspersky-com/2013-06-30.md", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["slug"] == "kaspersky-com"
    assert len(data["answers"]) == 17
    for answer in data["answers"].values():
        assert set(answer) == {"answer", "detail", "evidence"}
        for quote in answer["evidence"]:
            assert set(quote) == {"quote", "anchor"} and quote["anchor"].startswith("p-")


def test_analyze_accepts_dataset_format_and_plain_markdown_in_order(tmp_path):
    dataset = tmp_path / "dataset.txt"
    dataset.write_text(
        "> *The following text is extracted and transformed from the example.org privacy policy that was archived"
        " on 2020-01-02. Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/"
        "20200102000000id_/https%3A//example.org/privacy) for the most accurate reproduction.*\n\n# Privacy\n\n"
        "We never sell your personal information.\n"
    )
    plain = tmp_path / "My Policy.md"
    plain.write_text("We collect your email address.\n")
    with_front = tmp_path / "front.md"
    with_front.write_text(policy_text())
    result = run("analyze", str(dataset), str(plain), str(with_front), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [d["slug"] for d in data] == ["example-org", "my-policy", "example-com"]
    assert data[0]["answers"]["sells_data"]["answer"] == "no"


def test_analyze_refuses_a_non_utf8_file_with_exit_2(tmp_path):
    bad = tmp_path / "latin1.md"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    result = run("analyze", str(bad))
    assert result.returncode == 2
    assert f"error: {bad}:1: encoding:" in result.stderr


def test_version_and_help():
    assert run("--version").stdout.startswith("plainpolicy, version ")
    assert "import" in run("--help").stdout


def test_analyze_marks_a_non_english_file_not_analysed(tmp_path):
    french = tmp_path / "politique.md"
    french.write_text(
        "Nous collectons vos données personnelles lorsque vous créez un compte sur notre site. "
        "Nous ne vendons pas vos données à des tiers et nous ne les partageons pas sans votre accord. "
        "Vous pouvez demander la suppression de vos données à tout moment en nous écrivant. "
        "Les cookies sont utilisés pour améliorer le service et vous pouvez les refuser dans votre navigateur.\n"
    )
    result = run("analyze", str(french), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"slug": "politique", "answers": {}, "analysed": False, "language": "fr"}
