#!/usr/bin/env python3
"""Write the round's prompts: what each reader, the auditor and the settler is told.

    python3 prompts.py readers WORKSPACE ROUND FIRST_A FIRST_B OUTDIR
    python3 prompts.py audit WORKSPACE ROUND OUTDIR
    python3 prompts.py settle WORKSPACE ROUND OUTDIR
    python3 prompts.py resume OUTDIR READER...           # after ``readers``: for tasks a stopped session left unfinished

Readers get ``../PROMPT6.md`` (the rule, the fetch and the file format) with the workspace put in,
then a task from ``tasks/``: first readers ``reader-a<FIRST_A>``... one list each; second reader
``reader-b<FIRST_B>`` labels the first kept policy of all six lists, ``reader-b<FIRST_B + 1>`` the
second kept policy of the first three. The prompts go OUTDIR (outside the workspace): a reader sees
its own task only. The previous prompts lived in a temporary folder and were lost between sessions.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TENS = {2: "twent", 3: "thirt", 4: "fort", 5: "fift", 6: "sixt", 7: "sevent", 8: "eight", 9: "ninet"}


def ordinal(number: int) -> str:
    """"sixty-third" for 63: the round's name in the auditor's and settler's prompts (20-99)."""
    tens, unit = divmod(number, 10)
    if tens not in _TENS:
        return f"number {number}"
    return f"{_TENS[tens]}ieth" if unit == 0 else f"{_TENS[tens]}y-{_UNITS[unit - 1]}"


def _fill(text: str, values: dict[str, str]) -> str:
    for token, value in values.items():
        text = text.replace(token, value)
    return text


def _lists(round_number: int) -> list[int]:
    first = 6 * (round_number - 6) + 1  # the sixth round walked lists 1-6 (as make_workspace.py)
    return list(range(first, first + 6))


def readers(workspace: str, round_number: int, first_a: int, first_b: int, out: Path) -> None:
    rules = (HERE.parent / "PROMPT6.md").read_text("utf-8").replace("/work/labels6", workspace)
    lists = _lists(round_number)
    tasks = {}
    for offset, number in enumerate(lists):
        name = f"reader-a{first_a + offset}"
        tasks[name] = _fill((HERE / "tasks/first.md").read_text("utf-8"),
                            {"WORKSPACE": workspace, "READER": name, "LIST": str(number)})
    for name, which, chosen in ((f"reader-b{first_b}", "FIRST", lists), (f"reader-b{first_b + 1}", "SECOND", lists[:3])):
        tasks[name] = _fill((HERE / "tasks/second.md").read_text("utf-8"), {
            "WORKSPACE": workspace, "READER": name, "WHICH": which,
            "LISTS": ", ".join(str(number) for number in chosen)})
    out.mkdir(parents=True, exist_ok=True)
    for name, task in tasks.items():
        (out / f"{name}.txt").write_text(rules.rstrip("\n") + "\n\n" + task, "utf-8")
        print(out / f"{name}.txt")


def resume(out: Path, names: list[str]) -> None:
    """Add ``tasks/resume.md`` to the prompts of readers whose earlier session stopped part way (the
    sixtieth round's readers ran out of look-ups): the new reader keeps the earlier one's files, walks
    again a row it had not finished, and goes on from the next. Adding it twice changes nothing."""
    section = (HERE / "tasks/resume.md").read_text("utf-8")
    for name in names:
        path = out / f"{name}.txt"
        text = path.read_text("utf-8")
        if section not in text:
            path.write_text(text.rstrip("\n") + "\n\n" + section, "utf-8")
        print(path)


def single(kind: str, workspace: str, round_number: int, out: Path) -> None:
    folder = Path(workspace) / f"{kind}{round_number}"
    readers_walked = ", ".join(sorted(path.name for path in folder.glob("walk-reader-*.tsv"))) or "see the folder"
    text = _fill((HERE / f"tasks/{kind}.md").read_text("utf-8"), {
        "WORKSPACE": workspace, "ROUND": str(round_number),
        "ORDINAL": ordinal(round_number), "READERS": readers_walked})
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{kind}{round_number}.txt").write_text(text, "utf-8")
    print(out / f"{kind}{round_number}.txt")


def main() -> None:
    kind = sys.argv[1]
    if kind == "readers":
        readers(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), Path(sys.argv[6]))
    elif kind == "resume":
        resume(Path(sys.argv[2]), sys.argv[3:])
    else:
        single(kind, sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))


if __name__ == "__main__":
    main()
