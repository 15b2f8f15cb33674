"""The layering holds: lint-imports checks the contracts in pyproject.toml (stages import only downwards)."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=project,
        env={"PYTHONPATH": str(project), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )


def test_the_import_contracts_are_kept():
    run = lint_imports(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def test_a_wrong_way_import_breaks_the_layers_contract(tmp_path):
    shutil.copytree(ROOT / "generator", tmp_path / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    segment = tmp_path / "generator" / "read" / "segment.py"
    segment.write_text(segment.read_text() + "\nfrom ..pages import render  # reading must not know about pages\n")
    run = lint_imports(tmp_path)
    assert run.returncode != 0
    assert "Stages import only the stages below them BROKEN" in run.stdout
    assert "generator.read.segment -> generator.pages.render" in run.stdout


def test_no_module_imports_another_modules_private_name():
    found = []
    for path in sorted((ROOT / "generator").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom):
                found += [
                    f"{path.relative_to(ROOT)}:{node.lineno}: {alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_") and not alias.name.startswith("__")
                ]
    assert found == []


def test_the_readme_code_map_lists_every_package_and_module():
    readme = (ROOT / "README.md").read_text("utf-8")
    code_map = readme.split("## How the code is organised", 1)[1].split("```", 2)[1]
    missing = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "generator").rglob("*.py"))
        if path.name not in ("__init__.py", "__main__.py")
        and path.name not in code_map
    ]
    packages = [p.name for p in (ROOT / "generator").iterdir() if (p / "__init__.py").exists()]
    missing += [f"{name}/" for name in packages if f"{name}/" not in code_map]
    assert missing == [], "add these to the README's code map"
