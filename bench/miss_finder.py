"""Miss-finder: sentences of unlabelled real policies that look like answers the rules did not find.

A development tool, never part of the build: it needs the optional dependency group
``missfinder`` (``pip install -e '.[missfinder]'``: scikit-learn, and wordllama, whose
embedding weights ship inside its wheel). For each question it trains a sentence detector
on the **tuning** set of the real labelled corpus (a sentence is positive when it holds
that question's gold evidence), then reads unlabelled policies and lists, for every
question the rules answered "not mentioned", the sentences the detector scores highest.
A person reads the list and turns what the sentences have in common into general rules
(``generator/data/rules.yaml``). The blind set is never read.

    python bench/miss_finder.py measure                       # recall on misses, cross-validated
    python bench/miss_finder.py find ../shared/real-policies/texts --orders 134-180 --out misses.md

``measure`` splits the tuning policies into folds (by policy), trains on the others and
counts, on each held-out policy, how many of the gold evidence sentences of questions the
rules missed (answered "not mentioned" where the gold quotes evidence) the detector puts in
its top ``--top`` sentences for that question: the recall a person reading the list gets.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.analysis.analyze import analyze  # noqa: E402
from generator.analysis.reading import units_of  # noqa: E402
from generator.practices import NOT_MENTIONED, load_practices  # noqa: E402
from generator.read.segment import segment  # noqa: E402
from generator.tools.analysis_io import policy_text  # noqa: E402
from generator.tools.evaluate import load_gold, plain_quote  # noqa: E402

TUNING = ROOT / "tests" / "data" / "real" / "tuning"
MIN_WORDS = 5
"""Shorter units (headings, list fragments) are not scored."""


@dataclass
class Policy:
    name: str
    sentences: list[str]
    missed: dict[str, set[int]]
    """Per question the rules answered not_mentioned: indices of its gold evidence sentences."""
    positives: dict[str, set[int]]
    """Per question: indices of sentences holding its gold evidence."""
    silent: set[str]
    """Questions the rules answered not_mentioned."""


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def read_policy(path: Path) -> tuple[list[str], set[str]]:
    """Scored sentences of a policy file and the questions the rules answered not_mentioned."""
    _, body, _ = policy_text(path)
    document = segment(body)
    sentences = [u.text for u in units_of(document) if len(u.text.split()) >= MIN_WORDS]
    silent = {a.key for a in analyze(document).answers if a.value == NOT_MENTIONED}
    return sentences, silent


def labelled_policies(gold_dir: Path = TUNING / "gold") -> list[Policy]:
    """The tuning set with each question's gold evidence sentences (never the blind set)."""
    if "blind" in gold_dir.parts:
        raise SystemExit("the miss-finder never trains on the blind set")
    policies = []
    for gold in load_gold(gold_dir, gold_dir.parent / "texts"):
        sentences, silent = read_policy(gold.text)
        normal = [_norm(s) for s in sentences]
        positives: dict[str, set[int]] = {}
        for key, answer in gold.answers.items():
            if answer.value == NOT_MENTIONED:
                continue
            quotes = [_norm(plain_quote(q)) for q in answer.evidence]
            hits = {i for i, s in enumerate(normal) for q in quotes if q and (q in s or (len(s) > 30 and s in q))}
            if hits:
                positives[key] = hits
        missed = {key: hits for key, hits in positives.items() if key in silent}
        policies.append(Policy(gold.slug, sentences, missed, positives, silent))
    return policies


class Embedder:
    """Sentences as vectors: wordllama's static embeddings, TF-IDF of words, or both side by side."""

    def __init__(self, kind: str):
        self.kind = kind
        self._llama = None
        self._tfidf = None

    def fit(self, sentences: Sequence[str]) -> "Embedder":
        if self.kind in ("tfidf", "both"):
            from sklearn.feature_extraction.text import TfidfVectorizer

            self._tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True).fit(sentences)
        return self

    def transform(self, sentences: Sequence[str]):
        import numpy as np
        from scipy import sparse

        parts = []
        if self.kind in ("tfidf", "both"):
            parts.append(self._tfidf.transform(sentences))
        if self.kind in ("wordllama", "both"):
            parts.append(sparse.csr_matrix(np.asarray(self.llama().embed(list(sentences), norm=True))))
        return sparse.hstack(parts).tocsr() if len(parts) > 1 else parts[0]

    def llama(self):
        if self._llama is None:
            import wordllama
            from wordllama import WordLlama

            # the weights and tokenizer ship in the wheel: never download anything
            self._llama = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
        return self._llama


