import time

from generator.read.sentences import MAX_SENTENCE_CHARS, split_sentences


def test_sentences_split_after_full_stops_but_not_abbreviations():
    text = "We collect data, e.g. your name. We share it!  Ask us? Yes."
    assert [s.text for s in split_sentences(text)] == ["We collect data, e.g. your name.", "We share it!", "Ask us?", "Yes."]
    assert all(text[s.start :].startswith(s.text) for s in split_sentences(text))


def test_run_of_punctuation_is_linear_not_quadratic():
    started = time.perf_counter()
    split_sentences("." * 200_000 + " Next")
    assert time.perf_counter() - started < 2  # 40,000 dots took 38 s before the fix


def test_long_sentence_is_cut_at_spaces_into_bounded_pieces():
    text = "word " * 1000 + "x" * 2500
    pieces = split_sentences(text)
    assert all(len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(text[p.start : p.start + len(p.text)] == p.text for p in pieces)
    assert "".join(p.text for p in pieces).replace(" ", "") == text.replace(" ", "")


def test_a_paragraph_of_many_sentences_with_a_bullet_is_split_in_linear_time():
    # inline list items are looked for once per paragraph, not once per sentence
    text = "We note it. " * 100_000 + "Items: * one; * two."
    started = time.perf_counter()
    sentences = split_sentences(text)
    assert time.perf_counter() - started < 2  # about 10 s when each sentence searched the paragraph again
    assert [s.text for s in sentences[-3:]] == ["Items:", "one;", "two."]
