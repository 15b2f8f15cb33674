"""The prefilter's term masks, made once per distinct word, are the sentences a term's own
definition picks out: a word that is the term, begins with it, ends with it, holds it, or has
a digit. A wrong mask would make the analyzer skip a sentence its rules match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.analysis import word_terms
from generator.analysis.word_terms import WordTerms

_LETTERS = st.text(alphabet="abcde1é", min_size=1, max_size=4)
_PLANS = st.lists(st.tuples(st.sampled_from(["words", "prefix", "suffix", "inside", "digit"]), _LETTERS), max_size=12)
_DOCUMENT = st.dictionaries(st.text(alphabet="abcde1é", min_size=1, max_size=80), st.integers(1, 2**12 - 1), max_size=30)


def _satisfies(how: str, key: str, word: str) -> bool:
    """The definition, written out: what each way of looking a term up means."""
    return {
        "words": word == key,
        "prefix": word.startswith(key),
        "suffix": word.endswith(key),
        "inside": key in word,
        "digit": any(c.isdigit() for c in word) and not word.isalpha(),
    }[how]


def _expected(plans: list[tuple[str, str]], document: dict[str, int]) -> dict[tuple, int]:
    expected = {}
    for how, key in plans:
        plan = (how, ()) if how == "digit" else (how, (key,))
        mask = 0
        for word, sentences in document.items():
            if _satisfies(how, key, word):
                mask |= sentences
        expected[plan] = mask
    return expected


@settings(max_examples=300, deadline=None)
@given(_PLANS, _DOCUMENT, _DOCUMENT)
def test_each_term_mask_is_the_sentences_with_a_word_that_satisfies_it(plans, document, second):
    terms = WordTerms()
    numbers = {}
    for how, key in plans:
        plan = (how, ()) if how == "digit" else (how, (key,))
        numbers[plan] = terms.number(plan)
    # two documents in turn: the second reads words the first left in the memory
    for words in (document, second, document):
        masks = terms.masks(words)
        assert {plan: masks[number] for plan, number in numbers.items()} == _expected(plans, words)


def test_a_term_registered_after_a_word_was_worked_out_still_finds_it():
    terms = WordTerms()
    sell = terms.number(("words", ("sell",)))
    assert terms.masks({"selling": 1, "sell": 2})[sell] == 2
    selling = terms.number(("prefix", ("sell",)))
    masks = terms.masks({"selling": 1, "sell": 2})
    assert (masks[sell], masks[selling]) == (2, 3)


def test_a_phrase_or_a_term_without_word_characters_is_not_looked_up_by_word():
    terms = WordTerms()
    assert terms.number(("words", ("do", "not"))) is None
    assert terms.number(("find", ("@",))) is None
    assert terms.masks({"do": 1, "not": 1}) == []


def test_the_memory_of_words_is_bounded(monkeypatch):
    monkeypatch.setattr(word_terms, "REMEMBERED_WORDS", 10)
    terms = WordTerms()
    number = terms.number(("suffix", ("ing",)))
    document = {f"w{i}ing": 1 << i for i in range(25)}
    assert terms.masks(document)[number] == 2**25 - 1
    assert len(terms._of_word) <= 10


def test_a_very_long_word_costs_no_more_than_its_length():
    """A hostile text can hold one 'word' of a million characters: the prefixes and suffixes
    tried are bounded by the longest term, not by the word."""
    terms = WordTerms()
    prefix = terms.number(("prefix", ("ab",)))
    inside = terms.number(("inside", ("bxa",)))
    suffix = terms.number(("suffix", ("xa",)))
    masks = terms.masks({"ab" * 500_000 + "x" + "ab" * 10: 1, "ab" * 40: 2})
    assert (masks[prefix], masks[inside], masks[suffix]) == (3, 1, 0)