class Detector:
    """One logistic regression per question over sentence vectors."""

    def __init__(self, kind: str = "both"):
        self.embedder = Embedder(kind)
        self.models: dict = {}

    def fit(self, policies: Sequence[Policy]) -> "Detector":
        from sklearn.linear_model import LogisticRegression

        sentences = [s for p in policies for s in p.sentences]
        self.embedder.fit(sentences)
        vectors = self.embedder.transform(sentences)
        for key in load_practices().keys:
            labels = [i in p.positives.get(key, ()) for p in policies for i in range(len(p.sentences))]
            if sum(labels) < 3:
                continue
            model = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000)
            self.models[key] = model.fit(vectors, labels)
        return self

    def scores(self, sentences: Sequence[str]) -> dict[str, list[float]]:
        vectors = self.embedder.transform(sentences)
        return {key: list(model.predict_proba(vectors)[:, 1]) for key, model in self.models.items()}


def measure(kind: str, folds: int, top: int) -> dict:
    """Cross-validated recall of the detector on the rules' misses (tuning set only)."""
    policies = labelled_policies()
    found = total = flagged = 0
    for fold in range(folds):
        train = [p for n, p in enumerate(policies) if n % folds != fold]
        test = [p for n, p in enumerate(policies) if n % folds == fold]
        detector = Detector(kind).fit(train)
        for policy in test:
            scores = detector.scores(policy.sentences)
            for key in policy.silent:
                if key not in scores:
                    continue
                ranked = sorted(range(len(policy.sentences)), key=lambda i: -scores[key][i])[:top]
                flagged += len(ranked)
                gold = policy.missed.get(key, set())
                if gold:
                    total += 1
                    found += bool(gold & set(ranked))
    return {"kind": kind, "top": top, "missed_answers": total, "found": found,
            "recall": round(found / total, 3) if total else None, "sentences_to_read": flagged}


EVALUATION_ORDERS = (*range(1, 134), *range(181, 241))
"""Pool orders labelled as evaluation data (tests/data/real) or kept for the next labelling rounds."""


def pool_files(texts: Path, orders: range) -> list[tuple[int, Path]]:
    """The policy texts of these pool orders, from the ``_part*.tsv`` index beside them."""
    chosen = []
    for index in sorted(texts.glob("_part*.tsv")):
        with index.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                order = int(row["order"])
                path = texts / f"{row['domain']}.md"
                if order in orders and path.is_file():
                    chosen.append((order, path))
    return sorted(chosen)


def find(texts: Path, orders: range, top: int, threshold: float, kind: str) -> list[tuple]:
    """(order, domain, question, score, sentence) for sentences that look like missed answers."""
    labelled = set(EVALUATION_ORDERS) & set(orders)
    if labelled:
        raise SystemExit(
            f"orders {min(labelled)}-{max(labelled)} include evaluation data (orders 1-133 and 181-240 are"
            " labelled or kept for labelling): run the miss-finder on the catalogue's orders 134-180"
        )
    detector = Detector(kind).fit(labelled_policies())
    rows = []
    for order, path in pool_files(texts, orders):
        sentences, silent = read_policy(path)
        if not sentences:
            continue
        scores = detector.scores(sentences)
        for key in sorted(silent & scores.keys()):
            ranked = sorted(range(len(sentences)), key=lambda i: -scores[key][i])[:top]
            rows.extend(
                (order, path.stem, key, scores[key][i], sentences[i]) for i in ranked if scores[key][i] >= threshold
            )
    return rows


def _orders(text: str) -> range:
    low, _, high = text.partition("-")
    return range(int(low), int(high or low) + 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    m = commands.add_parser("measure", help="recall on the rules' misses, cross-validated on the tuning set")
    m.add_argument("--kind", choices=["wordllama", "tfidf", "both", "all"], default="all")
    m.add_argument("--folds", type=int, default=5)
    m.add_argument("--top", type=int, default=3)
    f = commands.add_parser("find", help="list likely misses in unlabelled policies")
    f.add_argument("texts", type=Path, help="folder of pool texts with its _part*.tsv index")
    f.add_argument("--orders", type=_orders, default=_orders("134-180"))
    f.add_argument("--top", type=int, default=3)
    f.add_argument("--threshold", type=float, default=0.8)
    f.add_argument("--kind", choices=["wordllama", "tfidf", "both"], default="both")
    f.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.command == "measure":
        for kind in (["wordllama", "tfidf", "both"] if args.kind == "all" else [args.kind]):
            print(measure(kind, args.folds, args.top))
        return
    rows = find(args.texts, args.orders, args.top, args.threshold, args.kind)
    lines = ["| order | policy | question | score | sentence |", "|---|---|---|---|---|"]
    lines += [f"| {o} | {d} | {k} | {s:.2f} | {t.replace('|', '/')} |" for o, d, k, s, t in rows]
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}: {len(rows)} sentences")
    else:
        print(text)


if __name__ == "__main__":
    main()
