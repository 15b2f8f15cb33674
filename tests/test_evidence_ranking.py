"""The learned order of an answer's quotes: trained on the tuning set only, reproducible, and better
than the hand-written order on the blind set it never saw."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from generator.analysis.evidence_features import FEATURES
from generator.analysis.evidence_order import RANKING_FILE, learned_order, load_ranking, weights_by_question
from generator.schemas import DataFileErrors, EvidenceRankingFile, checked_yaml, parse_data_text
from generator.tools import ranking

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "real"
SHIPPED = ROOT / "generator" / RANKING_FILE


def shipped() -> dict:
    return yaml.safe_load(SHIPPED.read_text("utf-8"))


def test_higher_score_first_and_equal_scores_keep_the_hand_order():
    weights = [0.0] * len(FEATURES)
    weights[FEATURES.index("says_outright")] = 2.0
    weights[FEATURES.index("fragment")] = -1.0
    rows = [[0.0] * len(FEATURES) for _ in range(4)]
    rows[1][FEATURES.index("fragment")] = 1.0  # -1
    rows[2][FEATURES.index("says_outright")] = 1.0  # +2
    # rows 0 and 3 score 0: they keep their hand order
    assert learned_order(weights, rows) == [2, 0, 3, 1]


def test_every_question_has_one_weight_per_feature():
    weights = load_ranking()
    assert weights, "no question has weights"
    assert all(len(w) == len(FEATURES) and all(map(math.isfinite, w)) for w in weights.values())


def test_weights_trained_on_other_features_are_refused_with_the_command_that_retrains():
    data = shipped()
    data["features"] = [*data["features"][:-1], "sentence_colour"]
    with pytest.raises(ValueError, match=r"evidence_ranking\.yaml: trained on other features.*plainpolicy train-ranking"):
        weights_by_question(data, "generator/data/evidence_ranking.yaml")


def test_a_feature_left_unweighed_is_refused_with_file_and_key():
    text = SHIPPED.read_text("utf-8")
    start = text.index("\n  fragment: ", text.index("\nshared:"))
    end = text.index("\n", start + 1)
    with pytest.raises(DataFileErrors, match=r"evidence_ranking\.yaml:\d+: shared: .*must weigh exactly the features listed.*fragment"):
        parse_data_text("generator/data/evidence_ranking.yaml", text[:start] + text[end:], EvidenceRankingFile)


def test_the_shipped_weights_are_what_training_on_the_tuning_set_gives():
    """Nobody tuned the weights by hand, and no blind policy went into them."""
    pytest.importorskip("sklearn", reason="training needs the train extra")
    data = shipped()
    assert data["trained_on"]["gold"] == "tests/data/real/tuning/gold"
    training = ranking.train(Path("tests/data/real/tuning/gold"), REAL / "tuning" / "texts")
    again = training.weights
    assert again["trained_on"] == data["trained_on"] | {"gold": again["trained_on"]["gold"]}
    assert again["features"] == data["features"]
    # a last-digit difference from another BLAS is not a different model
    assert again["shared"] == pytest.approx(data["shared"], abs=2e-4)
    assert again["questions"].keys() == data["questions"].keys()
    for key, weights in data["questions"].items():
        assert again["questions"][key] == pytest.approx(weights, abs=2e-4), key


def test_on_the_blind_set_the_learned_order_puts_more_first_quotes_in_the_labellers_paragraphs():
    """Measured where it was never trained: the figures are in the file's trained_on and in EVALUATION.md."""
    examples, policies = ranking.collect(REAL / "blind" / "gold", REAL / "blind" / "texts")
    assert policies >= 484
    by_hand = ranking.first_landed(examples, None)
    learned = ranking.first_landed(examples, load_ranking())
    # 1,974 -> 2,105 of 2,403 answers on 484 blind policies when the weights were trained
    assert learned - by_hand >= 0.03 * len(examples), (learned, by_hand, len(examples))


def test_the_ranking_file_loaded_by_the_analyzer_is_the_checked_one():
    raw = checked_yaml(RANKING_FILE, EvidenceRankingFile)
    assert raw["features"] == list(FEATURES)


def test_train_ranking_writes_weights_the_analyzer_accepts(tmp_path):
    pytest.importorskip("sklearn", reason="training needs the train extra")
    from click.testing import CliRunner

    from generator.cli import main

    out = tmp_path / "ranking.yaml"
    result = CliRunner().invoke(main, ["train-ranking", "--gold", str(ROOT / "tests/data/gold"), "--write", str(out)])
    assert result.exit_code == 0, result.output
    assert "10 policies" in result.output and "by hand" in result.output and f"wrote {out}" in result.output
    parse_data_text(str(out), out.read_text("utf-8"), EvidenceRankingFile)  # raises on a file the build would refuse
    raw = yaml.safe_load(out.read_text("utf-8"))
    assert raw["trained_on"]["policies"] == 10 and raw["trained_on"]["gold"].endswith("tests/data/gold")
    weights = weights_by_question(raw, str(out))
    assert set(weights) and all(len(w) == len(FEATURES) for w in weights.values())
