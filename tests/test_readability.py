import subprocess
import sys

from generator.analysis.readability import measure
from generator.read.segment import segment


def test_figures_for_a_short_plain_text():
    figures = measure(segment("# Title\n\nWe keep your name. We do not sell it. You can ask us to delete it.\n"))
    assert figures.words == 17  # "Title" counts too: headings are words a reader reads
    assert figures.minutes == 1
    assert figures.flesch_reading_ease > 80 and figures.grade_level < 5


def test_hard_legal_prose_scores_lower_than_plain_words():
    plain = measure(segment("We keep your name. We do not sell it.\n"))
    legal = measure(segment("Notwithstanding the foregoing, information may be disclosed to affiliated entities "
                            "pursuant to applicable contractual obligations and regulatory requirements.\n"))
    assert legal.flesch_reading_ease < plain.flesch_reading_ease
    assert legal.grade_level > plain.grade_level


def test_textstat_works_with_networking_disabled():
    """Recent textstat releases fetch NLTK data on first use; the pinned one must not touch the network."""
    script = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise OSError('network disabled for this test')\n"
        "socket.socket.connect = refuse\nsocket.create_connection = refuse\nsocket.getaddrinfo = refuse\n"
        "from generator.analysis.readability import measure\nfrom generator.read.segment import segment\n"
        "print(measure(segment('We keep your name. We do not sell it to anyone at all.')).flesch_reading_ease)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert float(result.stdout) > 50


def _texts() -> list[str]:
    from tests.conftest import ROOT

    bodies = [p.read_text("utf-8").split("\n---\n", 1)[-1] for p in sorted((ROOT / "policies").glob("*/*.md"))]
    bodies += [p.read_text("utf-8") for p in sorted((ROOT / "tests/data/real").glob("**/texts/*.md"))[:60]]
    tricky = "Don't e-mail us -- we'll re-read it. U.S. law; 3rd-party co-op's data (e.g. IP).\n\nNaïve café’s “quotes”."
    return [*bodies, tricky]


def test_scores_are_textstats_own_with_syllables_counted_once_per_word():
    import textstat

    from generator.analysis.readability import flesch_scores

    texts = _texts()
    assert len(texts) > 50
    for text in texts:
        document = segment(text)
        joined = "\n".join(p.text for p in document.paragraphs if p.kind != "heading")
        assert flesch_scores(joined) == (textstat.flesch_reading_ease(joined), textstat.flesch_kincaid_grade(joined))


def test_sentences_are_counted_as_textstat_counts_them():
    """Short sentences (two words or fewer once punctuation is gone) are not counted; the fast path
    must agree with textstat where punctuation-only pieces decide it."""
    from textstat.backend import counts

    from generator.analysis.readability import _sentence_count

    edge_cases = [
        "a - b . c d e",
        "' ' ' x. y z w.",
        "-- -- --. a b c.",
        "Yes! No. We keep it.",
        "x \u2019 y \u2019 z. Done -- now -- here.",
        "",
        "!!!",
    ]
    for text in [*edge_cases, *_texts()[:20]]:
        assert _sentence_count(text) == counts.count_sentences(text), text[:80]
