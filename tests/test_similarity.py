import random
from pathlib import Path
from types import SimpleNamespace

from generator.analysis.pipeline import report_policy
from generator.read.load import load_policies
from generator.analysis.similarity import THRESHOLD, find_look_alikes, look_alikes_with_index, shingles
from generator.read.segment import segment
from tests.conftest import ROOT, policy_text, write_policy

TEMPLATE = " ".join(f"Clause {n} says that we handle your data with care in situation number {n}." for n in range(60))


def reports_for(root: Path):
    policies, _ = load_policies(root)
    return [report_policy(p) for p in policies]


def test_template_twins_among_the_bundled_policies_and_no_false_pair(sample_policies):
    pairs = find_look_alikes(reports_for(sample_policies))
    found = {(p.slug, p.archived, p.other_slug, p.other_archived) for p in pairs}
    assert ("kaspersky-com", "2013-06-30", "threatpost-com", "2011-05-29") in found
    assert {(p.slug, p.other_slug) for p in pairs} == {("kaspersky-com", "threatpost-com"), ("threatpost-com", "kaspersky-com")}
    twin = next(p for p in pairs if p.slug == "threatpost-com")
    assert 0.6 < twin.containment < 0.75 and 0.38 < twin.jaccard < 0.46


def test_a_short_text_copied_into_a_long_one_counts_by_containment(tmp_path):
    write_policy(tmp_path, policy_text(TEMPLATE, slug="small-org"), slug="small-org")
    long_text = TEMPLATE + " " + " ".join(f"Extra rule {n} about something else entirely, item {n * 7}." for n in range(400))
    write_policy(tmp_path, policy_text(long_text, slug="large-org"), slug="large-org")
    write_policy(tmp_path, policy_text("Entirely different words about a bakery. " * 40, slug="other-org"), slug="other-org")
    (pair, back) = find_look_alikes(reports_for(tmp_path))
    assert {pair.slug, pair.other_slug} == {"small-org", "large-org"}
    assert pair.containment > 0.95 and pair.jaccard < 0.3
    assert back.slug == pair.other_slug


def test_versions_of_one_policy_are_not_look_alikes(tmp_path):
    write_policy(tmp_path, policy_text(TEMPLATE, archived="2019-01-01"), archived="2019-01-01")
    write_policy(tmp_path, policy_text(TEMPLATE, archived="2020-01-01"), archived="2020-01-01")
    assert find_look_alikes(reports_for(tmp_path)) == ()
    assert 0 < THRESHOLD < 1


def test_the_index_finds_every_pair_an_exhaustive_comparison_finds_in_the_whole_catalogue():
    """Across every bundled policy, the sampled estimate misses no pair that comparing all pairs exactly finds."""
    policies, _ = load_policies(ROOT / "policies")
    # Look-alikes read only the text's paragraphs: segmenting is enough, no need to analyse every policy.
    reports = [
        SimpleNamespace(
            slug=p.slug,
            versions=[SimpleNamespace(version=v, document=segment(v.body), key="") for v in p.versions],
        )
        for p in policies
    ]
    found = {(p.slug, p.archived, p.other_slug, p.other_archived) for p in find_look_alikes(reports)}
    versions = [(r.slug, v.version.meta.archived.isoformat(), shingles(v)) for r in reports for v in r.versions]
    exhaustive = set()
    for i, (slug, day, words) in enumerate(versions):
        for other_slug, other_day, other_words in versions[i + 1 :]:
            if slug != other_slug and words and other_words:
                if len(words & other_words) / min(len(words), len(other_words)) >= THRESHOLD:
                    exhaustive |= {(slug, day, other_slug, other_day), (other_slug, other_day, slug, day)}
    assert found == exhaustive
    assert len({slug for slug, *_ in found}) >= 2  # the catalogue has look-alikes: the comparison is not empty


