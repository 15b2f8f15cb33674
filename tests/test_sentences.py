from generator.read.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_abbreviations_and_initials_do_not_end_sentences():
    assert texts("Acme, Inc. collects data, e.g. your name. We are in the U.S. Then J. Smith signs.") == [
        "Acme, Inc. collects data, e.g. your name.",
        "We are in the U.S. Then J. Smith signs.",
    ]



def test_a_po_box_stays_in_its_address():
    assert texts("Write to Example Group, P.O. Box 757, Springfield. We answer within a week.") == [
        "Write to Example Group, P.O. Box 757, Springfield.",
        "We answer within a week.",
    ]


def test_etc_ends_a_sentence_before_a_capital_but_not_before_lowercase():
    assert texts("We send news, offers, etc. If you wish, unsubscribe. Cookies, pixels, etc. are used.") == [
        "We send news, offers, etc.",
        "If you wish, unsubscribe.",
        "Cookies, pixels, etc. are used.",
    ]

def test_offsets_point_into_the_text():
    text = "First one.  Second one? Third!"
    for sentence in split_sentences(text):
        assert text[sentence.start :].startswith(sentence.text)
    assert texts(text) == ["First one.", "Second one?", "Third!"]


def test_lowercase_after_period_is_not_a_new_sentence():
    assert texts("See section 3. below for more.") == ["See section 3. below for more."]


def test_a_list_markdown_read_as_one_paragraph_is_cut_into_its_items():
    # items indented four spaces after prose continue the paragraph: each is still a sentence of its own
    text = "We use your data: * to send you offers; * to share it with other firms; and * to run the site. Done."
    assert texts(text) == [
        "We use your data:",
        "to send you offers;",
        "to share it with other firms; and",
        "to run the site.",
        "Done.",
    ]
    for sentence in split_sentences(text):
        assert text[sentence.start :].startswith(sentence.text)


def test_an_asterisk_inside_prose_is_not_an_item():
    assert texts("Prices * exclude tax. Plans marked * renew yearly.") == ["Prices * exclude tax.", "Plans marked * renew yearly."]


def line_sentences(markdown: str) -> list[str]:
    from generator.read.segment import segment

    return [s.text for p in segment(markdown).paragraphs for s in p.sentences]


def test_a_list_typed_as_lines_is_cut_at_its_numbers():
    # hard line breaks (two spaces at the end of a line) inside one paragraph, items numbered without a space
    markdown = "1.Not to give us your data  \n2.To stop our newsletters in your profile settings  \n3.To delete cookies\n"
    assert line_sentences(markdown) == [
        "1.Not to give us your data",
        "2.To stop our newsletters in your profile settings",
        "3.To delete cookies",
    ]


def test_a_line_that_ends_a_sentence_ends_it_before_a_lowercase_or_bold_label():
    markdown = "We use web beacons with our cookies.  \n**b.** Security  \nAll your information is protected.\n"
    assert line_sentences(markdown) == ["We use web beacons with our cookies.", "b. Security All your information is protected."]


def test_an_address_typed_as_lines_stays_one_sentence():
    markdown = "Write to us at:  \nExample, Inc.  \n6755 Mesa Blvd.  \nSuite #12  \nSan Diego, CA 92121\n"
    assert line_sentences(markdown) == ["Write to us at: Example, Inc. 6755 Mesa Blvd. Suite #12 San Diego, CA 92121"]
