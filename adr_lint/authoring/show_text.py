"""`adr-lint show` as text: a block per file, the criteria as an aligned
table, and the claim and articles behind each verdict against the choice
as numbered notes under it. Colour only where the check report uses it."""

from __future__ import annotations

import click

from adr_lint.authoring.reading import Choice, Cited, Row, Shown

QUOTE = 30  # characters of a quote in a table cell
COLORS = {
    "fits": "green",
    "mismatch": "red",
    "sources-disagree": "blue",
    "not-addressed": "red",
}
# How a note introduces an article, by the verdict and the article's side.
_LABELS = {
    "mismatch": {"against": "source", "for": "source"},
    "sources-disagree": {"against": "against the choice", "for": "for the choice"},
}
HEADINGS = ("criterion", "addressed", "evidence", "requirement", "verdict")


def render(shown: list[Shown], color: bool) -> str:
    return "\n".join(_file(s, color) for s in shown)


def _file(shown: Shown, color: bool) -> str:
    head = click.style(shown.path, bold=True) if color else shown.path
    fields = [
        ("title", shown.title or "(none)"),
        ("status", shown.status or "(none)"),
        ("template", shown.template),
        ("framework", _choice(shown.choice)),
    ]
    lines = [head, *(f"  {k:<10}  {v}" for k, v in fields)]
    if shown.note:
        lines.append(f"  {'note':<10}  {shown.note}")
    if shown.rows:
        lines += ["", *_table(shown.rows, color), *_notes(shown.rows)]
    elif shown.choice.framework is None:
        lines.append(f"  {'criteria':<10}  not weighed: no framework is chosen")
    return "\n".join(lines) + "\n"


def _choice(choice: Choice) -> str:
    if choice.name and not choice.quote:
        return f"{choice.name}, chosen on line {choice.line}, in the front matter"
    if choice.name:
        also = f"; also {', '.join(choice.others)}" if choice.others else ""
        said = _q(choice.quote, 90)
        return f"{choice.name}, chosen on line {choice.line}: {said}{also}"
    if choice.undecided:
        return (
            "none yet: the record is about choosing one, but its decision "
            f"is not made (line {choice.section_line}: "
            f"{_q(choice.section_quote, 60)})"
        )
    if choice.section_line is None:
        return "none: the record chooses no web framework and has no decision section"
    return (
        "none: the record chooses no web framework; its decision "
        f"(line {choice.section_line}) says {_q(choice.section_quote, 70)}"
    )


def _table(rows: tuple[Row, ...], color: bool) -> list[str]:
    notes = iter(range(1, len(rows) + 1))
    cells = [HEADINGS] + [
        (
            r.name,
            "yes" if r.addressed else "no",
            _at(r.line, r.quote),
            _requirement(r),
            _verdict(r, next(notes) if r.claim else None),
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(HEADINGS) - 1)]
    out = []
    for index, row in enumerate(cells):
        padded = [cell.ljust(w) for cell, w in zip(row, widths, strict=False)]
        last = row[-1]
        if color and index:
            last = click.style(last, fg=COLORS[rows[index - 1].verdict])
        out.append(("  " + "  ".join([*padded, last])).rstrip())
    return out


def _verdict(row: Row, note: int | None) -> str:
    words = row.verdict.replace("-", " ")
    return f"{words} [{note}]" if note else words


def _requirement(row: Row) -> str:
    if row.requirement is None:
        return "-"
    stated = str(row.requirement)
    if row.level and row.level != stated:
        stated += f" ({row.level})"
    if row.requirement_line == row.line and row.requirement_quote == row.quote:
        return f"{stated}, same sentence"
    return f"{stated}, {_at(row.requirement_line, row.requirement_quote)}"


def _at(line: int | None, quote: str | None) -> str:
    if line is None:
        return "-"
    return f"line {line} {_q(quote, QUOTE)}" if quote else f"line {line}"


def _notes(rows: tuple[Row, ...]) -> list[str]:
    """The claim behind each verdict against the choice, numbered as the
    table numbers them, and the articles it cites, named for people."""
    out: list[str] = []
    for number, row in enumerate((r for r in rows if r.claim), start=1):
        out += ["", f"  [{number}] {row.name}: {row.claim}"]
        labels = _LABELS[row.verdict]
        out += [f"      {labels[c.side]}: {_cite(c)}" for c in row.cited]
    return out


def _cite(cited: Cited) -> str:
    by = f" ({cited.publisher})" if cited.publisher else ""
    return f"\u201c{cited.title}\u201d{by}, section \u201c{cited.section}\u201d"


def _q(text: str | None, limit: int) -> str:
    if not text:
        return "(front matter)"
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "\u2026"
    return f"\u201c{text}\u201d"