def exact_look_alikes(reports) -> set[tuple]:
    """Today's reference: every pair of versions checked exactly on its shingle sets."""
    versions = [(r.slug, v.version.meta.archived.isoformat(), shingles(v)) for r in reports for v in r.versions]
    found = set()
    for i, (slug, archived, a) in enumerate(versions):
        for other_slug, other_archived, b in versions[i + 1 :]:
            if slug != other_slug and a and b:
                common = len(a & b)
                if common / min(len(a), len(b)) >= THRESHOLD:
                    found.add(tuple(sorted([(slug, archived), (other_slug, other_archived)])))
    return found


def pairs_of(look_alikes) -> set[tuple]:
    return {tuple(sorted([(p.slug, p.archived), (p.other_slug, p.other_archived)])) for p in look_alikes}


def template_corpus(root: Path, count: int = 36, seed: int = 3) -> None:
    """Policies made of a shared template (a varying share of it) and text of their own, in made-up words,
    so containments spread on both sides of the threshold and across lengths (short texts copied into long ones)."""
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ren", "tus", "vo", "pe", "dra", "shi", "nel", "qua", "zor"]

    def sentence() -> str:
        words = ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(8, 16))]
        return " ".join(words).capitalize() + "."

    templates = [[sentence() for _ in range(rng.randint(40, 90))] for _ in range(3)]
    for n in range(count):
        template = templates[n % 3]
        share = rng.uniform(0.25, 1.0)
        start = rng.randrange(len(template) - int(share * len(template)) + 1)
        borrowed = template[start : start + int(share * len(template))]
        own = [sentence() for _ in range(rng.choice([2, 10, 40, 120]))]
        mixed = borrowed + own
        if rng.random() < 0.5:
            rng.shuffle(mixed)
        paragraphs = ["\n\n".join(" ".join(mixed[i : i + 4]) for i in range(0, len(mixed), 4))]
        slug = f"org{n:02d}-com"
        write_policy(root, policy_text(paragraphs[0], slug=slug), slug=slug)


def test_scaled_detection_finds_exactly_the_pairs_of_the_exact_method(tmp_path):
    template_corpus(tmp_path)
    reports = reports_for(tmp_path)
    expected = exact_look_alikes(reports)
    found = pairs_of(find_look_alikes(reports))
    assert len(expected) > 20  # the corpus has template reuse to find...
    assert len(expected) < len(reports) * (len(reports) - 1) / 2 / 2  # ...and pairs under the threshold to leave
    assert found == expected  # recall and precision 100%


def test_an_edit_rechecks_against_the_last_index_and_gives_the_cold_result(tmp_path):
    template_corpus(tmp_path)
    before = reports_for(tmp_path)
    _, index = look_alikes_with_index(before)
    edited = tmp_path / "org05-com" / "2020-01-02.md"
    donor = (tmp_path / "org08-com" / "2020-01-02.md").read_text("utf-8").split("---\n", 2)[2]
    edited.write_text(edited.read_text("utf-8") + "\n\n" + donor, "utf-8")
    after = reports_for(tmp_path)
    incremental, new_index = look_alikes_with_index(after, previous=index)
    assert incremental == find_look_alikes(after)
    assert pairs_of(incremental) == exact_look_alikes(after)
    assert pairs_of(incremental) != pairs_of(find_look_alikes(before))  # the edit made org05 look like org08
    assert len(new_index.keys) == len(index.keys)  # the old text of org05 is gone from the index


