"""The generator's data files are validated: a misspelled key stops the build with file, line and key."""

import re
from importlib import resources

import pytest

from generator.practices import load_practices, load_presentation, presentation_from
from generator.schemas import (
    DataFileErrors,
    EvidenceRankingFile,
    PracticesFile,
    PresentationFile,
    RubricFile,
    RulesFile,
    StopwordsFile,
    parse_data_text,
    read_data_file,
)

FILES = {
    "rules.yaml": RulesFile,
    "practices.yaml": PracticesFile,
    "rubric.yaml": RubricFile,
    "presentation.yaml": PresentationFile,
    "stopwords.yaml": StopwordsFile,
    "evidence_ranking.yaml": EvidenceRankingFile,
}

# (file, a key as it stands in the file, the misspelling, the key path the message must name)
MISSPELLINGS = [
    ("rules.yaml", "        unless: ", "        unles: ", r"questions\.sells_data\.rules\.\d+\.unles"),
    ("practices.yaml", "    sentence: The policy does not say.", "    sentnce: The policy does not say.",
     r"common\.not_mentioned\.sentnce"),
    ("rubric.yaml", "  sells_data: {weight: 3,", "  sells_data: {wieght: 3,", r"questions\.sells_data\.wieght"),
    ("presentation.yaml", "    card: true\n", "    crad: true\n", r"questions\.sells_data\.crad"),
    ("stopwords.yaml", "\nfr: ", "\nfre: ", r"fre"),
    ("evidence_ranking.yaml", "  regularization: ", "  regularisation: ", r"trained_on\.regularisation"),
]


def text_of(name: str) -> str:
    return resources.files("generator").joinpath(f"data/{name}").read_text("utf-8")


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_data_file_matches_its_schema(name):
    read_data_file(f"data/{name}", FILES[name])


@pytest.mark.parametrize(("name", "right", "wrong", "key"), MISSPELLINGS, ids=[m[0] for m in MISSPELLINGS])
def test_a_misspelled_key_fails_with_file_line_and_key(name, right, wrong, key):
    text = text_of(name)
    start = text.index(right)
    if name == "presentation.yaml":
        start = text.index(right, text.index("  sells_data:"))
    elif name == "rules.yaml":
        start = text.index(right, text.index("  sells_data:"))
    broken = text[:start] + wrong + text[start + len(right):]
    line = broken[: start + len(wrong) - len(wrong.lstrip("\n"))].count("\n") + 1
    with pytest.raises(DataFileErrors) as raised:
        parse_data_text(f"generator/data/{name}", broken, FILES[name])
    message = str(raised.value)
    assert re.search(rf"^generator/data/{re.escape(name)}:{line}: {key}: unknown key; check its spelling", message, re.M), message


def test_a_rule_with_a_wrong_polarity_names_the_allowed_values():
    text = text_of("rules.yaml").replace("polarity: negated", "polarity: denied", 1)
    with pytest.raises(DataFileErrors, match=r"rules\.yaml:\d+: questions\.\w+\.rules\.\d+\.polarity: input should be 'any'"):
        parse_data_text("generator/data/rules.yaml", text, RulesFile)


def test_a_key_given_twice_in_a_data_file_is_refused_with_both_lines():
    # YAML keeps the last of two equal keys silently: a second "trigger:" would drop the first one's pattern
    text = text_of("rules.yaml")
    start = text.index("    trigger: ", text.index("  data_collected:"))
    first_line = text[:start].count("\n") + 1
    broken = text[:start] + "    trigger: '\\bnever\\b'\n" + text[start:]
    with pytest.raises(DataFileErrors) as raised:
        parse_data_text("generator/data/rules.yaml", broken, RulesFile)
    message = str(raised.value)
    assert f"rules.yaml:{first_line + 1}: YAML: key 'trigger' appears twice (first on line {first_line})" in message, message


def test_presentation_refuses_a_practice_question_it_does_not_list():
    data = read_data_file("data/presentation.yaml", PresentationFile)
    keys = (*load_practices().keys, "new_question")
    with pytest.raises(DataFileErrors, match=r"presentation\.yaml: questions\.new_question: missing"):
        presentation_from(data, keys)


def test_every_practice_question_has_a_summary_and_card_decision():
    presentation = load_presentation()
    keys = set(load_practices().keys)
    assert set(presentation.summary_order) <= keys and presentation.card <= keys
    assert presentation.summary_order[:2] == ("data_collected", "sells_data")
