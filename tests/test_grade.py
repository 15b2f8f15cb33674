import pytest

from generator.analysis.grade import Rubric, grade, load_rubric
from generator.models import Analysis, Answer
from generator.practices import load_practices


def analysis(**answers) -> Analysis:
    """Every question not_mentioned except those given."""
    values = {key: "not_mentioned" for key in load_practices().keys}
    values.update(answers)
    return Analysis(tuple(Answer(k, tuple(v) if isinstance(v, list) else v) for k, v in values.items()))


GOOD = dict(
    sells_data="no", shares_for_marketing="no", legal_disclosure="required_by_law", business_transfer="no",
    third_party_tracking="no", cookies="no", marketing_opt_out="opt_in",
    access_and_deletion=["access", "correct", "delete", "export"], retention="stated_period",
    security=["encryption", "access_controls"], children="not_directed_under", international_transfer="no",
    policy_changes="direct_notice", do_not_track="honored",
)


def test_all_good_answers_get_an_a():
    result = grade(analysis(**GOOD))
    assert result.letter == "A" and result.score > 0.9 and result.blockers == ()


def test_one_blocker_caps_the_grade_however_good_the_rest():
    result = grade(analysis(**{**GOOD, "sells_data": "yes"}))
    assert result.letter == "D"
    assert [b.question for b in result.blockers] == ["sells_data"]


def test_mostly_not_mentioned_gets_no_grade_rather_than_a_flattering_one():
    result = grade(analysis(sells_data="no", do_not_track="honored", policy_changes="direct_notice"))
    assert result.letter is None and result.label == "Not enough information"
    assert result.answered == 3


def test_all_bad_answers_get_an_e():
    bad = dict(
        sells_data="yes", shares_for_marketing="yes", legal_disclosure="broad", business_transfer="yes",
        third_party_tracking="yes", cookies="yes", marketing_opt_out="no", access_and_deletion=["no"],
        retention="indefinitely", security=["no_guarantee"], children="collects_from_children",
        international_transfer="yes", policy_changes="no_notice", do_not_track="not_honored",
    )
    assert grade(analysis(**bad)).letter == "E"


def test_unanalysed_policy_is_not_graded():
    assert grade(Analysis((), language="de", analysed=False)).letter is None


def test_grade_bands_follow_the_rubric_file():
    rubric = load_rubric()
    strict = Rubric(rubric.min_answered, (("A", 0.99), ("B", -1.0)), (), rubric.weights, rubric.points, {})
    assert grade(analysis(**{**GOOD, "cookies": "yes"}), strict).letter == "B"


@pytest.mark.parametrize("key", load_practices().keys)
def test_rubric_points_only_name_real_answer_values(key):
    assert set(load_rubric().points[key]) <= set(load_practices()[key].values)


def test_silence_on_selling_costs_points():
    speaks = grade(analysis(**GOOD))
    silent = grade(analysis(**{**GOOD, "sells_data": "not_mentioned"}))
    assert silent.score < speaks.score
    assert any(c.key == "sells_data" and c.points < 0 for c in silent.contributions)


def rubric_with(**unsaid) -> Rubric:
    """The published rubric, with its unsaid rule replaced."""
    from dataclasses import replace

    return replace(load_rubric(), **unsaid)


def test_silence_on_a_question_that_could_cap_the_grade_shows_how_low_it_could_go():
    from generator.analysis.grade import Unsaid

    rubric = rubric_with(unsaid=(Unsaid("shares_for_marketing", "yes", "it shares your data for marketing"),))
    answers = {**GOOD, "shares_for_marketing": "not_mentioned", "cookies": "yes", "retention": "as_long_as_needed"}
    said = grade(analysis(**{**answers, "shares_for_marketing": "yes"}), rubric)
    result = grade(analysis(**answers), rubric)
    assert result.letter is not None and result.lowest == said.letter != result.letter
    assert result.text == f"{result.letter}, or as low as {said.letter} if it shares your data for marketing: the policy does not say"
    assert result.withheld is None


def test_an_answered_question_leaves_the_letter_certain():
    result = grade(analysis(**GOOD))
    assert result.lowest is None and result.unsaid == () and result.text == "A"


def test_silence_that_could_lower_the_grade_too_far_shows_no_letter():
    from generator.analysis.grade import Unsaid

    rubric = rubric_with(unsaid=(Unsaid("sells_data", "yes", "it sells your data"),), max_drop=1)
    result = grade(analysis(**{**GOOD, "sells_data": "not_mentioned"}), rubric)
    assert result.letter is None and result.label == "Not enough information"
    assert result.withheld == "A" and result.lowest == "D"
    assert result.text == "Not enough information: A, but as low as D if it sells your data"
    assert result.rubric_letter == "A"


def test_the_published_rubric_names_real_questions_and_answers_for_silence():
    rubric = load_rubric()
    practices = load_practices()
    assert rubric.unsaid, "the rubric publishes which silences make a letter uncertain"
    for unsaid in rubric.unsaid:
        assert unsaid.assume in practices[unsaid.question].values
        assert unsaid.assume in practices[unsaid.question].bad


@pytest.mark.parametrize(
    "unsaid, message",
    [
        ({"sells_stuff": {"assume": "yes", "if": "x"}}, "not a practice question"),
        ({"sells_data": {"assume": "maybe", "if": "x"}}, "is not an answer of sells_data"),
    ],
)
def test_an_unsaid_rule_must_name_a_question_and_one_of_its_answers(unsaid, message):
    from generator.analysis.grade import unsaid_rules

    with pytest.raises(ValueError, match=message):
        unsaid_rules(unsaid)


@pytest.mark.parametrize(
    "unsaid, key",
    [
        ("unsaid:\n  questions:\n    sells_data: {assume: 'yes'}\n", "unsaid.questions.sells_data.if"),
        ("unsaid:\n  max_drop: -1\n", "unsaid.max_drop"),
        ("unsaid:\n  questions:\n    sells_data: {assume: 'yes', if: x, when: y}\n", "unsaid.questions.sells_data.when"),
    ],
)
def test_a_misshapen_unsaid_rule_is_refused_with_its_line(unsaid, key):
    from importlib import resources

    from generator.schemas import DataFileErrors, RubricFile, parse_data_text

    text = resources.files("generator").joinpath("data/rubric.yaml").read_text("utf-8")
    start = text.index("unsaid:")
    end = text.index("blockers:")
    broken = text[:start] + unsaid + text[end:]
    with pytest.raises(DataFileErrors) as error:
        parse_data_text("generator/data/rubric.yaml", broken, RubricFile)
    assert key in str(error.value) and "rubric.yaml:" in str(error.value)
