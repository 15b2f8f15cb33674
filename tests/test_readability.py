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
