from generator.read.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_abbreviations_and_initials_do_not_end_sentences():
    assert texts("Acme, Inc. collects data, e.g. your name. We are in the U.S. Then J. Smith signs.") == [
        "Acme, Inc. collects data, e.g. your name.",
        "We are in the U.S. Then J. Smith signs.",
    ]


def test_offsets_point_into_the_text():
    text = "First one.  Second one? Third!"
    for sentence in split_sentences(text):
        assert text[sentence.start :].startswith(sentence.text)
    assert texts(text) == ["First one.", "Second one?", "Third!"]


def test_lowercase_after_period_is_not_a_new_sentence():
    assert texts("See section 3. below for more.") == ["See section 3. below for more."]
