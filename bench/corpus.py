"""Synthetic corpora for the benchmark: real policy paragraphs, recombined.

Paragraphs come from the bundled policies (``policies/``) and, when present,
the shared corpus beside the repository (``../shared/corpus``, ``../shared/seeds``:
a dev-time source, never read at run time). Each synthetic policy draws a
length from a log-uniform mix of 500-8,000 words, then fills it with
paragraphs taken in runs from random sources (so sections keep some of their
order), with the organisation's name swapped in and some sentences dropped or
reordered so that no two policies are the same text. Everything is seeded:
the same ``(count, seed)`` gives byte-identical files.

Two layouts are written: ``policies/<slug>/<date>.md`` (the site's input) and,
with ``dataset=True``, flat files in the archive-dataset format of the seeds
(what ``plainpolicy analyze --corpus`` reads).
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MIN_WORDS, MAX_WORDS = 500, 8_000
_BANNER = re.compile(r"^> \*The following text is extracted.*$", re.MULTILINE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_ORGS = ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Tyrell", "Cyberdyne",
         "Soylent", "Wonka", "Gringotts", "Monarch", "Oscorp", "Aperture", "Massive", "Nakatomi", "Virtucon", "Zorg")
_KINDS = ("Labs", "Software", "Media", "Health", "Games", "Bank", "Travel", "Security", "Mobile", "Cloud")


@dataclass(frozen=True)
class Source:
    name: str
    """The organisation name used in the source text, replaced in the copies."""
    paragraphs: tuple[str, ...]


def _strip_front_matter(text: str) -> str:
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            return text[end + 5 :]
    return _BANNER.sub("", text, count=1)


def read_sources(policies: Path = ROOT / "policies", shared: Path | None = SHARED) -> list[Source]:
    """Paragraphs of every real policy available, deduplicated by text."""
    files = sorted(policies.glob("*/*.md"))
    if shared is not None:
        for folder in ("corpus", "seeds"):
            if (shared / folder).is_dir():
                files += sorted(p for p in (shared / folder).iterdir() if p.suffix in (".md", ".txt"))
    seen: set[str] = set()
    sources = []
    for path in files:
        body = _strip_front_matter(path.read_text("utf-8"))
        name_match = re.search(r"^name: (.+)$", path.read_text("utf-8"), re.MULTILINE)
        name = name_match.group(1).strip("'\"") if name_match else path.stem.split("-")[0].split("_")[-1]
        paragraphs = []
        for block in re.split(r"\n\s*\n", body):
            block = block.strip()
            if len(block.split()) < 3 or block in seen:
                continue
            seen.add(block)
            paragraphs.append(block)
        if paragraphs:
            sources.append(Source(name, tuple(paragraphs)))
    if not sources:
        raise SystemExit(f"no policies found under {policies}")
    return sources


def _words(count_min: int, count_max: int, rng: random.Random) -> int:
    """Log-uniform: as many 500-1,000-word policies as 4,000-8,000-word ones."""
    return int(math.exp(rng.uniform(math.log(count_min), math.log(count_max))))


def _vary(paragraph: str, rng: random.Random) -> str:
    """Drop or reorder sentences of prose paragraphs (headings, lists and tables kept)."""
    if paragraph.startswith(("#", "|", "*", "-", "1.")):
        return paragraph
    sentences = _SENTENCE.split(paragraph)
    if len(sentences) > 2 and rng.random() < 0.5:
        sentences = [s for s in sentences if rng.random() > 0.25] or sentences[:1]
    if len(sentences) > 1 and rng.random() < 0.3:
        rng.shuffle(sentences)
    return " ".join(sentences)


def synthetic_policy(
    index: int, sources: list[Source], rng: random.Random, max_words: int = MAX_WORDS
) -> tuple[str, str, str, str]:
    """Return (name, domain, date, body) of the ``index``-th synthetic policy."""
    name = f"{rng.choice(_ORGS)} {rng.choice(_KINDS)} {index}"
    domain = f"{name.split()[0].lower()}{index}.test"
    date = f"{rng.randint(2001, 2019)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    target = _words(MIN_WORDS, max(max_words, MIN_WORDS + 1), rng)
    blocks = [f"# {name} Privacy Policy"]
    words = 0
    while words < target:
        source = rng.choice(sources)
        start = rng.randrange(len(source.paragraphs))
        for paragraph in source.paragraphs[start : start + rng.randint(2, 8)]:
            text = _vary(paragraph, rng).replace(source.name, name)
            blocks.append(text)
            words += len(text.split())
            if words >= target:
                break
    return name, domain, date, "\n\n".join(blocks) + "\n"


def write_corpus(target: Path, count: int, *, seed: int = 8, dataset: bool = False,
                 sources: list[Source] | None = None, max_words: int = MAX_WORDS) -> list[Path]:
    """Write ``count`` synthetic policies under ``target``.

    Args:
        target: a ``policies/`` folder (or a dataset folder with ``dataset=True``).
        count: how many policies.
        seed: the random seed; the same seed gives the same files.
        dataset: write archive-dataset files (banner line first) instead of policy files.
        max_words: a shorter length mix, for tests that need many small policies.

    Returns:
        The files written.
    """
    sources = sources or read_sources()
    rng = random.Random(seed)
    paths = []
    for index in range(1, count + 1):
        name, domain, date, body = synthetic_policy(index, sources, rng, max_words)
        slug = domain.replace(".", "-")
        url = f"https://{domain}/privacy"
        snapshot = f"https://web.archive.org/web/{date.replace('-', '')}000000id_/{url}"
        if dataset:
            path = target / f"{index // 1000:03d}" / f"{index:07d}_{slug}.md"
            text = (f"> *The following text is extracted and transformed from the {domain} privacy policy that was"
                    f" archived on {date}. Please check the [original snapshot on the Wayback Machine]({snapshot})"
                    f" for the most accurate reproduction.*\n\n{body}")
        else:
            path = target / slug / f"{date}.md"
            text = (f"---\nname: {name}\nslug: {slug}\ndomain: {domain}\nurl: {url}\narchived: '{date}'\n"
                    f"snapshot: {snapshot}\n---\n\n{body}")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def shingles(text: str, size: int = 5) -> set[int]:
    words = re.findall(r"\w+", text.lower())
    return {hash(tuple(words[i : i + size])) for i in range(max(len(words) - size + 1, 0))}


def distinctness(paths: list[Path], *, sample: int = 60, seed: int = 1) -> dict[str, float]:
    """Mean and max pairwise 5-word-shingle Jaccard similarity over a sample, and the mean word count."""
    rng = random.Random(seed)
    chosen = rng.sample(paths, min(sample, len(paths)))
    sets = [shingles(p.read_text("utf-8")) for p in chosen]
    scores = [len(a & b) / len(a | b) for i, a in enumerate(sets) for b in sets[i + 1 :] if a | b]
    words = [len(p.read_text("utf-8").split()) for p in chosen]
    return {
        "jaccard_mean": sum(scores) / len(scores) if scores else 0.0,
        "jaccard_max": max(scores, default=0.0),
        "words_mean": sum(words) / len(words),
        "words_min": min(words),
        "words_max": max(words),
    }
