"""The first quote of an answer is the one a reader sees: it should carry the answer."""

from __future__ import annotations

from generator.analysis.analyze import analyze
from generator.read.segment import segment

POLICY = """# Privacy policy

We collect your email address when you write to our data protection officer at dpo@example.com.

## Information we collect

When you register we collect your name, email address and postal address, and your payment card number when you buy.

We also log your IP address and browser type.
"""


def quotes(text: str, key: str) -> list[str]:
    return [e.quote for e in analyze(segment(text)).answer(key).evidence]


def test_a_contact_sentence_is_not_the_first_quote_for_what_is_collected():
    found = quotes(POLICY, "data_collected")
    assert any("dpo@example.com" in q for q in found), "the contact sentence is evidence, just not the first"
    assert "dpo@example.com" not in found[0]
    assert found[0].startswith("When you register we collect your name")


def test_for_contact_itself_the_address_is_evidence():
    assert any("dpo@example.com" in q for q in quotes(POLICY, "contact"))


COOKIES = """# Privacy policy

COOKIES

This site uses cookies to remember your preferences.

Information may be collected through the use of cookies and web beacons.
"""


def test_a_bare_heading_is_never_quoted_before_a_sentence():
    found = quotes(COOKIES, "cookies")
    assert "COOKIES" in found, "the heading line is evidence, just not the first"
    assert found[0] == "This site uses cookies to remember your preferences."


SERVICE = """# Privacy policy

Our servers log your IP address and the name of your Internet service provider.

## Who sees your data

We hire other companies to perform services on our behalf, such as hosting and payment processing; they must keep your information confidential.
"""


def test_the_sentence_that_says_who_works_for_the_company_comes_before_a_passing_mention():
    found = quotes(SERVICE, "service_providers")
    assert found[0].startswith("We hire other companies to perform services on our behalf")


OPT_OUT = """# Privacy policy

You may opt out of interest-based ads from our partners through your browser settings.

We send a monthly newsletter; to stop it, click the unsubscribe link at the bottom of any email.
"""


def test_the_way_to_stop_marketing_email_comes_before_an_opt_out_of_ads():
    found = quotes(OPT_OUT, "marketing_opt_out")
    assert found[0].startswith("We send a monthly newsletter")


OPT_OUT_SAID_PLAINLY = """# Privacy policy

Some of our advertising partners belong to an industry group that lets consumers opt out of ad targeting by its members.

To stop receiving our promotional emails, write to us or use the link at the foot of each message.
"""


def test_stop_receiving_says_the_marketing_opt_out_outright():
    found = quotes(OPT_OUT_SAID_PLAINLY, "marketing_opt_out")
    assert found[0].startswith("To stop receiving our promotional emails")


RIGHTS = """# Privacy policy

We protect your account against unauthorized access with a password.

## Your choices

You can access, correct or delete the information in your account at any time from the settings page.
"""


def test_the_readers_right_comes_before_a_passing_access():
    assert quotes(RIGHTS, "access_and_deletion")[0].startswith("You can access, correct or delete")


CONTRACTORS = """# Privacy policy

Advertising companies we use to serve ads on our behalf may place cookies on your browser.

## Sharing

We use vendors to process payments and deliver orders, and they may not use your information for anything else.
"""


def test_a_sentence_about_cookies_is_not_the_first_proof_of_contractors():
    found = quotes(CONTRACTORS, "service_providers")
    assert found[0].startswith("We use vendors to process payments")


def test_for_what_is_collected_a_sentence_naming_cookies_may_still_come_first():
    text = "# Privacy policy\n\nOur servers record your IP address, cookies and the pages you visit.\n\nYou may give us your name.\n"
    assert quotes(text, "data_collected")[0].startswith("Our servers record your IP address, cookies")


GIVES = """# Privacy policy

We may use payment processors that work on our behalf to bill you for your order.

## Sharing

We share your information with vendors who perform services for us, and they must keep it confidential.
"""


def test_the_company_giving_the_data_to_its_contractors_comes_before_naming_them():
    found = quotes(GIVES, "service_providers")
    assert len(found) == 2, "both sentences prove the answer"
    assert found[0].startswith("We share your information with vendors")
