"""Requirements that contradict the chosen framework, for every criterion,
in both directions and under negation, citing the sources."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from adr_lint.engine import FileReport
from adr_lint.findings import Finding

ALL_COVERED = (
    "Throughput matters. Team familiarity matters. An admin interface matters. "
    "Async support matters. Flexibility matters."
)


def adr(requirement: str, framework: str) -> str:
    return (
        f"# 1. Web framework\n\n## Status\n\nAccepted\n\n## Context\n\n{ALL_COVERED}\n\n"
        f"{requirement}\n\n## Decision\n\nWe will use {framework}.\n"
    )


def bare(context: str, framework: str) -> str:
    """A framework ADR whose Context is `context` alone."""
    return (
        f"# 1. Web framework\n\n## Status\n\nAccepted\n\n## Context\n\n{context}\n\n"
        f"## Decision\n\nWe will use {framework}.\n"
    )


def contradictions(report: FileReport) -> list[Finding]:
    return [f for f in report.findings if f.kind in ("mismatch", "disputed")]


# (requirement sentence, framework it contradicts, framework it fits)
MISMATCHES = [
    # a framework wanted to set the structure, against the one that leaves it
    (
        "customisation",
        "M005",
        "The framework we pick must enforce one layout on every squad.",
        "Flask",
        "Django",
    ),
    (
        "customisation",
        "M005",
        "We need a framework that prescribes where models and views live.",
        "Flask",
        "Django",
    ),
    (
        "customisation",
        "M005",
        "With juniors only, we need an enforced structure for the code.",
        "Flask",
        "Django",
    ),
    ("scale", "M001", "We expect 2 million requests per day.", "Flask", "Django"),
    ("scale", "M001", "It is a tiny single-purpose service.", "Django", "Flask"),
    (
        "team-size",
        "M002",
        "A team of 25 developers will maintain it.",
        "Flask",
        "Django",
    ),
    ("admin", "M003", "Staff need a back office from day one.", "Flask", "Django"),
    (
        "async",
        "M004",
        "The service must be async end to end, with WebSockets.",
        "Django",
        "FastAPI",
    ),
    # plain Flask under heavy async I/O: the sources want an async library
    (
        "async",
        "M004",
        "Every dashboard keeps a websocket open and gets each price pushed to it.",
        "Flask",
        "FastAPI",
    ),
    (
        "customisation",
        "M005",
        "We need full control over every component.",
        "Django",
        "Flask",
    ),
    # the same needs in other words
    (
        "admin",
        "M003",
        "Support staff must be able to edit records through an admin interface.",
        "Flask",
        "Django",
    ),
    ("async", "M004", "Every endpoint must be non-blocking.", "Django", "FastAPI"),
    (
        "team-size",
        "M002",
        "Forty engineers across five squads will work on it.",
        "Flask",
        "Django",
    ),
    (
        "admin",
        "M003",
        "Receptionists must manage bookings in an admin area on launch day.",
        "Flask",
        "Django",
    ),
    (
        "async",
        "M004",
        "The gateway streams from 50k devices over WebSockets.",
        "Django",
        "FastAPI",
    ),
    (
        "customisation",
        "M005",
        "We need to pick the ORM, template engine and auth library ourselves.",
        "Django",
        "Flask",
    ),
    (
        "admin",
        "M003",
        "Account managers need CRUD screens to edit contracts themselves.",
        "Flask",
        "Django",
    ),
    (
        "admin",
        "M003",
        "Without an admin panel, operations cannot run refunds.",
        "Flask",
        "Django",
    ),
    (
        "admin",
        "M003",
        "Coordinators must be able to edit shifts without touching code.",
        "Flask",
        "Django",
    ),
    (
        "async",
        "M004",
        "Every chat client keeps a socket open and the server pushes messages.",
        "Django",
        "FastAPI",
    ),
    (
        "admin",
        "M003",
        "Support agents need screens to edit customer records.",
        "Flask",
        "Django",
    ),
    (
        "customisation",
        "M005",
        "The request pipeline must be heavily customised.",
        "Django",
        "Flask",
    ),
]


@pytest.mark.parametrize(
    ("criterion", "code", "requirement", "bad", "good"), MISMATCHES
)
def test_contradiction_is_an_error_that_cites_sources(
    lint: Callable[[str], FileReport],
    criterion: str,
    code: str,
    requirement: str,
    bad: str,
    good: str,
) -> None:
    found = contradictions(lint(adr(requirement, bad)))
    assert [(f.rule, f.severity, f.criterion) for f in found] == [
        (code, "error", criterion)
    ]
    finding = found[0]
    assert finding.line == 11  # the requirement's line, which is the evidence
    # One short line that says what to do; the whole case in the detail.
    assert bad in finding.message
    assert f"adr-lint explain {code}" in finding.message
    assert len(finding.message) <= 140
    assert finding.detail is not None and requirement[:20] in finding.detail
    assert finding.sources and all(s.startswith("seed-") for s in finding.sources)
    assert "section \u201c" in finding.detail and "seed-" not in finding.detail


@pytest.mark.parametrize(
    ("criterion", "code", "requirement", "bad", "good"), MISMATCHES
)
def test_same_requirement_fits_the_other_framework(
    lint: Callable[[str], FileReport],
    criterion: str,
    code: str,
    requirement: str,
    bad: str,
    good: str,
) -> None:
    assert contradictions(lint(adr(requirement, good))) == []


NEGATED = [
    ("We don't want a framework that imposes its structure on us.", "Flask"),
    ("We are happy to follow whatever conventions the framework has.", "Flask"),
    ("We do not expect heavy traffic.", "Flask"),
    ("We are not a large team.", "Flask"),
    ("We do not need an admin interface.", "Flask"),
    ("We do not need WebSockets or real-time features.", "Django"),
    ("We don't need full control over the components.", "Django"),
]


@pytest.mark.parametrize(("requirement", "framework"), NEGATED)
def test_negated_requirement_is_no_contradiction(
    lint: Callable[[str], FileReport], requirement: str, framework: str
) -> None:
    assert contradictions(lint(adr(requirement, framework))) == []


LIGHT_LOAD_IS_NOT_A_SMALL_PROJECT = [
    "The system serves about 200 internal users.",
    "Traffic will be light.",
    "We expect a few dozen requests a day.",
]


@pytest.mark.parametrize("requirement", LIGHT_LOAD_IS_NOT_A_SMALL_PROJECT)
def test_light_load_alone_is_no_case_against_django(
    lint: Callable[[str], FileReport], requirement: str
) -> None:
    """The sources call Django more than a small, single-purpose service
    needs; a back office with few users is not such a service."""
    report = lint(adr(requirement, "Django"))
    assert report.criteria["scale"]["requirement"] == "small"
    assert contradictions(report) == []


def test_a_small_project_that_needs_the_admin_is_no_case_against_django(
    lint: Callable[[str], FileReport],
) -> None:
    """The sources call Django more than a small service needs; one whose
    staff need the admin Django ships uses what it brings."""
    small = "It is a small internal app for 800 employees."
    report = lint(
        adr(f"{small} HR officers review changes in an admin screen.", "Django")
    )
    assert report.criteria["admin"]["requirement"] == "required"
    assert contradictions(report) == []
    alone = lint(adr(small, "Django"))
    assert [f.rule for f in contradictions(alone)] == ["M001"]


def test_a_named_admin_extension_answers_the_flask_claim(
    lint: Callable[[str], FileReport],
) -> None:
    """The sources say Flask's admin has to be built or assembled from
    extensions; an ADR that names the extension has weighed that. Saying
    the screens will be built by hand concedes the cost but meets nothing."""
    need = "Staff need a back office from day one."
    named = lint(adr(need, "Flask, with Flask-Admin for the staff screens"))
    assert contradictions(named) == []
    assert named.criteria["admin"]["requirement"] == "required"
    wrapped = lint(adr(need, "Flask,\nwith Flask-Admin for the staff screens"))
    assert contradictions(wrapped) == []  # named on a paragraph's second line
    by_hand = lint(adr(need, "Flask; we will build the staff screens by hand"))
    assert [f.rule for f in contradictions(by_hand)] == ["M003"]
    compared = "Flask. Compared to hand-built screens, Flask-Admin saves weeks."
    assert contradictions(lint(adr(need, compared))) == []


@pytest.mark.parametrize(
    "turned_down",
    [
        "We will not use Flask-Admin; the screens are built by hand.",
        "Flask-Admin was evaluated and rejected as too limited.",
        "Without Flask-Admin, every staff screen is hand-written.",
        "Flask-AppBuilder is not an option for us.",
        "Rather than Flask-Admin, we build the screens by hand.",
        "Instead of Flask-Admin we write our own views.",
    ],
)
def test_an_admin_extension_turned_down_answers_nothing(
    lint: Callable[[str], FileReport], turned_down: str
) -> None:
    """Naming the extension only to reject it leaves the need unmet."""
    need = "Staff need a back office from day one."
    report = lint(adr(need, f"Flask. {turned_down}"))
    assert [f.rule for f in contradictions(report)] == ["M003"]


def test_numbers_decide_the_level(lint: Callable[[str], FileReport]) -> None:
    assert contradictions(lint(adr("We are a squad of five engineers.", "Flask"))) == []
    assert [
        f.rule
        for f in contradictions(
            lint(adr("We are a squad of twenty engineers.", "Flask"))
        )
    ] == ["M002"]


def test_sources_disagree_on_prototypes(lint: Callable[[str], FileReport]) -> None:
    found = contradictions(
        lint(adr("This is an MVP; traffic will be low at first.", "Django"))
    )
    assert [(f.rule, f.severity) for f in found] == [("M100", "info")]
    assert "sources disagree" in found[0].message
    detail = found[0].detail or ""
    assert "For: \u201cDjango vs Flask: Which should You Choose" in detail
    assert "Against:" in detail


def test_structured_front_matter_replaces_prose(
    lint: Callable[[str], FileReport],
) -> None:
    text = "---\nframework: flask\ncriteria:\n  scale: large\n  team-size: 25\n  admin: required\n  async: none\n  customisation: low\n---\n# Backend\n\nNo prose at all.\n"
    report = lint(text)
    assert report.framework == "flask"
    assert {k: v["requirement"] for k, v in report.criteria.items()} == {
        "scale": "large",
        "team-size": 25,
        "admin": "required",
        "async": "none",
        "customisation": "low",
    }
    assert sorted(f.rule for f in report.findings) == ["M001", "M002", "M003"]
    assert all(f.line == 3 for f in report.findings)


@pytest.mark.parametrize(
    ("front", "key", "allowed"),
    [
        (
            "criteria:\n  admin: mandatory",
            "criteria.admin",
            "'required', 'optional', 'none'",
        ),
        ("criteria:\n  speed: high", "criteria", "speed"),
        ("framework: 42", "framework", "is not of type 'string'"),
    ],
)
def test_wrong_structured_value_names_key_and_allowed_values(
    lint: Callable[[str], FileReport], front: str, key: str, allowed: str
) -> None:
    report = lint(f"---\n{front}\n---\n# Backend\n")
    found = [f for f in report.findings if f.rule == "P004"]
    assert len(found) == 1
    assert f"'{key}'" in found[0].message and allowed in found[0].message


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        # Nothing weighed: one finding naming all five.
        ("We need a framework.", ["C000"]),
        ("The service replaces a spreadsheet.", ["C000"]),
        # One weighed: the other four one by one.
        ("The team is three developers.", ["C001", "C003", "C004", "C005"]),
        ("Traffic is low.", ["C002", "C003", "C004", "C005"]),
    ],
)
def test_a_decision_weighing_no_criterion_gets_one_finding(
    lint: Callable[[str], FileReport], context: str, expected: list[str]
) -> None:
    report = lint(bare(context, "Django"))
    found = [f for f in report.findings if f.kind == "missing-criterion"]
    assert [f.rule for f in found] == expected
    if expected == ["C000"]:
        message = found[0].message
        assert all(
            name in message
            for name in ("scale", "team size", "admin", "async", "customisation")
        )
        assert found[0].detail and "C000" in message


def test_every_criterion_and_mismatch_message_says_what_to_do(
    lint: Callable[[str], FileReport],
) -> None:
    report = lint(
        bare("Staff need an admin back office. The team is three people.", "Flask")
    )
    for f in report.findings:
        if f.rule[0] in "CM":
            assert f"adr-lint explain {f.rule}" in f.message
            assert any(w in f.message for w in (": say ", ": name ", ": weigh ")), (
                f.message
            )
            assert len(f.message) <= 120, f.message


@pytest.mark.parametrize(
    "met",
    [
        "Websocket traffic goes through Django Channels with a Redis channels layer.",
        "We deploy under an ASGI server, with async views for the streaming endpoints.",
        "The live feed runs on Daphne.",
    ],
)
def test_a_need_met_inside_the_chosen_stack_is_no_mismatch(
    lint: Callable[[str], FileReport], met: str
) -> None:
    need = "Thousands of clients keep websocket connections open all day."
    assert [f.rule for f in contradictions(lint(adr(need, "Django")))] == ["M004"]
    assert contradictions(lint(adr(f"{need} {met}", "Django"))) == []


def test_a_remedy_turned_down_meets_nothing(lint: Callable[[str], FileReport]) -> None:
    need = "Thousands of clients keep websocket connections open all day."
    text = adr(f"{need} We will not use Django Channels.", "Django")
    assert [f.rule for f in contradictions(lint(text))] == ["M004"]


def parts(context: str, decision: str) -> str:
    return (
        f"# 1. Web framework\n\n## Status\n\nAccepted\n\n## Context\n\n{ALL_COVERED}\n\n"
        f"{context}\n\n## Decision\n\n{decision}\n"
    )


TWO_PARTS = [
    (
        "The bidding service must hold 20,000 concurrent websocket connections.",
        "- Staff portal → Django, for its admin.\n- Bidding service → FastAPI.",
        "django",
        ("fastapi",),
    ),
    (
        "The intake API streams documents asynchronously to storage.",
        "We build the back office with Django, and the intake API with FastAPI.",
        "django",
        ("fastapi",),
    ),
    (
        "The claims handlers need an admin interface to correct claims by hand.",
        "We use FastAPI for the public API and Django for the handlers' console.",
        "fastapi",
        ("django",),
    ),
    # a short label per part, the framework its whole value
    (
        "The ticket scanner must keep 12,000 websocket connections open at once.",
        "- Box office: Django\n- Ticket scanner: FastAPI + Uvicorn",
        "django",
        ("fastapi",),
    ),
    (
        "Editors need an admin interface to fix listings by hand.",
        "**Listings editor** — Django (with its admin)\n\n**Feed API** — FastAPI",
        "django",
        ("fastapi",),
    ),
]


@pytest.mark.parametrize(("context", "decision", "first", "others"), TWO_PARTS)
def test_a_need_one_part_s_framework_fits_is_met(
    lint: Callable[[str], FileReport],
    context: str,
    decision: str,
    first: str,
    others: tuple[str, ...],
) -> None:
    report = lint(parts(context, decision))
    assert (report.framework, report.also_chosen) == (first, others)
    assert contradictions(report) == []


@pytest.mark.parametrize(
    "decision",
    [
        "We use Django and will consider FastAPI later.",
        "We use Django rather than FastAPI.",
        "We will use Django; FastAPI was rejected.",
        "We build it with Django and test it with pytest.",
    ],
)
def test_a_second_name_that_is_not_chosen_is_no_other_part(
    lint: Callable[[str], FileReport], decision: str
) -> None:
    report = lint(parts("Nothing more.", decision))
    assert (report.framework, report.also_chosen) == ("django", ())


@pytest.mark.parametrize(
    ("context", "decision", "code", "named"),
    [
        (
            "The staff portal needs an admin interface for 30 auctioneers.",
            "- Staff portal → Flask.\n- Bidding service → FastAPI.",
            "M003",
            "Flask",
        ),
        (
            "The bidding service must hold 20,000 concurrent websocket connections.",
            "We build the bidding service with Django, and the staff portal "
            "with FastAPI.",
            "M004",
            "Django",
        ),
        (
            "The intake gateway keeps 15,000 websocket connections open at once.",
            "We use Django for the intake gateway and FastAPI for the reports.",
            "M004",
            "Django",
        ),
    ],
)
def test_a_need_is_judged_against_the_framework_of_the_part_it_names(
    lint: Callable[[str], FileReport],
    context: str,
    decision: str,
    code: str,
    named: str,
) -> None:
    found = contradictions(lint(parts(context, decision)))
    assert [f.rule for f in found] == [code]
    assert f" {named} " in found[0].message


@pytest.mark.parametrize(
    "context",
    [
        # full control, as French, Spanish and Portuguese write it
        "Notre exigence principale est un contrôle total sur chaque composant du"
        " service.",
        "Necesitamos control total sobre cada componente: ORM, serialización y"
        " enrutamiento.",
        "Precisamos de controle total sobre cada componente do serviço.",
    ],
)
def test_full_control_in_other_languages_contradicts_django(
    lint: Callable[[str], FileReport], context: str
) -> None:
    found = contradictions(lint(bare(context, "Django")))
    assert [f.rule for f in found] == ["M005"]
    assert contradictions(lint(bare(context, "Flask"))) == []


@pytest.mark.parametrize(
    "table",
    [
        # every column an option: its cells say what each one offers
        "| Flask | Tornado |\n|---|---|\n| Simple | Handles thousands of concurrent"
        " connections |\n",
        "| Django | FastAPI |\n|---|---|\n| Admin | Async end to end, with WebSockets |\n",
        "| Flask | Sanic | Quart |\n|---|---|---|\n| Small | Copes with 50,000 requests"
        " per second | ASGI |\n",
    ],
)
def test_what_options_offer_in_a_table_is_no_need(
    lint: Callable[[str], FileReport], table: str
) -> None:
    context = f"We compared the options.\n\n{table}"
    assert contradictions(lint(bare(context, "Flask"))) == []


def test_a_table_with_a_column_of_needs_states_them(
    lint: Callable[[str], FileReport],
) -> None:
    table = (
        "| Need | Django | Flask |\n|---|---|---|\n"
        "| The service must be async end to end, with WebSockets | partial | no |\n"
    )
    found = contradictions(lint(bare(f"What we need.\n\n{table}", "Django")))
    assert [f.rule for f in found] == ["M004"]


@pytest.mark.parametrize(
    "context",
    [
        # a back office needed, as Spanish, Portuguese and French write it
        "El equipo de soporte necesita un panel interno para editar pedidos.",
        "A equipe de suporte precisa de um painel administrativo desde o lançamento.",
        "Le service client a besoin d'une interface d'administration pour les"
        " remboursements.",
    ],
)
def test_an_admin_need_in_other_languages_contradicts_flask(
    lint: Callable[[str], FileReport], context: str
) -> None:
    assert [f.rule for f in contradictions(lint(bare(context, "Flask")))] == ["M003"]


@pytest.mark.parametrize(
    "context",
    [
        "No se necesita ningún panel de administración: es una API interna.",
        "Não precisamos de painel administrativo; as regras vivem no Git.",
        "Aucune interface d'administration n'est nécessaire.",
    ],
)
def test_an_admin_need_denied_in_other_languages_is_none(
    lint: Callable[[str], FileReport], context: str
) -> None:
    assert contradictions(lint(bare(context, "Flask"))) == []


@pytest.mark.parametrize(
    "context",
    [
        # a service as small as what it is made of
        "Traffic is light. One endpoint redirects a QR code; no admin is needed.",
        "Load is low: five routes and a single form; nobody needs an admin.",
        "Just a couple of endpoints for the kiosk, light traffic, no admin screens.",
    ],
)
def test_a_service_of_a_few_endpoints_is_a_small_project(
    lint: Callable[[str], FileReport], context: str
) -> None:
    assert [f.rule for f in contradictions(lint(bare(context, "Django")))] == ["M001"]


def test_one_endpoint_per_resource_says_nothing_of_size(
    lint: Callable[[str], FileReport],
) -> None:
    context = "Load is low. The API has one endpoint per resource; no admin is needed."
    assert contradictions(lint(bare(context, "Django"))) == []


@pytest.mark.parametrize(
    "met",
    [
        "The sockets are served by Flask-SocketIO on eventlet workers.",
        "We run gunicorn with gevent workers for the streams.",
        "The streaming endpoints move to Quart, Flask's async twin.",
    ],
)
def test_an_async_library_answers_the_flask_async_claim(
    lint: Callable[[str], FileReport], met: str
) -> None:
    need = "Thousands of clients keep websocket connections open all day."
    assert [f.rule for f in contradictions(lint(adr(need, "Flask")))] == ["M004"]
    assert contradictions(lint(adr(f"{need} {met}", "Flask"))) == []


def test_an_async_need_that_is_only_named_meets_nothing(
    lint: Callable[[str], FileReport],
) -> None:
    need = "Thousands of clients keep websocket connections open; ASGI is a must."
    assert [f.rule for f in contradictions(lint(adr(need, "Flask")))] == ["M004"]
