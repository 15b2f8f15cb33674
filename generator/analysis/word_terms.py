"""Which of the prefilter's terms each word satisfies, worked out once per distinct word.

The prefilter (``prefilter.py``) looks every term of the rules' needs up in a document's
words: a whole word, or a word's beginning, end or a piece inside it. Looking about 1,300
beginnings, ends and pieces up one at a time, in every document, cost as much as the rest of
the prefilter. The words of privacy policies repeat from one policy to the next, so which
terms a word satisfies is worked out once per process and word, and a document's term masks
are then made in one pass over its distinct words.
"""

from __future__ import annotations

import re

Plan = tuple[str, tuple[str, ...]]
"""How a term is looked up (``prefilter._plan``): ``words``, ``prefix``, ``suffix``,
``inside``, ``digit`` or ``find``, and its keys."""

REMEMBERED_WORDS = 200_000
"""Words whose terms are kept; past this the memory is emptied (a long build meets new words
in every policy: names, numbers, addresses)."""
SHORT_WORD = 64
"""Up to this length a word's pieces are looked up position by position; a longer one (a hostile
text's megabyte "word") is searched for each piece instead, so its cost grows with its length only once
per piece."""
_DIGIT = re.compile(r"\d")


class WordTerms:
    """The terms looked up by word, numbered, and the numbers each word satisfies."""

    def __init__(self) -> None:
        self.numbers: dict[Plan, int] = {}
        self._whole: dict[str, int] = {}
        self._prefix: dict[str, int] = {}
        self._suffix: dict[str, int] = {}
        self._inside: dict[str, int] = {}
        self._inside_lengths: tuple[int, ...] = ()
        self._longest_prefix = 0
        self._longest_suffix = 0
        self._digit: int | None = None
        self._of_word: dict[str, tuple[int, ...]] = {}

    def number(self, plan: Plan) -> int | None:
        """The number of a plan looked up by word, registering it; None for the others (a phrase
        of several words, a term without word characters)."""
        found = self.numbers.get(plan)
        if found is not None:
            return found
        how, keys = plan
        tables = {"words": self._whole, "prefix": self._prefix, "suffix": self._suffix, "inside": self._inside}
        if how == "digit":
            number = self._digit = len(self.numbers)
        elif how in tables and len(keys) == 1:
            number = tables[how][keys[0]] = len(self.numbers)
        else:
            return None
        self.numbers[plan] = number
        length = len(keys[0]) if keys else 0
        if how == "prefix":
            self._longest_prefix = max(self._longest_prefix, length)
        elif how == "suffix":
            self._longest_suffix = max(self._longest_suffix, length)
        elif how == "inside" and length not in self._inside_lengths:
            self._inside_lengths = tuple(sorted((*self._inside_lengths, length)))
        self._of_word.clear()  # a word may satisfy the new term: work every word out again
        return number

    def masks(self, word_masks: dict[str, int]) -> list[int]:
        """Per term number, the sentences (a bit mask) holding a word that satisfies it."""
        masks = [0] * len(self.numbers)
        remembered = self._of_word
        for word, mask in word_masks.items():
            numbers = remembered.get(word)
            if numbers is None:
                numbers = self._work_out(word)
            for number in numbers:
                masks[number] |= mask
        return masks

    def _work_out(self, word: str) -> tuple[int, ...]:
        found = []
        whole = self._whole.get(word)
        if whole is not None:
            found.append(whole)
        prefix, suffix, inside = self._prefix, self._suffix, self._inside
        for end in range(1, min(len(word), self._longest_prefix) + 1):
            if (number := prefix.get(word[:end])) is not None:
                found.append(number)
        for start in range(max(0, len(word) - self._longest_suffix), len(word)):
            if (number := suffix.get(word[start:])) is not None:
                found.append(number)
        if len(word) <= SHORT_WORD:
            for length in self._inside_lengths:
                for start in range(len(word) - length + 1):
                    if (number := inside.get(word[start : start + length])) is not None:
                        found.append(number)
        else:  # a hostile text's one huge "word": a substring search per piece, in C
            found.extend(number for piece, number in inside.items() if piece in word)
        if self._digit is not None and not word.isalpha() and _DIGIT.search(word):
            found.append(self._digit)
        numbers = tuple(dict.fromkeys(found))
        if len(self._of_word) >= REMEMBERED_WORDS:
            self._of_word.clear()
        self._of_word[word] = numbers
        return numbers


WORD_TERMS = WordTerms()
"""One per process: the rules' terms are the same for every document."""
