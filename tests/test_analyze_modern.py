"""Wording of recent (GDPR and CCPA era) policies, and the traps it sets.

Short texts written for these tests, not copied from any policy: each names the
wording a rule must handle and the answer a careful reader gives.
"""

from __future__ import annotations

import pytest

from generator.analysis.analyze import analyze
from generator.read.segment import segment
from tests.conftest import answer_values

CASES = [
    # a pronoun points back at the signal named in the sentence before
    (
        "do_not_track",
        "not_honored",
        'Some browsers can send "Do Not Track" signals. As there is no common standard for them, '
        "we do not currently respond to them.",
    ),
    (
        "do_not_track",
        "not_honored",
        "## Do Not Track\n\nWe do not alter our practices when we receive such signals, and we do not respond to them.",
    ),
    ("do_not_track", "not_mentioned", "You can ask us for a copy. We do not respond to requests sent by fax."),
    (
        "do_not_track",
        "unclear",
        "We do not respond to Do Not Track signals.\n\n## Ads\n\nIf your browser sends a Do Not Track signal, "
        "we will not use data from our partners to choose the ads you see.",
    ),
    # tracking by others, said without the words "third party"
    (
        "third_party_tracking",
        "yes",
        "We allow others to provide analytics services and to serve advertisements on our behalf.",
    ),
    (
        "third_party_tracking",
        "yes",
        "We work with advertising partners. These companies may use cookies and device identifiers "
        "to collect information about your activity over time.",
    ),
    ("third_party_tracking", "yes", "Our app includes third-party analytics SDKs that record crashes and screens viewed."),
    ("third_party_tracking", "yes", "You can opt out of interest-based advertising in your device settings."),
    ("third_party_tracking", "not_mentioned", "These companies may use cookies to remember your cart."),
    # export, GDPR style
    (
        "access_and_deletion",
        "access+export",
        "You may request access to your personal data and receive it in a portable format.",
    ),
    (
        "access_and_deletion",
        "export",
        "You have the right to receive your data in a structured, commonly used format.",
    ),
    # "notify you by revising the date" is a notice on the page, not a message to the reader
    (
        "policy_changes",
        "posted_on_site",
        "If we change this notice, we will notify you by revising the date at the top of the notice.",
    ),
    ("policy_changes", "direct_notice", "If we make material changes, we will notify you by email before they apply."),
    # trade union membership is sensitive data, not a trade in data
    (
        "sells_data",
        "not_mentioned",
        "Special categories of data include racial origin, religious beliefs and trade union membership.",
    ),
    ("sells_data", "yes", "We may trade customer lists with other companies."),
    # legal grounds and offices are not data kinds
    (
        "data_collected",
        "contact",
        "We collect your name where it is necessary for our legitimate interests.",
    ),
    (
        "data_collected",
        "contact",
        "We collect your email address and pass it to the office responsible for your location.",
    ),
    ("data_collected", "location", "We collect your device's location when you turn on location services."),
    # a subordinate clause keeps its negation to itself
    (
        "third_party_tracking",
        "yes",
        "Although we do not sell your data, our pages carry third-party advertising cookies.",
    ),
    # "we do not collect" names what is not collected
    ("data_collected", "contact", "We collect your name when you order. We do not collect precise location."),
    # data a paragraph says is not linked to a person
    (
        "data_collected",
        "contact",
        "When you order we ask for your name.\n\nOur server logs record the IP address of each visitor and the "
        "pages viewed. These logs are not linked to your name.",
    ),
    # "not limited to" is not a negation
    (
        "security",
        "encryption+other_measures",
        "We protect your data with measures such as, but not limited to, firewalls and encryption.",
    ),
    # an opt-out offered in the rest of the paragraph
    (
        "shares_for_marketing",
        "opt_out",
        "We sometimes rent the names of our subscribers to other carefully screened publishers whose offers may "
        "interest you. If you would prefer that we not include your name, write to us.",
    ),
    (
        "shares_for_marketing",
        "with_consent",
        "When you join a sponsored race, we ask whether you agree to share your name with the sponsor. "
        "If you agree, the sponsor may send you its own offers.",
    ),
    # California formulas that promise nothing
    (
        "sells_data",
        "not_mentioned",
        "We do not have actual knowledge that we sell the personal information of consumers under 16 years of age.",
    ),
    ("sells_data", "not_mentioned", 'Click "Do Not Sell My Personal Information" at the foot of any page.'),
    ("sells_data", "not_mentioned", "We do not sell personal information for money."),
    # a promise about one kind of data raises the question without settling it
    ("sells_data", "unclear", "We will never sell your health data to anyone."),
    ("sells_data", "no", "We will never sell your health data or any other personal information."),
    ("sells_data", "yes", "We rent the names and postal addresses of our subscribers to other publishers."),
    # children
    (
        "children",
        "parental_consent",
        "Before a child under 13 can use the app, we ask the parent for verifiable consent.",
    ),
    ("children", "unclear", "Some laws give extra rights to consumers under 16 years of age."),
    (
        "international_transfer",
        "no",
        "All data is stored on servers in the United States, and we do not transfer it outside the United States.",
    ),
    # marketing by request only
    (
        "marketing_opt_out",
        "opt_in",
        "We send our newsletter only to customers who ask for it by checking the box on the order form.",
    ),
    # rights of parents, rights as a list under a lead-in
    ("access_and_deletion", "access+delete", "Parents can review and delete their child's information at any time."),
    (
        "access_and_deletion",
        "access+correct+delete",
        "You have the right to:\n\n- access the personal information we hold about you\n"
        "- have inaccurate personal information rectified\n- have your personal information erased",
    ),
    (
        "third_party_tracking",
        "no",
        "We do not allow advertisers or any other company to place cookies through our site.",
    ),
    ("service_providers", "yes", "We share your address with the companies that help us fill your order."),
    (
        "policy_changes",
        "direct_notice",
        "If we make material changes, we will notify account administrators by email before they apply.",
    ),
    # tracking said through who sets the cookies
    (
        "third_party_tracking",
        "yes",
        "The banner ads are served by an outside advertising network, which may place its own cookies.",
    ),
    ("third_party_tracking", "yes", "Our website uses cookies, including cookies set by a web analytics service."),
    ("third_party_tracking", "yes", "Advertising cookies: these are set by our advertising partners to show you our ads."),
    # a promise about one kind of data; lists of customer names
    ("sells_data", "not_mentioned", "We do not sell information about the numbers you call."),
    (
        "sells_data",
        "yes",
        "We may sell or rent lists of customer names and addresses to other companies for their marketing.",
    ),
    (
        "shares_for_marketing",
        "opt_out",
        "We will not share your e-mail address with advertisers. We rent subscriber names to other publishers "
        "whose offers may interest you; if you prefer that your name not be included, write to us.",
    ),
    (
        "shares_for_marketing",
        "unclear",
        "We do not share your personal data with third parties for their own marketing purposes.\n\n"
        "## Partner promotions\n\nWe may share your name and email address with partner brands, which may use "
        "them to send you their own offers.",
    ),
    (
        "shares_for_marketing",
        "with_consent",
        "If you check the box, we may share your name and e-mail address with our marketing partners.",
    ),
    # "to protect our network" is more than the law requires
    (
        "legal_disclosure",
        "broad",
        "We may disclose personal information:\n\n- as required by law or to protect our network",
    ),
    (
        "marketing_opt_out",
        "opt_out",
        "Members receive our weekly newsletter. If you no longer wish to receive it, uncheck the box in your profile.",
    ),
    # deactivating an account is not deleting it
    ("access_and_deletion", "not_mentioned", "We may deactivate inactive accounts after two years."),
    (
        "access_and_deletion",
        "access+correct+export",
        "You have the right to:\n\n- inspect and get a copy of your records\n"
        "- ask us to amend information that is wrong\n- download your records in a standard electronic format",
    ),
    ("retention", "not_mentioned", "We keep a record of the pages you visit while you are signed in."),
    (
        "children",
        "parental_consent",
        "A patient under 18 can receive care only through the account of a parent or guardian.",
    ),
    # an obligation stated as a duty, not as "required by law"
    (
        "legal_disclosure",
        "required_by_law",
        "In some cases we are obliged to transfer your data to authorities due to applicable legal requirements.",
    ),
]


