"""Problems reading a file or its front matter."""

from __future__ import annotations

from collections.abc import Iterator

from adr_lint.checks.context import Context
from adr_lint.findings import Hit, Rule

RULES: tuple[Rule, ...] = (
    Rule(
        "P001",
        "unreadable-file",
        "parse",
        "error",
        "The file cannot be read as UTF-8 Markdown text.",
        """What it does: reports a file that is binary, not valid UTF-8 (or UTF-16
with a byte-order mark), too large to be an ADR, or unreadable.

Why it matters: a gate that silently skips such a file is a gate that lies.

Example that passes: a UTF-8 Markdown file.
Example that fails: a PNG renamed `0007-diagram.md`.""",
    ),
    Rule(
        "P002",
        "invalid-front-matter",
        "parse",
        "error",
        "The front matter (YAML or TOML) cannot be loaded safely.",
        """What it does: reports front matter that is not valid YAML (between
`---` fences) or TOML (between `+++`), never ends, repeats a key, uses YAML
aliases, or nests too deeply.

Why it matters: tools that render ADRs (MADR, log4brains, Jekyll, Hugo,
Zola) read the front matter; a broken block loses the status and date.

Example that passes:
    ---
    status: accepted
    ---
Example that fails:
    ---
    status: [accepted
    ---""",
    ),
    Rule(
        "P003",
        "front-matter-not-mapping",
        "parse",
        "error",
        "The front matter is YAML but not a mapping of keys to values.",
        """What it does: reports front matter that is a list or a plain value.

Why it matters: every ADR tool expects `key: value` pairs there.

Example that passes: `status: accepted`
Example that fails: `- accepted`""",
    ),
    Rule(
        "P004",
        "invalid-structured-requirements",
        "parse",
        "error",
        "The `framework` or `criteria` keys in the front matter have a wrong value.",
        """What it does: validates the structured requirements in the front matter
against schemas/adr-front-matter.schema.json and names the key and the
values it accepts.

Why it matters: structured requirements replace prose analysis; a typo
would silently turn a requirement off.

Example that passes:
    criteria:
      admin: required
Example that fails:
    criteria:
      admin: mandatory""",
    ),
)


EMPTY = Rule(
    "P005",
    "empty-file",
    "parse",
    "error",
    "The file is empty or holds only white space.",
    """What it does: reports an ADR file with no content.

Why it matters: an empty file in the ADR folder is usually a record that
was created and never written, or one whose content was lost in a merge.

Example that passes: any ADR with a title.
Example that fails: a zero-byte `0009-use-kafka.md`.""",
)
OUTSIDE = Rule(
    "P006",
    "link-outside-folder",
    "parse",
    "warning",
    "A symbolic link in the ADR folder leads outside it and is not followed.",
    """What it does: reports a linked `.md` file, found while walking a folder,
whose target lies outside that folder; adr-lint does not read it.

Why it matters: a linter run on a pull request must not be steered into
reading (and quoting) files elsewhere on the machine.

Example that passes: `0003-x.md` as a regular file, or a link to a file in
the same folder.
Example that fails: `0004-x.md -> /etc/passwd`.""",
)


def check(ctx: Context) -> Iterator[Hit]:
    doc, analysis = ctx.doc, ctx.analysis
    front = doc.front_matter
    if front.error:
        code = "P003" if "must be a mapping" in front.error else "P002"
        yield Hit(code, 1, front.error)
    for code, line, message in analysis.problems:
        yield Hit(code, line, message)


RULES = (*RULES, EMPTY, OUTSIDE)
