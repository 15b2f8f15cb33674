"""Measure the analyzer against hand-checked answers (``plainpolicy evaluate``).

A gold file is YAML: ``{slug, file, answers: {key: {answer, detail?, evidence: [quotes]}}}``;
``file`` is resolved against a texts directory. For every gold file the text is
segmented and analyzed (without overrides) and each answer compared:

- scalar questions: exact match, overall and where the gold is not ``not_mentioned``;
- list questions: items as sets (``not_mentioned`` is the empty set, ``unclear`` or an
  exclusive value such as ``no`` is a one-item set), micro precision/recall/F1, and
  exact match;
- evidence: a quote is verbatim when, markup removed and whitespace collapsed, it is
  a substring of the body; it *lands* when its paragraph also holds a gold quote; the
  *first* quote (the one a reader sees) is counted apart;
- grades: the letter from the analyzer's answers against the letter the rubric gives
  the gold answers (``grade_agreement``).

It measures and never judges: the command exits 0 whatever the numbers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .analysis_io import policy_text
from .grade_agreement import GradePair, grade_pair, grade_summary
from ..analysis.analyze import analyze
from ..models import Analysis, Document
from ..practices import NOT_MENTIONED, load_practices
from ..read.segment import markdown_parser, normalise, plain_text, segment


@dataclass(frozen=True)
class GoldAnswer:
    key: str
    value: str | tuple[str, ...]
    detail: str | None
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class GoldPolicy:
    slug: str
    path: Path
    """The gold YAML file."""
    text: Path
    """The policy text it names, resolved against the texts directory."""
    answers: dict[str, GoldAnswer]


@dataclass(frozen=True)
class Comparison:
    """One question of one policy: what the gold says, what the analyzer said."""

    key: str
    expected: str | tuple[str, ...]
    got: str | tuple[str, ...]
    correct: bool
    expected_detail: str | None = None
    got_detail: str | None = None
    quotes: int = 0
    verbatim: int = 0
    """Quotes that are substrings of the body (the spec's definition)."""
    anchored: int = 0
    """Quotes that are substrings of the very paragraph their anchor names."""
    landed: int = 0
    """Quotes whose paragraph also holds a gold quote (counted only where the gold has quotes)."""
    gold_quoted: bool = False
    """The gold answer has evidence (so a not_mentioned answer is a miss)."""
    got_quotes: tuple[str, ...] = ()
    first_landed: bool = False
    """The first quote's paragraph holds a gold quote (counted only where the gold has quotes)."""


@dataclass(frozen=True)
class PolicyResult:
    slug: str
    comparisons: tuple[Comparison, ...]
    grades: GradePair | None = None

    @property
    def wrong(self) -> tuple[Comparison, ...]:
        return tuple(c for c in self.comparisons if not c.correct)


@dataclass
class QuestionScore:
    key: str
    is_list: bool
    n: int = 0
    correct: int = 0
    answered_n: int = 0
    answered_correct: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    silent_n: int = 0
    """Policies where the analyzer found nothing (``not_mentioned``)..."""
    silent_correct: int = 0
    """...and where the policy indeed says nothing on the question."""


@dataclass(frozen=True)
class Evaluation:
    policies: tuple[PolicyResult, ...]
    questions: tuple[QuestionScore, ...]
    summary: dict = field(default_factory=dict)


def as_value(raw: object) -> str | tuple[str, ...]:
    if isinstance(raw, list):
        return tuple(str(v) for v in raw)
    return str(raw)


def load_gold(gold_dir: Path, texts_dir: Path) -> list[GoldPolicy]:
    """Read every ``*.yaml`` gold file of a directory, sorted by name."""
    golds = []
    for path in sorted(gold_dir.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text("utf-8"))
        answers = {
            key: GoldAnswer(key, as_value(spec["answer"]), spec.get("detail"), tuple(spec.get("evidence") or ()))
            for key, spec in raw["answers"].items()
        }
        golds.append(GoldPolicy(raw["slug"], path, texts_dir / raw["file"], answers))
    return golds


def plain_quote(quote: str) -> str:
    """A quote as a reader sees it: Markdown markup removed, whitespace collapsed."""
    inline = [t for t in markdown_parser().parse(quote) if t.type == "inline"]
    return normalise(" ".join(plain_text(t) for t in inline)) if inline else normalise(quote)


def item_set(value: str | tuple[str, ...]) -> frozenset[str]:
    """List answers as sets: not_mentioned is empty, a lone value is a set of one."""
    if isinstance(value, tuple):
        return frozenset(value)
    return frozenset() if value == NOT_MENTIONED else frozenset({value})


def gold_anchors(document: Document, quotes: Iterable[str]) -> set[str]:
    """The anchors of the paragraphs that hold a gold quote (or its first eight words)."""
    anchors = set()
    for quote in quotes:
        wanted = plain_quote(quote).lower()
        probe = wanted.replace("|", " ").split()
        probe_text = " ".join(probe[:8])
        for paragraph in document.paragraphs:
            text = paragraph.text.lower()
            if wanted in text or (probe_text and probe_text in " ".join(text.replace("|", " ").split())):
                anchors.add(paragraph.anchor)
    return anchors


def compare_policy(gold: GoldPolicy, document: Document, analysis: Analysis) -> PolicyResult:
    """Compare one analysis with its gold answers."""
    practices = load_practices()
    body = " ".join(p.text for p in document.paragraphs)
    by_anchor = {p.anchor: p.text for p in document.paragraphs}
    comparisons = []
    for question in practices.questions:
        expected = gold.answers[question.key]
        answer = analysis.answer(question.key)
        got = answer.value
        if question.is_list:
            correct = item_set(expected.value) == item_set(got)
        else:
            correct = expected.value == got
        gold_paragraphs = gold_anchors(document, expected.evidence) if expected.evidence else set()
        verbatim = anchored = landed = 0
        first_landed = bool(answer.evidence) and answer.evidence[0].anchor in gold_paragraphs
        for evidence in answer.evidence:
            # the analyzer quotes plain text already: read again as Markdown, text that only looks like
            # markup ("[click here](...)" written out in the policy) would lose its brackets
            quotes_read = {normalise(evidence.quote), plain_quote(evidence.quote)}
            paragraph = by_anchor.get(evidence.anchor, "")
            verbatim += any(quote in body for quote in quotes_read)
            anchored += any(quote in paragraph for quote in quotes_read)
            landed += evidence.anchor in gold_paragraphs
        quoted = bool(expected.evidence) and expected.value != NOT_MENTIONED
        quotes = tuple(e.quote for e in answer.evidence)
        details = (expected.detail, answer.detail)
        counts = (len(quotes), verbatim, anchored, landed)
        comparisons.append(
            Comparison(question.key, expected.value, got, correct, *details, *counts, quoted, quotes, first_landed)
        )
    grades = grade_pair(analysis, {key: a.value for key, a in gold.answers.items()})
    return PolicyResult(gold.slug, tuple(comparisons), grades)


def evaluate(gold_dir: Path, texts_dir: Path) -> Evaluation:
    """Analyze the text of every gold file in ``gold_dir`` and score the answers.

    Args:
        gold_dir: directory of ``<slug>.yaml`` gold files.
        texts_dir: root the gold files' ``file:`` paths are relative to.

    Returns:
        Per-policy comparisons, per-question scores and a summary.
    """
    results = []
    for gold in load_gold(gold_dir, texts_dir):
        _, body, _ = policy_text(gold.text)
        document = segment(body)
        results.append(compare_policy(gold, document, analyze(document)))
    return score(results)


def score(results: list[PolicyResult]) -> Evaluation:
    """Aggregate per-policy comparisons into per-question scores and a summary."""
    practices = load_practices()
    scores = {q.key: QuestionScore(q.key, q.is_list) for q in practices.questions}
    quotes = verbatim = anchored = landed = landable = missed = firsts = first_landed = 0
    for result in results:
        for c in result.comparisons:
            s = scores[c.key]
            s.n += 1
            s.correct += c.correct
            if c.expected != NOT_MENTIONED:
                s.answered_n += 1
                s.answered_correct += c.correct
            if c.got == NOT_MENTIONED:
                s.silent_n += 1
                s.silent_correct += c.correct
            if s.is_list:
                gold, got = item_set(c.expected), item_set(c.got)
                s.tp += len(gold & got)
                s.fp += len(got - gold)
                s.fn += len(gold - got)
            quotes += c.quotes
            verbatim += c.verbatim
            anchored += c.anchored
            if c.gold_quoted:
                landed += c.landed
                landable += c.quotes
                missed += c.got == NOT_MENTIONED
                firsts += c.quotes > 0
                first_landed += c.first_landed
    scalar = [s for s in scores.values() if not s.is_list]
    lists = [s for s in scores.values() if s.is_list]
    tp, fp, fn = (sum(getattr(s, name) for s in lists) for name in ("tp", "fp", "fn"))
    summary = {
        "policies": len(results),
        "scalar_accuracy": _ratio(sum(s.correct for s in scalar), sum(s.n for s in scalar)),
        "scalar_correct": sum(s.correct for s in scalar),
        "scalar_total": sum(s.n for s in scalar),
        "answered_accuracy": _ratio(sum(s.answered_correct for s in scalar), sum(s.answered_n for s in scalar)),
        "list_precision": _ratio(tp, tp + fp),
        "list_recall": _ratio(tp, tp + fn),
        "list_f1": _ratio(2 * tp, 2 * tp + fp + fn),
        "list_exact": _ratio(sum(s.correct for s in lists), sum(s.n for s in lists)),
        "evidence_quotes": quotes,
        "verbatim": _ratio(verbatim, quotes),
        "anchored": _ratio(anchored, quotes),
        "evidence_in_gold_paragraph": _ratio(landed, landable),
        "first_quote_in_gold_paragraph": _ratio(first_landed, firsts),
        "missed_with_gold_evidence": missed,
        **grade_summary([r.grades for r in results if r.grades is not None]),
    }
    return Evaluation(tuple(results), tuple(scores.values()), summary)


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def question_metrics(s: QuestionScore) -> dict:
    metrics = {
        "n": s.n,
        "correct": s.correct,
        "accuracy": _ratio(s.correct, s.n),
        "answered_n": s.answered_n,
        "answered_accuracy": _ratio(s.answered_correct, s.answered_n),
        "not_mentioned_n": s.silent_n,
        "not_mentioned_correct": s.silent_correct,
    }
    if s.is_list:
        metrics.update(
            precision=_ratio(s.tp, s.tp + s.fp),
            recall=_ratio(s.tp, s.tp + s.fn),
            f1=_ratio(2 * s.tp, 2 * s.tp + s.fp + s.fn),
        )
    return metrics


def to_json(evaluation: Evaluation) -> dict:
    """The evaluation as plain data (``--format json``)."""
    return {
        "summary": evaluation.summary,
        "questions": {s.key: question_metrics(s) for s in evaluation.questions},
        "policies": {
            r.slug: {
                "wrong": [
                    {
                        "key": c.key,
                        "expected": plain_value(c.expected),
                        "got": plain_value(c.got),
                        "expected_detail": c.expected_detail,
                        "got_detail": c.got_detail,
                    }
                    for c in r.wrong
                ],
                "correct": sum(c.correct for c in r.comparisons),
                "total": len(r.comparisons),
                **_grades_json(r.grades),
            }
            for r in evaluation.policies
        },
    }


def _grades_json(pair: GradePair | None) -> dict:
    if pair is None:
        return {}
    got = pair.got
    return {"grade": got.letter, "grade_text": got.text, "gold_grade": pair.expected.rubric_letter}


def plain_value(value: str | tuple[str, ...]) -> str | list[str]:
    return list(value) if isinstance(value, tuple) else value


def show_value(value: str | tuple[str, ...]) -> str:
    return "[" + ", ".join(value) + "]" if isinstance(value, tuple) else value


def _pct(value: float | None) -> str:
    return "  -  " if value is None else f"{100 * value:5.1f}%"


def _num(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.2f}"


def format_text(evaluation: Evaluation, label: str = "") -> str:
    """A per-question table, every wrong answer per policy, and one summary line."""
    lines = [f"{'question':22} {'n':>3} {'acc':>6} {'ans.n':>5} {'ans.acc':>7} {'P':>5} {'R':>5} {'F1':>5}"]
    for s in evaluation.questions:
        m = question_metrics(s)
        prf = f"{_num(m.get('precision')):>5} {_num(m.get('recall')):>5} {_num(m.get('f1')):>5}" if s.is_list else ""
        lines.append(
            f"{s.key:22} {s.n:>3} {_pct(m['accuracy']):>6} {s.answered_n:>5} {_pct(m['answered_accuracy']):>7} {prf}"
        )
    lines.append("")
    for result in evaluation.policies:
        wrong = result.wrong
        grades = ""
        if result.grades is not None:
            grades = f"; grade {result.grades.got.text} (gold answers: {result.grades.expected.label})"
        lines.append(f"## {result.slug}: {len(result.comparisons) - len(wrong)}/{len(result.comparisons)} right{grades}")
        for c in wrong:
            detail = f" ({c.expected_detail})" if c.expected_detail else ""
            lines.append(f"  {c.key:22} expected {show_value(c.expected)}{detail}; got {show_value(c.got)}")
    lines.append("")
    lines.append(grade_line(evaluation, label))
    lines.append(summary_line(evaluation, label))
    return "\n".join(lines)


def summary_line(evaluation: Evaluation, label: str = "") -> str:
    s = evaluation.summary
    prefix = f"{label}: " if label else ""
    return (
        f"{prefix}{s['policies']} policies; scalar accuracy {_pct(s['scalar_accuracy']).strip()}"
        f" ({s['scalar_correct']}/{s['scalar_total']}), where gold answers {_pct(s['answered_accuracy']).strip()};"
        f" list P/R/F1 {_num(s['list_precision'])}/{_num(s['list_recall'])}/{_num(s['list_f1'])}"
        f" (exact {_pct(s['list_exact']).strip()}); evidence verbatim {_pct(s['verbatim']).strip()}"
        f" of {s['evidence_quotes']} (in the cited paragraph {_pct(s['anchored']).strip()}), in a gold paragraph {_pct(s['evidence_in_gold_paragraph']).strip()}"
        f" (first quotes {_pct(s['first_quote_in_gold_paragraph']).strip()});"
        f" not_mentioned despite gold evidence: {s['missed_with_gold_evidence']}"
    )


def grade_line(evaluation: Evaluation, label: str = "") -> str:
    s = evaluation.summary
    prefix = f"{label}: " if label else ""
    return (
        f"{prefix}grades: same letter as the gold answers' {_pct(s['grade_exact']).strip()}"
        f" ({s['grade_exact_count']}/{s['policies']}), within one letter {_pct(s['grade_within_one']).strip()}"
        f" ({s['grade_within_one_count']}/{s['policies']}), kinder than gold {s['grade_kinder_than_gold']};"
        f" the page's claim holds {_pct(s['grade_claim_holds']).strip()}"
        f" ({s['grade_with_range']} shown with a range, {s['grade_withheld']} not enough information)"
    )
