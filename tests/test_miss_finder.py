"""The miss-finder (bench/miss_finder.py) is a development tool: it reads the tuning set only,
runs on unlabelled policies only, and the site build never imports it or its libraries."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def load_tool():
    spec = importlib.util.spec_from_file_location("miss_finder", ROOT / "bench" / "miss_finder.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["miss_finder"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_it_refuses_to_train_on_the_blind_set():
    with pytest.raises(SystemExit, match="never trains on the blind set"):
        load_tool().labelled_policies(ROOT / "tests" / "data" / "real" / "blind" / "gold")


def test_it_refuses_to_read_evaluation_policies_as_unlabelled(tmp_path: Path):
    for orders in (range(100, 130), range(121, 181), range(175, 200)):
        with pytest.raises(SystemExit, match="include evaluation data"):
            load_tool().find(tmp_path, orders, top=3, threshold=0.5, kind="tfidf")


def test_gold_evidence_becomes_positive_sentences_and_misses_are_those_the_rules_left_silent(tmp_path: Path):
    tuning = ROOT / "tests" / "data" / "real" / "tuning"
    gold, texts = tmp_path / "gold", tmp_path / "texts"
    gold.mkdir()
    texts.mkdir()
    for path in sorted((tuning / "gold").glob("*.yaml"))[:4]:  # a few tuning policies keep the test quick
        text = path.read_text("utf-8")
        (gold / path.name).write_text(text, encoding="utf-8")
        name = next(line.split(": ", 1)[1] for line in text.splitlines() if line.startswith("file: "))
        (texts / name).write_text((tuning / "texts" / name).read_text("utf-8"), encoding="utf-8")
    policies = load_tool().labelled_policies(gold)
    assert len(policies) == 4
    assert all(p.positives for p in policies), "every policy has gold evidence located in its sentences"
    assert any(p.missed for p in policies), "the rules miss something in these four"
    for policy in policies:
        for key, hits in policy.missed.items():
            assert key in policy.silent and hits <= policy.positives[key]


def test_pool_files_come_from_the_index_beside_the_texts(tmp_path: Path):
    (tmp_path / "_part1.tsv").write_text("order\tdomain\n120\tskip.com\n121\tkeep.com\n122\tgone.com\n", encoding="utf-8")
    (tmp_path / "skip.com.md").write_text("x", encoding="utf-8")
    (tmp_path / "keep.com.md").write_text("x", encoding="utf-8")
    assert load_tool().pool_files(tmp_path, range(121, 181)) == [(121, tmp_path / "keep.com.md")]


def test_the_generator_never_imports_the_miss_finder_or_its_libraries():
    optional = {"sklearn", "wordllama"}  # scipy is a dependency of the build itself (look-alikes)
    # the one exception: `plainpolicy train-ranking` fits the evidence order with scikit-learn (the `train` extra)
    trainer = ROOT / "generator" / "tools" / "ranking.py"
    for path in (ROOT / "generator").rglob("*.py"):
        if path == trainer:
            assert "wordllama" not in path.read_text("utf-8")
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert name.split(".")[0] not in optional | {"miss_finder", "bench"}, (path, name)
