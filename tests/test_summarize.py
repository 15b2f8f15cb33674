import datetime as dt

from generator.analysis.analyze import analyze
from generator.read.segment import segment
from generator.analysis.summarize import summarize

POLICY = """# Privacy

We collect your name and email address when you register.

We do not sell your personal information to anyone.

You can set your browser to refuse cookies.
"""


def test_summary_states_the_version_date_and_stays_short():
    analysis = analyze(segment(POLICY))
    summary = summarize(analysis, "Example", dt.date(2020, 1, 2))
    assert summary.sentences[0] == "This is Example's privacy policy as archived on 2 January 2020."
    assert 5 <= len(summary.sentences) <= 8


def test_a_policy_that_says_little_gets_honest_padding():
    analysis = analyze(segment("We collect your email address when you register.\n"))
    sentences = summarize(analysis, "Example", dt.date(2020, 1, 2)).sentences
    assert len(sentences) == 5
    assert "It does not say how long it keeps your data." not in sentences[:3]
    assert all(s.startswith(("This is", "Collects", "It does not say")) for s in sentences)


def test_summary_claims_only_what_answers_back():
    analysis = analyze(segment(POLICY))
    text = " ".join(summarize(analysis, "Example", dt.date(2020, 1, 2)).sentences)
    assert "does not sell" in text
    assert "retention" not in text.lower()


def test_silence_on_selling_is_said_plainly():
    analysis = analyze(segment("We collect your email address when you register.\n"))
    text = " ".join(summarize(analysis, "Example", dt.date(2020, 1, 2)).sentences)
    assert "It does not say whether it sells your personal data." in text
