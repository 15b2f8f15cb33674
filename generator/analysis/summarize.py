"""Stage 4: a plain-language summary built only from the answers.

Every sentence comes from an answer (its wording in ``data/practices.yaml``),
so the summary never claims what the analysis does not back. Which questions it
takes, in what order, and what it says about silence is ``data/presentation.yaml``.
"""

from __future__ import annotations

import datetime as dt

from ..models import Analysis, Answer, Summary
from ..practices import NOT_MENTIONED, UNCLEAR, Practices, load_practices, load_presentation

MIN_SENTENCES = 5
MAX_SENTENCES = 8


def human_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def summarize(analysis: Analysis, name: str, archived: dt.date) -> Summary:
    """Five to eight short sentences about one version of a policy.

    Args:
        analysis: the answers for this version.
        name: the organisation's name.
        archived: the archive date of the version described.
    """
    practices = load_practices()
    presentation = load_presentation()
    sentences = [f"This is {name}'s privacy policy as archived on {human_date(archived)}."]
    if not analysis.analysed:
        sentences.append("It is not in English, so PlainPolicy has not analysed it; read the full text below.")
        return Summary(tuple(sentences))
    for key in presentation.summary_order:
        if len(sentences) >= MAX_SENTENCES:
            break
        answer = analysis.answer(key)
        if answer.value == NOT_MENTIONED:
            if key in presentation.always_say:
                sentences.append(presentation.always_say[key])
            continue
        if answer.value == UNCLEAR:
            continue
        sentences.append(answer_sentence(practices, answer))
    for key, sentence in presentation.silence.items():
        if len(sentences) >= MIN_SENTENCES:
            break
        if analysis.answer(key).value == NOT_MENTIONED:
            sentences.append(sentence)
    return Summary(tuple(sentences[:MAX_SENTENCES]))


def answer_sentence(practices: Practices, answer: Answer) -> str:
    """The plain sentence for one answer, with its detail when there is one."""
    question = practices[answer.key]
    if answer.value in (NOT_MENTIONED, UNCLEAR):
        return practices.common[answer.value].sentence
    if question.is_list and not set(answer.values) & set(question.exclusive):
        items = [question.values[v].sentence for v in answer.values]
        sentence = question.list_sentence.format(items=join_words(items))
    else:
        sentence = question.values[answer.values[0]].sentence
    if answer.detail:
        sentence = f"{sentence.rstrip('.')} ({answer.detail.rstrip('.')})."
    return sentence


def join_words(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
