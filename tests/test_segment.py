from generator.read.segment import segment


def anchors(body: str) -> list[str]:
    return [p.anchor for p in segment(body).paragraphs]


def test_repeated_paragraph_gets_distinct_anchors():
    body = "We may change this policy.\n\nContact us.\n\nWe may change this policy.\n"
    first, _, third = anchors(body)
    assert third == f"{first}-2"


def test_anchor_survives_edits_elsewhere():
    before = dict(zip([p.text for p in segment("Intro.\n\nWe do not sell your data.\n").paragraphs], anchors("Intro.\n\nWe do not sell your data.\n")))
    after_doc = segment("A new first paragraph.\n\nIntro, reworded.\n\nWe do not sell your data.\n")
    after = {p.text: p.anchor for p in after_doc.paragraphs}
    assert after["We do not sell your data."] == before["We do not sell your data."]


def test_paragraphs_know_their_section_and_sentences():
    doc = segment("# Policy\n\n## Cookies\n\nWe use cookies. You can refuse them.\n\n## Children\n\nNot for kids.\n")
    cookies = next(p for p in doc.paragraphs if p.text.startswith("We use"))
    assert cookies.section == ("Policy", "Cookies")
    assert [s.text for s in cookies.sentences] == ["We use cookies.", "You can refuse them."]
    assert cookies.line == 5


def test_paragraphs_under_the_same_headings_share_one_section():
    # a build holds every policy's paragraphs (about a million at 10,000 policies): one tuple per section, not per paragraph
    doc = segment("# Policy\n\n## Cookies\n\nWe use cookies.\n\nYou can refuse them.\n\n- even these\n\n## Children\n\nNot for kids.\n")
    under_cookies = [p for p in doc.paragraphs if p.section == ("Policy", "Cookies")]
    assert len(under_cookies) == 3 and len({id(p.section) for p in under_cookies}) == 1
    children = next(p for p in doc.paragraphs if p.text == "Children")
    assert children.section == ("Policy",) and doc.paragraphs[-1].section == ("Policy", "Children")


def test_markup_is_removed_from_plain_text():
    (paragraph,) = segment("We **do not** sell [your data](https://example.com/x) to anyone.\n").paragraphs
    assert paragraph.text == "We do not sell your data to anyone."


def test_every_anchor_is_an_id_in_the_html():
    doc = segment("# T\n\nOne.\n\n* item a\n* item b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
    for paragraph in doc.paragraphs:
        assert f'id="{paragraph.anchor}"' in doc.html
    assert [p.kind for p in doc.paragraphs] == ["heading", "paragraph", "paragraph", "paragraph", "table"]


def test_raw_html_is_shown_as_text_not_markup():
    doc = segment('Hello <script>alert(1)</script> <img src=x onerror="alert(2)">\n')
    assert "<script" not in doc.html and "<img" not in doc.html
    assert "&lt;script&gt;" in doc.html


def test_dangerous_and_relative_links_become_text():
    doc = segment("[a](javascript:alert(1)) [b](/relative/page) [c](https://example.com/)\n")
    assert 'href="javascript:' not in doc.html  # shown as inert text, never a link
    assert 'href="/relative' not in doc.html
    assert 'href="https://example.com/"' in doc.html


def test_remote_images_are_links_not_loaded():
    doc = segment("![logo](https://tracker.example/pixel.gif)\n")
    assert "<img" not in doc.html
    assert 'href="https://tracker.example/pixel.gif"' in doc.html
    assert "[image: logo]" in doc.html


def test_policy_headings_sit_below_page_headings():
    doc = segment("# Title\n\n## Part\n")
    assert "<h3" in doc.html and "<h4" in doc.html and "<h1" not in doc.html


def test_indented_text_is_prose_not_code():
    (paragraph,) = segment("    We collect your name.\n").paragraphs
    assert paragraph.kind == "paragraph" and "<pre" not in segment("    We collect your name.\n").html


def test_content_anchors_follow_the_words_not_the_order():
    """Quote permalinks are made like paragraph anchors: reordering or adding quotes leaves each link on its text."""
    from generator.read.segment import content_anchors

    first = dict(zip(["We do not sell.", "We keep logs."], content_anchors("quote-k", ["We do not sell.", "We keep logs."])))
    again = dict(zip(["New quote.", "We keep logs.", "We  do not SELL."],
                     content_anchors("quote-k", ["New quote.", "We keep logs.", "We  do not SELL."])))
    assert first["We keep logs."] == again["We keep logs."]
    assert first["We do not sell."] == again["We  do not SELL."]  # whitespace and case do not count
    assert all(a.startswith("quote-k-") for a in first.values())
    assert content_anchors("quote-k", ["Same.", "Same."]) == [first_same := content_anchors("quote-k", ["Same."])[0],
                                                            first_same + "-2"]


def test_text_under_a_row_of_empty_list_items_is_read():
    """A page converted from HTML can open a run of empty numbered items ("1. 2. 3. ... 9.") before its
    sections; each is a list inside the one before, and CommonMark's preset stops reading at 20 levels
    and drops the rest of the policy without a word."""
    empty_items = "".join(f"{n}.   " for n in range(1, 10))
    body = (
        "Protecting your privacy matters to us.\n\n"
        f"  {empty_items}  1. **Purpose of collection**\n\n"
        "We collect your name and e-mail address to run your account.\n\n"
        "    2. **Disclosure**\n\n"
        "We never sell your personal information.\n"
    )
    texts = [p.text for p in segment(body).paragraphs]
    assert "We collect your name and e-mail address to run your account." in texts
    assert "We never sell your personal information." in texts
