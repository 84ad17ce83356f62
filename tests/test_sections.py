"""Sections however they are written: a heading that carries its value,
content that is not prose, a page title as an H2, options in a table or
under sub-headings, a reason after the chosen option, the template read
from the weight of evidence, and what is or is not template text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from adr_lint import knowledge
from adr_lint.checks.context import Options
from adr_lint.document import Document
from adr_lint.engine import Linter
from adr_lint.knowledge import KnowledgeBase

LINTER = Linter(knowledge.load(), Options(select=("S",)))


def findings(text: str, name: str = "0012-use-a-queue.md") -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in LINTER.lint_text(text, name, path=name).findings]


def codes(text: str, name: str = "0012-use-a-queue.md") -> list[str]:
    return [code for code, _ in findings(text, name)]


NYGARD = """\
# 12. Use a queue for invoices

Date: 2023-01-02

## Status

Accepted

## Context

Invoices arrive in bursts.

## Decision

We will put them on a queue.

## Consequences

One more service to run.
"""

MADR = """\
# Use a queue for invoices

## Context and Problem Statement

Invoices arrive in bursts.

## Considered Options

* A queue
* A bigger database

## Decision Outcome

Chosen option: "A queue", because it absorbs bursts.
"""


# -- a heading that carries its value ---------------------------------------


@pytest.mark.parametrize(
    ("heading", "role", "value"),
    [
        ("## Status: Accepted", "status", "Accepted"),
        ("## Decision: use a message queue", "decision", "use a message queue"),
        ("### Decision Outcome: Use X", "decision", "Use X"),
        ("## Date: 2023-01-02", "date", "2023-01-02"),
        ("## Decision Outcome - Billing", "decision", "Billing"),
        ("## 3. Context: why now", "context", "why now"),
        ("## Status:Proposed", "status", "Proposed"),
    ],
)
def test_a_heading_carries_its_value(
    parse: Callable[[str], Document], heading: str, role: str, value: str
) -> None:
    record = parse(f"# Pick a queue\n\n{heading}\n\n## Links\n\nNone.\n").record
    section = record.sections[0]
    assert section.role == role
    assert section.blocks[1].text == value and section.blocks[1].line == 3


@pytest.mark.parametrize(
    "heading",
    [
        "## Option 1: Kafka",
        "## Lessons: what we learned",
        "# Decision: use a queue",
        "## Decision-making in the guild",
    ],
)
def test_a_colon_in_other_headings_splits_nothing(
    parse: Callable[[str], Document], heading: str
) -> None:
    doc = parse(f"{heading}\n\nText.\n")
    titles = [s.title for s in doc.record.sections if s.level] + [doc.record.title]
    assert heading.lstrip("# ") in titles


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("## Status\n\nAccepted\n", "## Status: Accepted\n"),
        ("## Decision\n\nWe will put them on a queue.\n", "## Decision: a queue\n"),
        ("Date: 2023-01-02\n", "## Date: 2023-01-02\n"),
    ],
)
def test_nygard_sections_written_as_heading_values(old: str, new: str) -> None:
    assert codes(NYGARD.replace(old, new)) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("## Decision Outcome\n\n", "### Decision Outcome: A queue\n\n"),
        ("## Decision Outcome\n\n", "## Decision Outcomes\n\n"),
        ("## Considered Options", "## Options considered"),
        ("## Decision Outcome\n\n", "## Decision Outcome - Billing\n\n"),
    ],
)
def test_madr_sections_written_otherwise(old: str, new: str) -> None:
    assert codes(MADR.replace(old, new)) == []


# -- what a section holds ----------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "```\nqueue/\n  invoices/\n```",
        "    GET /invoices\n    200 OK",
        "![The flow](flow.png)",
        "| Kafka | RabbitMQ |\n| --- | --- |",
        '<img src="flow.png" alt="">',
        "<table><tr><td>Kafka</td></tr></table>",
        "<details><summary>Log</summary>\n\nOld output\n\n</details>",
        "- ![](a.png)\n- ![](b.png)",
    ],
)
def test_a_section_with_only_a_figure_is_not_empty(content: str) -> None:
    text = NYGARD.replace("One more service to run.", content)
    assert "S008" not in codes(text)


@pytest.mark.parametrize("content", ["", "<!-- Describe the consequences. -->", "---"])
def test_a_section_with_nothing_or_a_comment_is_empty(content: str) -> None:
    text = NYGARD.replace("One more service to run.", content)
    assert ("S008", 17) in findings(text)


@pytest.mark.parametrize(
    ("front", "heading", "title"),
    [
        ("title: Use a queue", "## ADR 12: Use a queue", "ADR 12: Use a queue"),
        ("title: Use a queue", "## Use a queue", "Use a queue"),
        ("title: 'ADR-0012: Use a queue'", "### Use a queue", "Use a queue"),
    ],
)
def test_an_h2_that_repeats_the_title_is_the_title(
    parse: Callable[[str], Document], front: str, heading: str, title: str
) -> None:
    text = f"---\n{front}\n---\n\n{heading}\n\n## Context\n\nBursts.\n"
    record = parse(text).record
    assert (record.title, record.title_line) == (title, 5)
    assert [s.title for s in record.sections if s.level] == ["Context"]
    assert "S008" not in codes(text)


def test_an_h2_that_is_another_heading_stays_a_section(
    parse: Callable[[str], Document],
) -> None:
    record = parse("---\ntitle: Use a queue\n---\n\n## Background\n\nB.\n").record
    assert record.title == "Use a queue"
    assert [s.title for s in record.sections if s.level] == ["Background"]


# -- options -----------------------------------------------------------------

ONE_BULLET = "* We looked at these:\n\n"


@pytest.mark.parametrize(
    "listing",
    [
        ONE_BULLET
        + "| Option | Cost |\n| --- | --- |\n| A queue | low |\n| A bigger database | high |\n",
        ONE_BULLET
        + "### Option 1: A queue\n\nCheap.\n\n### Option 2: A bigger database\n\nCostly.\n",
        ONE_BULLET + "### A queue\n\nCheap.\n\n### A bigger database\n\nCostly.\n",
        "* A queue\n\n### A bigger database\n\nCostly.\n",
    ],
)
def test_options_in_a_table_or_under_subheadings_count(listing: str) -> None:
    text = MADR.replace("* A queue\n* A bigger database\n", listing)
    assert "S011" not in codes(text)


@pytest.mark.parametrize(
    "listing",
    [
        "* A queue\n",
        "* A queue\n\n| Option |\n| --- |\n",
        "* A queue\n  Pros:\n",
    ],
)
def test_one_option_is_still_too_few(listing: str) -> None:
    text = MADR.replace("* A queue\n* A bigger database\n", listing)
    assert "S011" in codes(text)


# -- the reason for the chosen option ----------------------------------------


@pytest.mark.parametrize(
    "outcome",
    [
        'Chosen option: "A queue". It absorbs bursts without new hardware.',
        'Chosen option: "A queue".\nIt absorbs bursts without new hardware.',
        'Chosen option: "A queue".\n\nIt absorbs bursts without new hardware.',
        'Chosen option: **"A queue"**, 버스트를 흡수하기 때문입니다 그리고 저렴합니다.',
        'Chosen option: "A queue" — it absorbs every burst.',
        'Chosen option: "A queue".\n\n### Rationale\n\nIt absorbs bursts.',
        # MADR's own structure carries it: the outcome's good consequences,
        # or the options' pros ("comes out best, see below").
        'Chosen option: "A queue".\n\n### Positive Consequences\n\n* Bursts are absorbed.',
        'Chosen option: "A queue".\n\n## Pros and Cons of the Options\n\n* Good, because it is cheap.',
        'Chosen option: "A queue".\n\n### Benefits\n\nNo new hardware.',
    ],
)
def test_a_reason_after_the_chosen_option(outcome: str) -> None:
    text = MADR.replace('Chosen option: "A queue", because it absorbs bursts.', outcome)
    assert "S010" not in codes(text)


@pytest.mark.parametrize(
    "outcome",
    [
        'Chosen option: "A queue".',
        "Chosen option: A queue, a bigger database and more.",
        'Chosen option: "A queue".\n\n### Negative Consequences\n\n* More to run.',
        # An empty pros heading carries nothing.
        'Chosen option: "A queue".\n\n### Positive Consequences\n',
    ],
)
def test_no_reason_after_the_chosen_option(outcome: str) -> None:
    text = MADR.replace('Chosen option: "A queue", because it absorbs bursts.', outcome)
    assert "S010" in codes(text)


# -- the template, from the weight of evidence --------------------------------


@pytest.mark.parametrize(
    ("drop", "missing"),
    [
        (
            (
                "## Context\n\nInvoices arrive in bursts.\n\n",
                "## Consequences\n\nOne more service to run.\n",
            ),
            [("S007", 1), ("S007", 1)],
        ),
        (
            (
                "## Status\n\nAccepted\n\n",
                "## Context\n\nInvoices arrive in bursts.\n\n",
            ),
            [("S003", 1), ("S007", 1)],  # the status once, as S003
        ),
        (
            (
                "## Decision\n\nWe will put them on a queue.\n\n",
                "## Consequences\n\nOne more service to run.\n",
            ),
            [("S007", 1), ("S007", 1)],
        ),
    ],
)
def test_a_numbered_dated_record_with_two_nygard_sections_is_nygard(
    drop: tuple[str, str], missing: list[tuple[str, int]]
) -> None:
    text = NYGARD
    for part in drop:
        text = text.replace(part, "")
    assert findings(text) == missing


def test_two_nygard_sections_without_the_adr_tools_header_are_no_template() -> None:
    text = NYGARD.replace("Date: 2023-01-02\n\n", "").replace("# 12. ", "# ")
    text = text.replace("## Context\n\nInvoices arrive in bursts.\n\n", "")
    text = text.replace("## Consequences\n\nOne more service to run.\n", "")
    assert codes(text) == []


@pytest.mark.parametrize(
    "extra",
    [
        "## Options\n\n* A queue\n* A bigger database\n\n",
        "## Alternatives\n\n* A bigger database\n* Batch at night\n\n",
        "## Considered Options\n\n* A queue\n* A bigger database\n\n",
        "## Decision Drivers\n\n* Cost\n\n",
    ],
)
def test_one_extra_heading_keeps_a_nygard_record_nygard(extra: str) -> None:
    text = NYGARD.replace("## Decision\n", extra + "## Decision\n")
    assert codes(text) == []
    missing = text.replace("## Consequences\n\nOne more service to run.\n", "")
    assert codes(missing) == ["S007"]


def test_madr_still_wins_on_its_own_headings() -> None:
    text = MADR.replace(
        "## Decision Outcome", "## Status\n\nAccepted\n\n## Decision Outcome"
    )
    assert codes(text) == []


# -- template text -------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "# Title",
        "# {short title of solved problem and solution}",
        "# Short title of solved problem",
        "# 12. Title",
        "# NUMBER. TITLE",
        "# [Title of the ADR]",
        "# ADR-XXX: Title",
    ],
)
def test_a_title_left_as_the_template_wrote_it(title: str) -> None:
    text = NYGARD.replace("# 12. Use a queue for invoices", title)
    assert ("S009", 1) in findings(text)


@pytest.mark.parametrize(
    "title",
    [
        "# 12. Use a queue for invoices",
        "# 12. Title insurance records",
        "# 12. Titles in the catalogue",
    ],
)
def test_a_real_title_is_no_placeholder(title: str) -> None:
    assert "S009" not in codes(NYGARD.replace("# 12. Use a queue for invoices", title))


@pytest.mark.parametrize(
    "prose",
    [
        "The bound is $\\frac{X - 2F}{F}$ cycles.",
        "It takes $\\{x \\mid x > 1\\}$ steps.",
        "Each $v_{i j}$ is a weight.",
        "The type is `Status { get; private set; }` on `Order`.",
        "Statuses are ∈ {`draft`, `live`, `done`}.",
        'Bind it with {"domains": "example.gov"} as the JSON.',
        # an object literal quoted in prose
        "Parse it with `DateTime.fromISO(s, { setZone: true })` instead.",
        "Call parse(s, { strict: true, zone: utc }) on each payload.",
        "The options are { retries: 3, backoff: exponential } by default.",
        "Tag it `maps to: #{issue number}` or write #{issue number} in the body.",
        "Use ${HOME dir} and %{user name} there.",
        # a site generator's shortcodes
        "The list: {{< adr-list >}} and {{% notice info %}}.",
        # a site generator's variables in doubled braces
        "The page shows {{ .Title }} and {{ page.date }} here.",
        "Rendered with {{ site.baseurl }}/{{ adr.slug }}.",
    ],
)
def test_braces_that_are_maths_code_or_data_are_no_placeholder(prose: str) -> None:
    text = NYGARD.replace("Invoices arrive in bursts.", prose)
    assert "S009" not in codes(text)


@pytest.mark.parametrize(
    "prose",
    [
        "{Describe the context and problem statement}",
        "See [{Link name}](link to a resource).",
        "Chosen because {justification, e.g. only option}.",
        "The cost is $5 and {the rest goes here}.",
        # MADR's list of statuses, left as the template wrote it
        "Status: [draft | proposed | rejected | accepted | deprecated]",
        "Status: draft [ accepted | deprecated | superseded by ADR-0005 ]",
        "[proposed | rejected | accepted | deprecated | … ]",
        # a template's capitalised tag in doubled braces
        "Deciders: {{ DECIDERS }}",
        "Ticket: {{ TBC }}",
        "Technical story: {{ TECH STORY }}",
    ],
)
def test_placeholders_in_braces_are_still_found(prose: str) -> None:
    text = NYGARD.replace("Invoices arrive in bursts.", prose)
    assert ("S009", 11) in findings(text)


@pytest.mark.parametrize(
    "value",
    [
        "2026-07-26 (original), revised 2026-08-14",
        "Opened 2026-08-08 after the pilot",
        "2025-01-09, at the architecture forum",
    ],
)
def test_an_iso_date_with_words_around_it_is_iso(value: str) -> None:
    text = f"# 3. Use a queue\n\nDate: {value}\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nSo.\n"
    assert "S006" not in codes(text)


@pytest.mark.parametrize(
    "value", ["Opened 2026-13-08 after the pilot", "4 March 2021", "03/04/2021 or so"]
)
def test_dates_in_words_are_still_checked(value: str) -> None:
    text = f"# 3. Use a queue\n\nDate: {value}\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nSo.\n"
    assert "S006" in codes(text)


@pytest.mark.parametrize("status", ["Superseded by ADR 9", "Deprecated", "Rejected"])
def test_history_is_not_asked_to_complete_its_reasoning(status: str) -> None:
    empty = "# 3. Use a queue\n\nDate: 2024-01-02\n\n## Status\n\n{}\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\n### Neutral\n\n"
    assert "S008" in codes(empty.format("Accepted"))
    assert "S008" not in codes(empty.format(status))


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Alternative options considered for the CD interface", "options"),
        ("Consequences of splitting the layers", "consequences"),
        ("Decision drivers for the billing API", "drivers"),
        # A field's section must be named alone; other words name nothing.
        ("Status quo", None),
        ("Feature management", None),
        ("How the decision will be rolled out to every team", None),
    ],
)
def test_a_section_name_with_words_around_it(
    kb: KnowledgeBase, heading: str, role: str | None
) -> None:
    assert kb.language.sections.heading_role(heading) == role


def test_options_as_subheadings_anywhere_count_for_the_template() -> None:
    text = (
        "# Feature flags\n\n## Context and Problem Statement\n\nWhich flag system?\n\n"
        "## Feature management\n\n### Option 1: Config files\n\nSimple.\n\n"
        "### Option 2: A flag service\n\nFlexible.\n\n"
        '## Decision Outcome\n\nChosen option: "Option 2", because teams toggle flags.\n'
    )
    assert "S007" not in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "We decided against FastAPI and chose Flask.",
        "Decision deferred until the spike ends.",
        "Context matters less than the outcome here.",
    ],
)
def test_a_sentence_that_opens_with_a_section_name_is_no_section(
    kb: KnowledgeBase, sentence: str
) -> None:
    assert kb.language.sections.role(sentence) is None
    assert kb.language.sections.heading_role(sentence) is None


WEIGHED = (
    "# Cache the catalogue\n\n## Context and Problem Statement\n\nPages are slow.\n\n"
    '## Decision Outcome\n\nChosen option: "Redis", because it is shared.\n\n{body}'
)


@pytest.mark.parametrize(
    "body",
    [
        "### Redis\n\n- Good, because it is shared\n- Bad, because one more service\n\n"
        "### In-process cache\n\n- Good, because nothing to run\n- Bad, because cold starts\n",
        "### Redis\n\n* Pro: shared between pods\n* Con: a network hop\n\n"
        "### Memcached\n\n* Pro: simple\n* Con: no persistence\n",
        "#### Redis\n\n- ✅ shared\n- ❌ one more service\n\n"
        "#### Local memory\n\n- ✅ free\n- ❌ lost on restart\n",
    ],
)
def test_options_weighed_under_their_own_subheadings_count(body: str) -> None:
    assert "S007" not in codes(WEIGHED.format(body=body))


@pytest.mark.parametrize(
    "body",
    [
        "### Rollout\n\n- Deploy Redis\n- Switch reads\n\n### Risks\n\n- Stale pages\n",
        "### Redis\n\n- Good, because it is shared\n- Bad, because one more service\n",
        "### Redis\n\n- Good, because shared\n- Deploy\n- Monitor\n- Tune\n\n"
        "### Memcached\n\n- Good, because simple\n- Deploy\n- Monitor\n",
    ],
)
def test_subheadings_that_weigh_no_two_options_are_no_options(body: str) -> None:
    assert "S007" in codes(WEIGHED.format(body=body))


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        # a section name in the singular where the template has the plural
        ("Consequence", "consequences"),
        ("Considered Option", "options"),
        ("Decision Driver", "drivers"),
    ],
)
def test_a_section_name_in_the_singular(
    kb: KnowledgeBase, heading: str, role: str
) -> None:
    assert kb.language.sections.heading_role(heading) == role


@pytest.mark.parametrize(
    "heading",
    [
        "#### Two more examples of the queue are in the Links section.",
        "##### See the appendix for the benchmark we ran last year.",
        "#### This part is kept short on purpose, as agreed in review!",
    ],
)
def test_a_sentence_set_as_a_minor_heading_is_a_note(heading: str) -> None:
    text = NYGARD.replace(
        "Invoices arrive in bursts.", f"Invoices arrive.\n\n{heading}"
    )
    assert "S008" not in codes(text)


def test_a_short_minor_heading_with_nothing_under_it_is_empty() -> None:
    text = NYGARD.replace(
        "Invoices arrive in bursts.", "Invoices arrive.\n\n#### Risks"
    )
    assert "S008" in codes(text)


@pytest.mark.parametrize(
    "item",
    [
        # An empty sub-item under a line of a list underlines it as a setext
        # heading inside the item; it is the item's text, not a section.
        "- Hosting: the cluster we have\n  -",
        "- Owner: platform team\n  - Backup: nightly\n- Region: eu-west\n  -",
        "1. Broker: RabbitMQ\n   -",
    ],
)
def test_a_heading_inside_a_list_item_is_no_section(item: str) -> None:
    text = NYGARD.replace("Invoices arrive in bursts.", f"Invoices arrive.\n\n{item}")
    assert "S008" not in codes(text)
    assert codes(text) == codes(NYGARD)


NYGARD_WITH_ALTERNATIVES = (
    "# 7. Keep sessions in Redis\n\nDate: 2025-02-11\n\n## Status\n\nAccepted\n\n"
    "## Context\n\nSessions vanish on deploys.\n\n## Decision\n\n{decision}\n\n"
    "## Consequences\n\nOne more service to run.\n\n## {heading}\n\n"
    "- **Sticky sessions on the load balancer.** Dropped: deploys still lose them.\n"
)


@pytest.mark.parametrize(
    "heading", ["Alternatives considered", "Other options", "Rejected alternatives"]
)
def test_alternatives_set_aside_beside_the_decision_are_two_options(
    heading: str,
) -> None:
    text = NYGARD_WITH_ALTERNATIVES.format(
        decision="We keep sessions in Redis.", heading=heading
    )
    assert "S011" not in codes(text)


@pytest.mark.parametrize(
    ("decision", "heading"),
    [
        # no Decision stated beside the one alternative
        ("", "Alternatives considered"),
        # a list of every option weighed holds the chosen one too
        ("We keep sessions in Redis.", "Options considered"),
        ("We keep sessions in Redis.", "Considered options"),
    ],
)
def test_one_option_among_all_weighed_is_too_few(decision: str, heading: str) -> None:
    text = NYGARD_WITH_ALTERNATIVES.format(decision=decision, heading=heading)
    assert "S011" in codes(text)


@pytest.mark.parametrize(
    "prose", ["TODO: say why.", "todo", "Todo - fill in", "TODO write the context"]
)
def test_a_todo_marker_is_template_text(prose: str) -> None:
    text = NYGARD.replace("Invoices arrive in bursts.", prose)
    assert ("S009", 11) in findings(text)


@pytest.mark.parametrize(
    "prose",
    [
        # the word of Spanish, Portuguese and Catalan, opening a sentence
        "Todo código generado pasa por revisión.",
        "Todo o time revisa cada mudança.",
        "Todo el tráfico pasa por la pasarela.",
    ],
)
def test_the_word_todo_opening_a_sentence_is_prose(prose: str) -> None:
    text = NYGARD.replace("Invoices arrive in bursts.", prose)
    assert "S009" not in codes(text)