@pytest.mark.parametrize(("key", "expected", "text"), CASES, ids=[f"{k}-{n}" for n, (k, _, _) in enumerate(CASES)])
def test_recent_wording(key, expected, text):
    assert answer_values(text, key) == set(expected.split("+"))


def test_nearby_rule_quotes_the_sentence_that_answers():
    text = 'Some browsers send "Do Not Track" signals. We do not respond to them.'
    answer = analyze(segment(text)).answer("do_not_track")
    assert [e.quote for e in answer.evidence] == ["We do not respond to them."]


def test_sentence_before_does_not_reach_across_a_heading():
    text = 'Some browsers send "Do Not Track" signals.\n\n## Requests\n\nWe do not respond to them by fax.'
    assert analyze(segment(text)).answer("do_not_track").value == "not_mentioned"


# --- headings written as lines of text --------------------------------------------------------

PLAIN_HEADINGS = """PRIVACY POLICY

INFORMATION WE COLLECT

Some of what we hold comes from you and some from the devices and services you use with us, as this section explains.

**Children's Privacy**

We care about young people and take particular care with anything a young person may send us through the site.

Your Choices

You can change what we send you at any time, and you can ask us about anything in this policy by writing to us.
"""


def test_a_title_line_before_prose_is_read_as_a_heading():
    from generator.analysis.reading import units_of

    units = units_of(segment(PLAIN_HEADINGS))
    # the title line is followed by another title, not prose: it stays a line of text
    assert [u.section for u in units] == ["", "information we collect", "children's privacy", "your choices"]


@pytest.mark.parametrize(
    "lines",
    [
        "Contact Us\n\n100 Main Street\n\nSpringfield",  # address lines: short, followed by short lines
        "- Name\n- Email Address\n\n" + "We use these details to run your account and to answer you. " * 2,  # list items
        "Last updated: March 3, 2023\n\n" + "We explain here what we do with the data you give us. " * 2,
        "We may share it.\n\n" + "We explain here what we do with the data you give us. " * 2,
    ],
)
def test_address_lines_list_items_and_sentences_are_not_headings(lines):
    from generator.analysis.reading import units_of

    assert {u.section for u in units_of(segment(lines))} == {""}
