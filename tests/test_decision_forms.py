"""Decisions in forms the phrase lists do not spell out: names glued to
scripts written without spaces, MADR's outcome label in other languages,
labels set off by a dash, a negation that stops where a new predicate
starts, records with no sections, and an option the pack does not know
chosen among frameworks it does."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from adr_lint import knowledge
from adr_lint.engine import FileReport

KB = knowledge.load()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("FlaskでAPIを作る", "flask"),
        ("我们用Django开发后台", "django"),
        ("FastAPI를 사용한다", "fastapi"),
        ("รองรับDjangoได้ดี", "django"),
    ],
)
def test_a_name_next_to_an_unspaced_script_is_a_mention(text: str, name: str) -> None:
    found = KB.mentions.search(text)
    assert found is not None and found.text == name


@pytest.mark.parametrize("text", ["django-fsm", "Djangoesque", "flaskier", "éflask"])
def test_a_name_glued_to_a_latin_word_is_not(text: str) -> None:
    assert KB.mentions.search(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a language, a slash, its framework
        ("Chosen option: Python/Flask, as it is small", "flask"),
        ("Node.js/Express for the gateway", "express"),
        ("Ruby / Rails, as before", "rails"),
    ],
)
def test_a_name_after_a_language_and_a_slash_is_a_mention(text: str, name: str) -> None:
    found = KB.mentions.search(text)
    assert found is not None and found.text == name


@pytest.mark.parametrize(
    "text", ["see src/flask/app.py", "github.com/python/django", "python/django-fsm"]
)
def test_a_name_in_a_path_is_not(text: str) -> None:
    assert KB.mentions.search(text) is None


def madr(outcome: str, options: str, title: str = "Backend framework") -> str:
    return (
        f"# {title}\n\n## Context and Problem Statement\n\nWhich web framework?\n\n"
        f"## Considered Options\n\n{options}\n\n## Decision Outcome\n\n{outcome}\n"
    )


CASES = [
    # Japanese and Korean: the choice word follows the name with no space.
    (
        "# 3. 社内ポータルの基盤\n\n## 決定\n\nFastAPIを採用する。既存のDjangoは使わない。\n",
        "fastapi",
    ),
    ("# 5. 주문 서비스\n\n## 결정\n\nFlask를 채택한다.\n", "flask"),
    # MADR's outcome label in other languages, named, quoted or numbered.
    (
        madr(
            'Opção escolhida: "FastAPI", porque as filas exigem I/O assíncrono.',
            "* Django\n* FastAPI",
        ),
        "fastapi",
    ),
    (
        madr(
            "Opción elegida: 2, porque el equipo ya la conoce.", "1. Django\n2. Flask"
        ),
        "flask",
    ),
    (
        madr(
            "Gewählte Option: „Django“, weil das Admin fertig ist.", "* Flask\n* Django"
        ),
        "django",
    ),
    (
        madr(
            "Option retenue : « Flask », car le service est minuscule.",
            "* Django\n* Flask",
        ),
        "flask",
    ),
    (
        madr('Phương án được chọn: "Django", vì đội đã quen.', "* Django\n* FastAPI"),
        "django",
    ),
    # A label set off by a dash rather than a colon.
    (
        "# Inventory API\n\nStatus — proposed\n\nContext — stock levels are polled.\n\n"
        "Decision — Django with DRF.\n",
        "django",
    ),
    (
        "# Web tier\n\nDecision - Flask.\n\nRejected - Django (too much for one form).\n",
        "flask",
    ),
    ("# Web tier\n\nDecision – FastAPI and Uvicorn.\n", "fastapi"),
    # The negation governs its own clause; a new predicate after a break chooses.
    (
        "# Framework\n\n## Decision\n\nNone of us has built a Go service, so we will use Flask.\n",
        "flask",
    ),
    (
        "# Framework\n\n## Decision\n\nSince the team never ran an async stack in production, "
        "we settled on Django.\n",
        "django",
    ),
    (
        "# Framework\n\n## Decision\n\nWe haven't outgrown the monolith, and we keep Django.\n",
        "django",
    ),
    # "go for" as "go with".
    ("# Framework\n\n## Decision\n\nWe'll go for FastAPI.\n", "fastapi"),
    ("# Framework\n\n## Decision\n\nGoing for Django here.\n", "django"),
    # A record with no sections, choosing in its only paragraph.
    (
        "# 12. Framework for the webhook relay\n\nA few hundred calls a day. "
        "We'll go for Flask and keep it to one module.\n",
        "flask",
    ),
    # A Decision that approves the proposal stated before it.
    (
        "# Catalogue service\n\n## Context\n\nIrene proposes FastAPI, since the "
        "catalogue is read-heavy.\n\n## Decision\n\nApproved as proposed.\n",
        "fastapi",
    ),
    (
        "# Catalogue service\n\n## Context\n\nProposal (platform guild): write the "
        "service as a Flask app.\n\n## Decision\n\nAccepted, as written above.\n",
        "flask",
    ),
    (
        "# Catalogue service\n\n## Context\n\nWe suggest Django rather than "
        "Flask.\n\n## Decision\n\nAgreed, see above.\n",
        "django",
    ),
    # Keeping the current framework, in other languages.
    ("# Serviço de faturas\n\n## Decisão\n\nMantemos Django 4.2.\n", "django"),
    ("# Servicio de facturas\n\n## Decisión\n\nSeguimos con Flask.\n", "flask"),
    ("# Service de factures\n\n## Décision\n\nNous gardons FastAPI.\n", "fastapi"),
    ("# Rechnungsdienst\n\n## Entscheidung\n\nWir bleiben bei Django.\n", "django"),
    # Italian.
    ("# Servizio ordini\n\n## Decisione\n\nAdottiamo Flask per le API.\n", "flask"),
    (
        madr('Opzione scelta: "Django", perché serve l\'admin.', "* Flask\n* Django"),
        "django",
    ),
    ("# Servizio ordini\n\n## Esito della decisione\n\nFastAPI.\n", "fastapi"),
    # A Decision section titled as what the team does.
    (
        "# Web tier\n\n### What we're doing\n\nFlask, one module per endpoint.\n",
        "flask",
    ),
    ("# Web tier\n\n## What we are going to do\n\nBuild it on Django.\n", "django"),
    ("# Web tier\n\n## What we picked\n\nFastAPI.\n", "fastapi"),
    # Parts of the system and the framework each gets, the first one first.
    (
        "# Stack\n\n## Decision\n\n- **Public API → FastAPI** for the async calls.\n"
        "- **Staff console → Django**, for its admin.\n",
        "fastapi",
    ),
    ("# Stack\n\n## Decision\n\nWebhooks receiver -> Flask.\n", "flask"),
    ("# Stack\n\n## Decision\n\nAdmin tool ⇒ Django, reusing the models.\n", "django"),
    # A request flow drawn with arrows in the Context chooses nothing there.
    (
        "# Stack\n\n## Context\n\nToday: browser → Flask → Postgres.\n\n"
        "## Decision\n\nWe will use Django.\n",
        "django",
    ),
    # An option the pack does not know, among options that are frameworks.
    (
        madr(
            'Chosen option: "Robyn", because of its Rust core.',
            "* Robyn\n* FastAPI\n* Flask",
        ),
        "robyn",
    ),
    (
        madr(
            "Chosen option: BlackSheep, because it is fastest.",
            "* BlackSheep\n* Django\n* FastAPI",
        ),
        "blacksheep",
    ),
    (
        madr(
            'Chosen option: "Emmett"',
            "### Emmett\n\nSmall.\n\n### Flask\n\nKnown.\n\n### Django\n\nBig.",
        ),
        "emmett",
    ),
    # Headings that name the decision with a clause.
    ("# Web tier\n\n## Where we landed\n\nFlask, for the small team.\n", "flask"),
    ("# Web tier\n\nWhere we ended up\n\nWe go with FastAPI.\n", "fastapi"),
    ("# API\n\n### What the team settled on\n\nDjango with DRF.\n", "django"),
    # Q&A records: the answer that opens with one name of those asked about.
    (
        "# Booking API\n\n**Q: Flask or FastAPI?**\nA: FastAPI. The calls are I/O-bound.\n",
        "fastapi",
    ),
    (
        "# Admin portal\n\n## FAQ\n\nQ. Which framework do we build the portal with?\n\n"
        "A. Django, because the staff need its admin.\n",
        "django",
    ),
    (
        "# Gateway\n\n### Express, Koa or Fastify?\n\n**Fastify** (v4).\n\n"
        "### Who runs it?\n\nThe edge team.\n",
        "fastify",
    ),
    # The same toolkits chosen for a project that is not on the framework yet.
    (
        "# 1. Backend\n\n## Context\n\nA new API.\n\n## Decision\n\n"
        "We will use Django REST framework.\n",
        "django",
    ),
    (
        "# API\n\n## Context\n\nWe already use Flask for the old site.\n\n"
        "## Decision\n\nWe will use Django.\n",
        "django",
    ),
    # A web framework's title, and a name the pack does not list opening
    # the Decision: the name reads as one (a mark inside it, or written with
    # its capital mid-sentence elsewhere).
    (
        "# 3. Web framework\n\n## Decision\n\nSvelteKit with TypeScript, on Vercel.\n",
        "sveltekit",
    ),
    (
        "# Backend framework\n\n## Context\n\nThe team has built two services in "
        "Laravel before.\n\n## Decision\n\nLaravel, because the team knows it.\n",
        "laravel",
    ),
    (
        "# Framework web\n\n## Contexto\n\nO time já conhece Phoenix e Elixir.\n\n"
        "## Decisão\n\nUsar Phoenix.\n",
        "phoenix",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_chosen(lint: Callable[[str], FileReport], text: str, expected: str) -> None:
    assert lint(text).framework == expected


NOT_CHOSEN = [
    # The negation is what the choice words are said of.
    "# Framework\n\n## Decision\n\nWe decided not to adopt Django.\n",
    "# Framework\n\n## Decision\n\nWe will not go for Flask.\n",
    # Options that are mostly not frameworks: a tool, not a framework.
    madr(
        "Chosen option: Huey, because it is small.",
        "* Huey\n* Celery\n* Django",
        "Task queue",
    ),
    madr(
        "Chosen option: Yoyo, because of plain SQL.",
        "* Yoyo\n* Alembic\n* Flyway\n* Django",
        "Migrations",
    ),
    # A proposal that the Decision does not approve is no choice.
    "# Catalogue service\n\n## Context\n\nIrene proposes FastAPI.\n\n## Decision\n\n"
    "We postpone the choice until the load test.\n",
    # Approved, but what was proposed was to leave Django.
    "# Catalogue service\n\n## Context\n\nThe proposal is to stop using Django.\n\n"
    "## Decision\n\nApproved as proposed.\n",
    # A choice phrase in a condition or a question chooses nothing.
    "# Pricing v2\n\n## Context\n\nThe forum asked if we should stay on Django or "
    "move.\n\nNothing is chosen yet.\n",
    "# Pricing v2\n\n## Context\n\nWe must decide whether to adopt FastAPI.\n",
    "# Reports\n\n## Context\n\nIf we pick Flask, we need an admin package.\n",
    "# Reports\n\n## Context\n\nShould we use Django for the reports?\n",
    # A question answered with a comparison, not a name.
    "# Reports\n\nQ: Django or Flask?\nA: Django has the admin, Flask is lighter.\n",
    # Records that say nothing is chosen yet.
    "# Framework for v2\n\n## Decision\n\nParked until the load test; Django "
    "and FastAPI remain.\n",
    "# Framework for v2\n\n## Where we landed\n\nNo framework has been chosen "
    "yet; Django and FastAPI are both still open.\n",
    "# Framework for v2\n\n## Decision\n\nThis question is shelved for now.\n",
    # A toolkit built on the framework, for a project already on it: a library.
    "# 4. Use Django REST framework\n\n## Context\n\nOur existing Django app needs "
    "an API.\n\n## Decision\n\nWe will use Django REST framework.\n",
    "# API layer\n\n## Context\n\nThe portal already runs on Flask.\n\n## Decision"
    "\n\nWe will use Flask-RESTX for the endpoints.\n",
    "# Ninja\n\n## Context\n\nWe currently build the service with Django.\n\n"
    "## Decision\n\nAdopt Django Ninja for the public API.\n",
    # Not a web framework's title; no name opening the Decision.
    "# Testing framework\n\n## Decision\n\nJest, because it is fast.\n",
    "# Web framework\n\n## Decision\n\nThe Platform team owns this choice.\n",
    "# Web framework\n\n## Decision\n\nKubernetes, as everything else.\n",
    # A dash after a word that is no label.
    "# Notes\n\nDjango - we tried it once in 2019.\n",
]


@pytest.mark.parametrize("text", NOT_CHOSEN)
def test_not_chosen(lint: Callable[[str], FileReport], text: str) -> None:
    assert lint(text).framework is None


def decision(text: str) -> str:
    return (
        "# 7. Backend\n\n## Context\n\nWe need a web framework for the API.\n\n"
        f"## Decision\n\n{text}\n"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun first, its participle after
        ("The tool selected is FastAPI.", "fastapi"),
        ("The technology chosen for the portal was Django.", "django"),
        ("The library picked for the HTTP layer is Flask.", "flask"),
        # what was chosen first, and given up since
        ("Initially we opted for Flask, but we moved to Django.", "django"),
        (
            "Originally the team picked Django; we switched from Django to Flask.",
            "flask",
        ),
        ("At first we used Flask. Since 2023 we have migrated to FastAPI.", "fastapi"),
        # an adverb between the participle and its preposition
        ("The service is written entirely in Flask.", "flask"),
        ("The site is developed mainly with Django.", "django"),
        ("The API will be built primarily on FastAPI.", "fastapi"),
        # an infinitive of building after a verb of deciding
        ("We have resolved to build the ledger on Django.", "django"),
        ("The plan is to write the gateway in FastAPI.", "fastapi"),
        ("We are committed to using Flask for the stock tool.", "flask"),
        # a fallback kept apart in parentheses is no disjunction
        ("We will use Flask (or Quart if async becomes necessary).", "flask"),
    ],
)
def test_choice_forms(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(decision(text)).framework == expected


@pytest.mark.parametrize(
    "text",
    [
        "Initially we will use Flask, and revisit it after the pilot.",
        "For now we use Django; the billing team may change that later.",
    ],
)
def test_a_plan_that_starts_with_a_framework_chooses_it(
    lint: Callable[[str], FileReport], text: str
) -> None:
    assert lint(decision(text)).framework in {"flask", "django"}


@pytest.mark.parametrize(
    "text",
    [
        "Framework: Flask or FastAPI",
        "Backend: **Django** or **Flask**, to be settled after the spike.",
        "We pick Django, Pyramid or Flask next quarter.",
    ],
)
def test_frameworks_joined_by_or_choose_none(
    lint: Callable[[str], FileReport], text: str
) -> None:
    assert lint(decision(text)).framework is None


@pytest.mark.parametrize(
    "text",
    [
        "We need to understand how Flask handles this first.",
        "It would be easy to learn Django later.",
    ],
)
def test_an_infinitive_that_builds_nothing_chooses_nothing(
    lint: Callable[[str], FileReport], text: str
) -> None:
    assert lint(decision(text)).framework is None


GERMAN = (
    "# 2. Backend\n\n## Kontext\n\nWir brauchen ein Web-Framework für das Backend"
    " und die Schnittstellen.\n\n## Entscheidung\n\n{}\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb at the end of the clause
        ("Wir haben uns für Django entschieden, weil das Team es kennt.", "django"),
        (
            "Das Team hat sich für das Framework „Flask“ für die API entschieden.",
            "flask",
        ),
        ("Als Framework wird FastAPI gewählt, da es asynchron ist.", "fastapi"),
        # a dot inside a name on the way ("Node.js") ends no sentence
        (
            "Ich habe mich für „Express“ für Node.js entschieden, weil es leicht ist.",
            "express",
        ),
        # "gegen" rejects what follows it
        ("Wir haben uns gegen Django entschieden und nutzen Flask.", "flask"),
    ],
)
def test_german_verb_final_choice(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(GERMAN.format(text)).framework == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause numbered as in an RFC's outline
        ("3.1 Use FastAPI with async endpoints.\n\n3.2 Use Postgres.", "fastapi"),
        ("2.4.1. Adopt Django for the portal.", "django"),
        ("4.2 Build the API with Flask.", "flask"),
    ],
)
def test_a_numbered_clause(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(decision(text)).framework == expected


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # a verdict row that marks one column chooses that column's head
        (
            "| | Django | Flask |\n|---|---|---|\n| Admin | yes | no |\n"
            "| Chosen | | ✓ |",
            "flask",
        ),
        (
            "| Option | Django | Flask | FastAPI |\n|---|---|---|---|\n"
            "| Async | partial | no | yes |\n| Decision | | | **selected** |",
            "fastapi",
        ),
        (
            "| | Django | Flask | FastAPI |\n|---|---|---|---|\n"
            "| Verdict | ✅ | — | — |",
            "django",
        ),
        # a verdict row that ranks the others too: the column marked first
        (
            "| | Django | Flask | FastAPI |\n|---|---|---|---|\n"
            "| Verdict | runner-up | | **winner** |",
            "fastapi",
        ),
        (
            "| | Flask | Django | Litestar |\n|---|---|---|---|\n"
            "| Ranking | 1st | 2nd | 3rd |",
            "flask",
        ),
        (
            "| | Django | Flask |\n|---|---|---|\n| Outcome | ✔ chosen | fallback |",
            "django",
        ),
    ],
)
def test_a_verdict_row_in_a_comparison(
    lint: Callable[[str], FileReport], table: str, expected: str
) -> None:
    assert lint(decision(table)).framework == expected


@pytest.mark.parametrize(
    "table",
    [
        # one filled column in a row that is no verdict
        "| Criterion | Django | Flask |\n|---|---|---|\n| Admin UI | built in | |\n",
        # a verdict row that marks two columns decides nothing
        "| Criterion | Django | Flask |\n|---|---|---|\n| Verdict | ✓ | ✓ |\n",
    ],
)
def test_a_comparison_without_one_verdict_chooses_nothing(
    lint: Callable[[str], FileReport], table: str
) -> None:
    assert lint(decision(table)).framework is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a two-word name run together, ".js" without its dot
        ("We run everything on SpringBoot.", "spring"),
        ("The gateway is an Expressjs app.", "express"),
        ("ActixWeb serves the API.", "actix"),
    ],
)
def test_names_written_together(text: str, name: str) -> None:
    found = KB.mentions.search(text)
    assert found is not None and KB.framework_of(found.text) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a language's name for the Decision, as a label inside a paragraph
        (
            "# Framework del backend\n\nContexto: necesitamos una API. "
            "Decisión: usar Flask para la API.\n",
            "flask",
        ),
        (
            "# Backend-Framework\n\nKontext: Wir brauchen eine API. "
            "Entscheidung: FastAPI mit Uvicorn.\n",
            "fastapi",
        ),
        (
            "# Framework do backend\n\nContexto: precisamos de uma API. "
            "Decisão: Django com DRF.\n",
            "django",
        ),
    ],
)
def test_a_decision_label_in_another_language(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short label line whose list gives its value
        (
            "We adopt this stack:\n\nBackend:\n\n- NestJS + TypeScript\n- OpenAPI",
            "nestjs",
        ),
        ("Web framework:\n\n* Django 5\n\nDatabase:\n\n* Postgres", "django"),
        ("Server side:\n\n1. Flask\n2. Gunicorn", "flask"),
    ],
)
def test_a_label_over_a_list(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(decision(text)).framework == expected


def test_a_long_line_over_a_list_is_no_label(lint: Callable[[str], FileReport]) -> None:
    text = "We looked at the frameworks our other teams run today:\n\n- Django\n- Flask"
    assert lint(decision(text)).framework is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject that stands for the name just before it
        (
            "We compared Django and Flask. The latter was chosen for its small core.",
            "flask",
        ),
        (
            "We compared Django and Flask. The former was selected for the admin.",
            "django",
        ),
        ("Flask fits the API. It was chosen because the team knows it.", "flask"),
    ],
)
def test_a_subject_that_stands_for_a_name(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(decision(text)).framework == expected


def test_a_heading_names_what_its_section_says_was_chosen(
    lint: Callable[[str], FileReport],
) -> None:
    text = (
        "# Notes\n\n## Options\n\nSome frameworks exist.\n\n"
        "## Why this one (Flask)\n\nThis framework was chosen because it is light.\n"
    )
    assert lint(text).framework == "flask"


@pytest.mark.parametrize(
    "text",
    [
        # two names and no way to tell which one "it" is
        "We compared Django and Flask. It was chosen because it is small.",
        # the subject rejected, not chosen
        "We looked at Django. This option was rejected.",
    ],
)
def test_a_subject_that_stands_for_no_one_name(
    lint: Callable[[str], FileReport], text: str
) -> None:
    assert lint(decision(text)).framework is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name with a Polish case ending
        ("Wybieramy Flaska, bo zespół go zna.", "flask"),
        ("Serwis piszemy w Laravelu.", "laravel"),
        ("Zostajemy przy Phoenixie.", "phoenix"),
    ],
)
def test_a_name_with_a_case_ending(text: str, name: str) -> None:
    found = KB.mentions.search(text)
    assert found is not None and KB.framework_of(found.text) == name


@pytest.mark.parametrize(
    "text",
    ["A lei expressa isso claramente.", "Gina wrote the notes.", "Djangoa"],
)
def test_an_ending_makes_no_name_of_a_word(text: str) -> None:
    assert KB.mentions.search(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # languages and runtimes before the framework in a chosen stack
        ("We chose JavaScript with Node.js and Express for the backend.", "express"),
        ("We will use Python 3.12 with FastAPI and Uvicorn.", "fastapi"),
        ("The team picked the Ruby language with Rails.", "rails"),
    ],
)
def test_a_language_before_the_framework_in_a_stack(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(decision(text)).framework == expected


@pytest.mark.parametrize(
    "text",
    [
        "We chose Python.",
        "Use TypeScript for everything.",
        "Golang, because it is fast.",
    ],
)
def test_a_language_alone_is_no_framework(
    lint: Callable[[str], FileReport], text: str
) -> None:
    assert lint(decision(text)).framework is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A record with no Decision section, that never says "framework":
        # its choice sentence is its decision, wherever it stands.
        (
            "# The invoice exporter\n\nFinance wants CSV exports every night and a "
            "page to re-run one. We will build the exporter in Flask, like our "
            "other tools.\n",
            "flask",
        ),
        (
            "# Quote engine\n\nAccepted in May. Each quote waits on six carriers. "
            "Decision: FastAPI with Uvicorn, and httpx for the outbound calls.\n",
            "fastapi",
        ),
        (
            "# Member portal\n\n*Note, March 2022*\n\nThe portal needs logins and a "
            "staff area. After two spikes we settled on Django for it.\n",
            "django",
        ),
    ],
)
def test_a_record_without_a_decision_section_decides_in_its_prose(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    "text",
    [
        "# Timeouts\n\nOur Flask services time out after 30 s. The relay gets 10 s.\n",
        "# Logging\n\nIf we moved to FastAPI we would need structlog; we keep the "
        "current setup.\n",
        "# Sessions\n\nThe Django app keeps sessions in Redis, and so will the "
        "new worker.\n",
    ],
)
def test_a_record_without_a_decision_section_that_chooses_nothing(
    lint: Callable[[str], FileReport], text: str
) -> None:
    assert lint(text).framework is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Verbs of making, with the framework as what it is made with.
        ("We will make the streaming service with Flask.", "flask"),
        ("Make the booking API in FastAPI.", "fastapi"),
        ("We are going to code the relay on top of Flask.", "flask"),
        ("The plan is to construct the portal using Django.", "django"),
        # "replacement" names what is built, and rejects only what it replaces.
        ("We have decided to build the CRM replacement on Django.", "django"),
        ("The billing replacement will be written in FastAPI.", "fastapi"),
        ("We will look for a replacement for Django; we use Flask meanwhile.", "flask"),
    ],
)
def test_made_with_a_framework(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(decision(text)).framework == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The passive of a choice to come, after whatever opens the sentence.
        ("It has been agreed that Flask shall be adopted for the portal.", "flask"),
        ("After two spikes, Django will be used for the back office.", "django"),
        ("For the quoting API, FastAPI is to be used.", "fastapi"),
        ("So FastAPI (with Uvicorn) will therefore be adopted.", "fastapi"),
    ],
)
def test_the_passive_of_a_choice_to_come(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(decision(text)).framework == expected


def test_a_framework_that_should_be_used_is_a_need_not_a_choice(
    lint: Callable[[str], FileReport],
) -> None:
    text = (
        "# Web framework\n\n## Context\n\nGroup policy says Django should be "
        "used.\n\n## Decision\n\nWe will use Flask for the relay.\n"
    )
    assert lint(text).framework == "flask"


@pytest.mark.parametrize(
    ("outcome", "options", "expected"),
    [
        # Options that are stacks are named by their framework; a chosen
        # stack whose framework the pack does not list is still the choice.
        (
            'Chosen option: "Dart + Shelf + Postgres", because one language runs '
            "the app and the server.",
            "* Python + Django + Postgres\n* Node.js + Express + Mongo\n"
            "* Dart + Shelf + Postgres",
            "shelf",
        ),
        (
            "Chosen option: **Elixir / Plug**, because the VM copes.",
            "* **Go / Gin**: fast to build\n* **Elixir / Plug**: lean\n"
            "* **Ruby / Rails**: familiar",
            "plug",
        ),
        (
            "Chosen option: “Amber + Crystal”, because it compiles.",
            "- Amber + Crystal (chosen): compiled\n- Express + TypeScript: known\n"
            "- FastAPI + Python: async",
            "amber",
        ),
    ],
)
def test_a_chosen_stack_is_named_by_its_framework(
    lint: Callable[[str], FileReport], outcome: str, options: str, expected: str
) -> None:
    assert lint(madr(outcome, options)).framework == expected


def test_a_chosen_stack_among_stacks_of_no_framework_chooses_none(
    lint: Callable[[str], FileReport],
) -> None:
    text = madr(
        'Chosen option: "Kafka + Flink", because it streams.',
        "* Kafka + Flink\n* RabbitMQ + Celery\n* Pulsar + Spark",
        "Event pipeline",
    )
    assert lint(text).framework is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A question that takes the choice as made names what was chosen.
        (
            "# Technical decisions\n\n## June 2021 - Why use FastAPI framework?\n\n"
            "The mentors knew Python and wanted typed endpoints.\n",
            "fastapi",
        ),
        ("# Backend notes\n\n## Why did we pick Django?\n\nFor the admin.\n", "django"),
        ("# Web framework\n\n## Why we went with Flask\n\nIt is small.\n", "flask"),
    ],
)
def test_a_why_question_that_takes_the_choice_as_made(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    "text",
    [
        "# Backend notes\n\n## Why not use Django?\n\nToo big for us.\n",
        "# Backend notes\n\n## Why would anyone avoid Flask?\n\nNo reason.\n",
        "# Reports\n\n## Context\n\nShould we use Django for the reports?\n",
    ],
)
def test_a_question_that_makes_no_choice(
    lint: Callable[[str], FileReport], text: str
) -> None:
    assert lint(text).framework is None


@pytest.mark.parametrize(
    "text",
    [
        # A name that opens the Decision as the subject of a statement about
        # it is not the choice, whatever the title says.
        "# Async on Flask\n\n## Decision\n\nFlask with many open sockets is a "
        "mismatch unless gevent runs it.\n",
        "# Web framework\n\n## Decision\n\nDjango under this load would need "
        "Channels; we decide on the broker first.\n",
        "# FastAPI rules of thumb\n\n## Decision\n\nFastAPI in our services must "
        "pin its Pydantic major version.\n",
    ],
)
def test_a_name_that_is_the_subject_of_a_statement_is_no_choice(
    lint: Callable[[str], FileReport], text: str
) -> None:
    assert lint(text).framework is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "# Web framework\n\n## Decision\n\nDjango, because the team knows it.\n",
            "django",
        ),
        (
            "# Web framework\n\n## Decision\n\nFastAPI + Uvicorn for the quotes API.\n",
            "fastapi",
        ),
        (
            "# Flask for the relay\n\n## Decision\n\nFlask with Flask-Smorest.\n",
            "flask",
        ),
    ],
)
def test_a_name_that_opens_the_decision_alone_still_chooses(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    "text",
    [
        # The title names the framework as the place of what it decides.
        "# Use HTMX in the Django storefront\n\n## Decision\n\nWe will use HTMX "
        "with Django template partials.\n",
        "# Caching for our Flask API\n\n## Decision\n\nRedis, with Flask-Caching "
        "decorators on the hot routes.\n",
        "# Pagination across the FastAPI services\n\n## Decision\n\nCursor "
        "pagination; FastAPI dependencies parse the cursor.\n",
    ],
)
def test_a_title_naming_the_framework_as_a_place_chooses_nothing(
    lint: Callable[[str], FileReport], text: str
) -> None:
    assert lint(text).framework is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verdict idioms after the name
        ("FastAPI gets the nod for the partner API.", "fastapi"),
        ("After the spike, Django came out on top.", "django"),
        ("Flask wins out over Django for the relay.", "flask"),
    ],
)
def test_a_verdict_idiom_after_the_name(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(decision(text)).framework == expected


@pytest.mark.parametrize(
    "text",
    [
        # one toolkit of a framework chosen over another: a library choice
        "# Django Ninja over DRF\n\n## Context\n\nWe compared Django REST "
        "framework and Django Ninja.\n\n## Decision\n\nUse Django Ninja for "
        "the API layer.\n",
        "# API layer\n\n## Decision\n\nWe pick Flask-Smorest instead of "
        "Flask-RESTX for the endpoints.\n",
        # a toolkit chosen for the framework that hosts it
        "# API toolkit\n\n## Context\n\nWe need a REST library that integrates "
        "well with Django.\n\n## Decision\n\nWe will use Django REST framework.\n",
        "# API toolkit\n\n## Context\n\nWe looked for a REST framework for "
        "Django.\n\n## Decision\n\nWe go with DRF.\n",
    ],
)
def test_a_toolkit_chosen_inside_its_framework_is_a_library(
    lint: Callable[[str], FileReport], text: str
) -> None:
    assert lint(text).framework is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toolkit chosen against other frameworks is the framework's choice
        (
            "# Web framework\n\n## Context\n\nFastAPI and Django REST framework "
            "were compared.\n\n## Decision\n\nWe will use Django REST framework.\n",
            "django",
        ),
        (
            "# API stack\n\n## Decision\n\nDRF rather than Express, since the "
            "team writes Python.\n",
            "django",
        ),
        (
            "# API stack\n\n## Decision\n\nWe choose Flask-Smorest over FastAPI.\n",
            "flask",
        ),
    ],
)
def test_a_toolkit_chosen_over_other_frameworks_chooses_its_framework(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    ("decision_text", "expected"),
    [
        # a field list written as lines of one paragraph: a field a line
        ("Language: TypeScript on Node.js\nFramework: NestJS", "nestjs"),
        (
            "Lenguaje: Python 3.12\nFramework: FastAPI\nBase de datos: Postgres",
            "fastapi",
        ),
        ("Runtime: JVM 21\nWeb framework: Spring Boot", "spring"),
    ],
)
def test_a_field_list_without_bullets(
    lint: Callable[[str], FileReport], decision_text: str, expected: str
) -> None:
    text = f"# Backend framework\n\n## Decision\n\n{decision_text}\n"
    assert lint(text).framework == expected


def test_prose_wrapped_before_a_colon_stays_one_sentence() -> None:
    from adr_lint.reading.text import sentences

    text = "Support staff work all day in an\ninternal panel: they search orders."
    assert [s for s, _ in sentences(text, 1)] == [
        "Support staff work all day in an internal panel: they search orders."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So: we'll roll with Django, stock layout.", "django"),
        ("We are betting on FastAPI for the gateway.", "fastapi"),
        ("For now we're running with Flask.", "flask"),
    ],
)
def test_colloquial_go_with(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(decision(text)).framework == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Decision that points back, in a record whose title names one
        (
            "# Phoenix for the presence service\n\n## Context\n\nPhoenix held "
            "250k sockets in the spike.\n\n## Decision\n\nWe will go with the "
            "option discussed above.\n",
            "phoenix",
        ),
        (
            "# FastAPI for the quotes API\n\n## Context\n\nWe timed three "
            "stacks.\n\n## Decision\n\nAdopt the approach outlined above.\n",
            "fastapi",
        ),
        (
            "# Django for the back office\n\n## Context\n\nStaff need screens."
            "\n\n## Decision\n\nSee above.\n",
            "django",
        ),
    ],
)
def test_a_decision_pointing_back_takes_the_title_s_framework(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    "text",
    [
        # Go, the language, in a list of stacks
        "# Realtime\n\n## Decision\n\nWe spiked Node.js with ws, Go with Gin and "
        "Elixir; the choice waits for the load test.\n",
        "# Realtime\n\n## Context\n\nCandidates: Java with Spring, Go with Echo.\n",
        "# Stack survey\n\nTeams use Python with Flask here, Go with Fiber there.\n",
    ],
)
def test_go_the_language_before_with_chooses_nothing(
    lint: Callable[[str], FileReport], text: str
) -> None:
    assert lint(text).framework is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arrow from a part (or from the framework left) to a framework
        (
            "# Framework choices\n\nTwo services.\n\n## 1. ingest-api → FastAPI\n\n"
            "Async fan-out.\n\n## 2. ops-console → Django\n\nStaff screens.\n",
            "fastapi",
        ),
        ("# Web framework\n\n## Decision\n\n- Portal -> Django (admin)\n", "django"),
        (
            "# Web framework\n\n## Decision\n\nFlask → FastAPI for the quotes API.\n",
            "fastapi",
        ),
    ],
)
def test_an_arrow_leads_to_the_framework_chosen(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tech-stack list: each line pairs a part of the system with what
        # it is built with, in either order, as items or as table rows
        (
            "# Seed swap\n\nA tool for the allotment society.\n\n## Tech stack\n\n"
            "- **Flask**: web framework\n- **SQLite**: storage\n- **htmx**: pages\n",
            "flask",
        ),
        (
            "# Room finder\n\n## Components\n\n- Django (backend)\n- Svelte (frontend)\n",
            "django",
        ),
        (
            "# Ferry times\n\n## Built with\n\n- Express - the web server\n- Redis\n",
            "express",
        ),
        (
            "# Ferry times\n\n## Stack\n\n| Layer | Technology |\n|---|---|\n"
            "| API | FastAPI |\n| Storage | Postgres |\n",
            "fastapi",
        ),
        (
            "# Choir rota\n\n## Parts\n\n- Backend — Django\n- Mail — Postmark\n",
            "django",
        ),
        ("# Choir rota\n\n## Parts\n\n- FastAPI for the backend\n- Vue\n", "fastapi"),
    ],
)
def test_a_component_list_chooses_what_it_builds_with(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    "text",
    [
        # the list describes the options, or a stack the decision is not about
        "# Web framework\n\n## Considered options\n\n- Django: web framework\n"
        "- Flask: web framework\n\n## Decision\n\nWe have not decided yet.\n",
        "# Log shipping\n\n## Status\n\nAccepted\n\n## Context\n\n- Django: backend\n\n"
        "## Decision\n\nWe will ship logs to Loki.\n",
        # a value that is more than the part, or two names for one part
        "# Stack\n\n- Flask: web framework we dropped last year\n",
        "# Stack\n\n- API: FastAPI or Flask, to be settled\n",
        # a heading in the Decision naming a framework's feature for a layer
        "# Routing\n\n## Status\n\nAccepted\n\n## Decision\n\n### Web layer — "
        "ASP.NET Core Areas\n\nNew controllers go into areas.\n",
    ],
)
def test_a_component_list_that_chooses_nothing(
    lint: Callable[[str], FileReport], text: str
) -> None:
    assert lint(text).framework is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "# 3. Web framework\n\n## Decision\n\nWe will build the API with Javalin.\n",
            "javalin",
        ),
        (
            "# 3. Web framework\n\n## Decision\n\nCodeIgniter 4, as the team knows it.\n",
            "codeigniter",
        ),
        (
            "# 3. Edge API\n\n## Decision\n\nWe will use Hono on the edge workers.\n",
            "hono",
        ),
        (
            "# 3. Web framework\n\n## Decision\n\nWe go with Rocket for the Rust service.\n",
            "rocket",
        ),
    ],
)
def test_backend_frameworks_of_other_languages_are_known(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    "text",
    [
        # a rocket and a hono that are words, not names
        "# 3. Launch\n\n## Decision\n\nWe will use rocket emoji in release notes.\n",
        # a front-end framework is no web-backend decision
        "# 3. Front end\n\n## Decision\n\nWe will build the front end with Next.js.\n",
    ],
)
def test_words_and_front_ends_choose_no_backend(
    lint: Callable[[str], FileReport], text: str
) -> None:
    assert lint(text).framework is None


@pytest.mark.parametrize(
    "text",
    [
        # the record proposes a framework, and its status says it was not taken
        "# RFC 9: Build the booking tool on Flask\n\nStatus: Rejected\n\n"
        "## Proposal\n\nBuild it on Flask, for its small core.\n",
        "# 4. Use Django\n\n## Status\n\nWithdrawn by the author\n\n## Context\n\n"
        "We need a web framework.\n\n## Decision\n\nWe will use Django.\n",
        "---\nstatus: declined\n---\n# Use FastAPI for search\n\n## Decision Outcome\n\n"
        "Chosen option: FastAPI, because search awaits three services.\n",
    ],
)
def test_a_rejected_record_chooses_nothing(
    lint: Callable[[str], FileReport], text: str
) -> None:
    assert lint(text).framework is None


def test_a_superseded_record_still_made_its_choice(
    lint: Callable[[str], FileReport],
) -> None:
    text = (
        "# 4. Use Django\n\n## Status\n\nSuperseded by 7\n\n## Context\n\n"
        "We need a web framework.\n\n## Decision\n\nWe will use Django.\n"
    )
    assert lint(text).framework == "django"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what the thing decided on is to be: a copula of what is to come,
        # and a noun of something built after the name
        ("The rota service will be a Flask 3 project like the others.", "flask"),
        ("Payouts becomes a FastAPI service behind the gateway.", "fastapi"),
        ("The library catalogue is going to be a Django application.", "django"),
        ("It will be an Express app on Node 22.", "express"),
        # a participle of building said of it in the Decision
        ("Alerts get their own service, written in FastAPI.", "fastapi"),
        ("A new importer implemented with Flask replaces the cron job.", "flask"),
        ("The quiz engine, built on Django, ships in May.", "django"),
    ],
)
def test_what_the_service_is_to_be_chooses_its_framework(
    lint: Callable[[str], FileReport], sentence: str, expected: str
) -> None:
    assert lint(decision(sentence)).framework == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The old portal was a Django project.",
        "The hub could be a Django project, if the team agrees.",
        "The main risk will be a Django upgrade.",
        "Our mentor will be a Django expert.",
    ],
)
def test_a_copula_that_builds_nothing_chooses_nothing(
    lint: Callable[[str], FileReport], sentence: str
) -> None:
    assert lint(decision(sentence)).framework is None


def test_a_participle_in_the_context_describes_what_exists(
    lint: Callable[[str], FileReport],
) -> None:
    text = (
        "# 5. Search\n\n## Status\n\nAccepted\n\n## Context\n\nThe shop, written in "
        "Django, is slow to search.\n\n## Decision\n\nWe add OpenSearch.\n"
    )
    assert lint(text).framework is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "take" as the verb of choosing
        ("We are taking Django, for the admin.", "django"),
        ("We'll take FastAPI for the gateway.", "fastapi"),
        ("After two spikes we took Flask.", "flask"),
    ],
)
def test_taking_a_framework_chooses_it(
    lint: Callable[[str], FileReport], sentence: str, expected: str
) -> None:
    assert lint(decision(sentence)).framework == expected


def test_taking_care_with_a_framework_part_chooses_nothing(
    lint: Callable[[str], FileReport],
) -> None:
    text = decision("We take care to test with Django's client.")
    assert lint(text).framework is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the language before the framework in what it is built in
        ("The backend is built in Python with FastAPI.", "fastapi"),
        ("Alerts get their own service, written in Python 3.12 + Flask.", "flask"),
        (
            "The relay becomes its own service, implemented in Python and Django.",
            "django",
        ),
    ],
)
def test_a_language_before_the_framework_built_with(
    lint: Callable[[str], FileReport], sentence: str, expected: str
) -> None:
    assert lint(decision(sentence)).framework == expected


def test_a_language_before_a_rejected_framework_rejects_it(
    lint: Callable[[str], FileReport],
) -> None:
    assert lint(decision("We will not use Python with Flask.")).framework is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the framework chosen with its toolkit, while another project of
        # the team already runs on it
        (
            "# API\n\n## Context\n\nThe lettings app already runs on Django.\n\n"
            "## Decision\n\nWe go with Django 5 + Django REST framework for the API.\n",
            "django",
        ),
        (
            "# API\n\n## Context\n\nOur existing Django code lives in the CRM.\n\n"
            "## Decision\n\nThe portal will be built with Django and DRF.\n",
            "django",
        ),
        (
            "# API\n\n## Context\n\nWe currently run Django for billing.\n\n"
            "## Decision\n\nUse Django with Django Ninja for the new service.\n",
            "django",
        ),
    ],
)
def test_a_framework_chosen_with_its_toolkit_is_chosen(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(text).framework == expected


def test_a_toolkit_put_into_the_framework_in_place_is_a_library(
    lint: Callable[[str], FileReport],
) -> None:
    text = (
        "# API\n\n## Context\n\nWe currently build the shop with Django.\n\n"
        "## Decision\n\nWe add Django REST framework to our existing Django project.\n"
    )
    assert lint(text).framework is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision matrix's "Result", and built "as" an app
        (
            "# Volunteer hub: framework matrix\n\n## Scores\n\n| | Django | Flask |\n"
            "|---|---|---|\n| Admin | 5 | 2 |\n\n## Result\n\n**Django**, for the admin.\n",
            "django",
        ),
        (
            decision("The rooms will be implemented as a Django app in the monolith."),
            "django",
        ),
        (decision("It is built as a separate Flask service."), "flask"),
        # Polish: the passive future of writing and building
        (decision("Bramka zostanie napisana w Django 4.1."), "django"),
        (decision("Serwis zostanie zbudowany na FastAPI."), "fastapi"),
    ],
)
def test_a_result_heading_and_built_as_an_app(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading that is only "Why X": the reasons for the choice
        (
            "# Thread summary\n\n## Why NestJS\n\nThe squad writes TypeScript.\n",
            "nestjs",
        ),
        ("# Backend\n\n## Why Flask?\n\nTwo endpoints, no database.\n", "flask"),
        ("# Notes\n\nWhy Phoenix\n\nPresence and channels are built in.\n", "phoenix"),
        # building inside or within what is built on
        (decision("We will build the gateway inside our Django project."), "django"),
        (decision("We will write the relay within a small FastAPI app."), "fastapi"),
    ],
)
def test_why_headings_and_building_inside(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(text).framework == expected


def test_why_not_is_no_choice(lint: Callable[[str], FileReport]) -> None:
    assert lint("# Stack\n\n## Why not Django\n\nToo heavy for us.\n").framework is None