def test_the_cached_index_reads_back_whole_and_an_edit_stores_only_the_edited_text(tmp_path):
    import numpy as np

    from generator.build.cache import SIMILARITY, read_similarity, write_similarity

    policies, cache = tmp_path / "policies", tmp_path / "cache"
    template_corpus(policies)
    _, index = look_alikes_with_index(reports_for(policies))
    write_similarity(cache, index, None)
    kept = read_similarity(cache)
    assert kept.keys.tolist() == index.keys.tolist() and kept.threshold == index.threshold
    assert np.array_equal(kept.pairs, index.pairs)
    assert all(np.array_equal(a, b) for a, b in zip(kept.arrays, index.arrays, strict=True))
    stored = {p.name: p.stat().st_ino for p in (cache / SIMILARITY).glob("*.u64")}  # a rewrite is a new inode
    assert len(stored) == len(index.keys)

    edited = policies / "org05-com" / "2020-01-02.md"
    edited.write_text(edited.read_text("utf-8") + "\n\nA sentence of its own, added today.\n", "utf-8")
    after = reports_for(policies)
    found, new_index = look_alikes_with_index(after, previous=kept)
    write_similarity(cache, new_index, kept)
    now = {p.name: p.stat().st_ino for p in (cache / SIMILARITY).glob("*.u64")}
    assert len(set(now) - set(stored)) == 1 and len(set(stored) - set(now)) == 1  # the new text in, the old out
    assert all(now[name] == stored[name] for name in set(now) & set(stored))  # the others left alone
    assert found == find_look_alikes(after)
    assert look_alikes_with_index(after, previous=read_similarity(cache))[0] == found

    # a hash file cut short (a crash, a full disk) makes the index a miss, never a wrong one
    victim = cache / SIMILARITY / sorted(now)[0]
    victim.write_bytes(victim.read_bytes()[:-8])
    assert read_similarity(cache) is None


def test_text_keys_remembered_by_content_key_follow_an_edit(tmp_path):
    """A process that builds twice (``mkdocs serve``) reuses each version's text key by its content key."""
    import dataclasses
    import hashlib

    def keyed(reports):
        return [
            dataclasses.replace(r, versions=tuple(
                dataclasses.replace(v, key=hashlib.sha256(v.version.body.encode()).hexdigest()) for v in r.versions
            ))
            for r in reports
        ]  # fmt: skip

    template_corpus(tmp_path)
    before = keyed(reports_for(tmp_path))
    _, index = look_alikes_with_index(before)
    edited = tmp_path / "org05-com" / "2020-01-02.md"
    donor = (tmp_path / "org08-com" / "2020-01-02.md").read_text("utf-8").split("---\n", 2)[2]
    edited.write_text(edited.read_text("utf-8") + "\n\n" + donor, "utf-8")
    after = keyed(reports_for(tmp_path))
    assert look_alikes_with_index(after, previous=index)[0] == find_look_alikes(reports_for(tmp_path))


def test_an_index_rewrite_cut_short_leaves_no_index_naming_its_files(tmp_path, monkeypatch):
    """Without a readable index (another code's, say) every file is written again; the old index goes
    first, so a build killed half-way can never leave it naming files that now hold other hashes."""
    import pytest

    from generator.build import cache

    template_corpus(tmp_path / "policies", count=8)
    _, index = look_alikes_with_index(reports_for(tmp_path / "policies"))
    root = tmp_path / "cache"
    cache.write_similarity(root, index, None)
    assert cache.read_similarity(root) is not None
    real, written = cache.write_atomic, []

    def dies_after_one(path, data, **options):
        if written:
            raise KeyboardInterrupt  # the process is killed here
        written.append(path)
        real(path, data, **options)

    monkeypatch.setattr(cache, "write_atomic", dies_after_one)
    with pytest.raises(KeyboardInterrupt):
        cache.write_similarity(root, index, None)
    monkeypatch.undo()
    assert written and cache.read_similarity(root) is None


def test_an_empty_or_torn_index_file_is_a_miss(tmp_path):
    from generator.build.cache import SIMILARITY, read_similarity

    folder = tmp_path / SIMILARITY
    folder.mkdir()
    (folder / "index.npz").write_bytes(b"")
    assert read_similarity(tmp_path) is None
    (folder / "index.npz").write_bytes(b"PK\x03\x04 not really a zip file")
    assert read_similarity(tmp_path) is None
