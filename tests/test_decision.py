"""Which framework an ADR chooses: choice phrases, labels, negation,
rejected alternatives, libraries inside a framework, undecided records."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from adr_lint.engine import FileReport


def nygard(
    decision: str,
    context: str = "We need a web framework for the backend.",
    title: str = "Web framework",
) -> str:
    return f"# 1. {title}\n\n## Status\n\nAccepted\n\n## Context\n\n{context}\n\n## Decision\n\n{decision}\n"


def madr(outcome: str, options: str = "* Django\n* Flask") -> str:
    return (
        "# Backend framework\n\n## Context and Problem Statement\n\nWhich web framework?\n\n"
        f"## Considered Options\n\n{options}\n\n## Decision Outcome\n\n{outcome}\n"
    )


CASES = [
    # plain choice phrases
    ("we-will-use", nygard("We will use Django."), "django"),
    (
        "decided-to-adopt",
        nygard("After some thought we have decided to adopt Flask for the API."),
        "flask",
    ),
    ("first-person", nygard("I decided to use django as a backend"), "django"),
    (
        "version-of",
        nygard(
            "The app will use the most recent stable version of the Django web framework."
        ),
        "django",
    ),
    (
        "stack-label",
        nygard(
            "We will build on this stack:\n\n* Language: Python\n* Web framework: Django"
        ),
        "django",
    ),
    ("winner-label", nygard("Winner: Flask"), "flask"),
    ("bold-decision", nygard("**FastAPI** with SQLAlchemy in async mode."), "fastapi"),
    ("selected-after", nygard("Django was selected. It fits."), "django"),
    (
        "chosen-mark",
        nygard("See below.")
        + "\n## Considerations\n\n### Gin\n\nFast.\n\n### Echo — **Chosen**\n\nSmall.\n",
        "echo",
    ),
    (
        "x-over-y-title",
        "# FastAPI over Django\n\n## Context\n\nWe need a web framework.\n",
        "fastapi",
    ),
    # MADR
    ("madr-quoted", madr('Chosen option: "Flask", because it is small.'), "flask"),
    ("madr-bold", madr("Chosen option: **Django**, because of its admin."), "django"),
    ("madr-unquoted", madr("Chosen option: Django, because it scales."), "django"),
    # aliases
    (
        "drf-is-django",
        nygard("We will use Django REST Framework for the API."),
        "django",
    ),
    (
        "apiflask-is-flask",
        madr(
            'Chosen option: "APIFlask", because it documents itself.',
            "* APIFlask\n* Flasgger",
        ),
        "flask",
    ),
    (
        "express-js",
        nygard("We will go with the most widely used, which is Express.js."),
        "express",
    ),
    (
        "spring-boot",
        madr(
            'Chosen option: "Spring Boot", because we know it.',
            "* Spring Boot\n* Flask",
        ),
        "spring",
    ),
    ("rails", nygard("We will use Ruby on Rails."), "rails"),
    # negation and rejected alternatives
    (
        "negated-then-chosen",
        nygard("We will not use Django; we will use Flask."),
        "flask",
    ),
    ("not-x-but-y", nygard("We chose Flask, not Django."), "flask"),
    # a rejection governs its own framework, not the one after the turn
    ("rather-than-x-we-use", nygard("Rather than Django, we use Flask."), "flask"),
    ("instead-of-x-we-chose", nygard("Instead of Django we chose Flask."), "flask"),
    ("away-from-x-to", nygard("We moved away from Django to Flask."), "flask"),
    ("replace-x-with", nygard("We will replace Django with Flask."), "flask"),
    (
        "neither-then-chosen",
        nygard("We will not use Django or Flask; we use Pyramid."),
        "pyramid",
    ),
    # a numbered title still starts with its verb
    (
        "numbered-title",
        nygard("Work starts next sprint.", title="Use Django"),
        "django",
    ),
    (
        "adr-numbered-title",
        "# ADR-007: Use Flask\n\n## Context\n\nWe need a web framework.\n",
        "flask",
    ),
    ("instead-of", nygard("We will use FastAPI instead of Django."), "fastapi"),
    # a version is the framework, not a part of it
    (
        "version-number",
        nygard("We will use Django version 4.2 for the portal."),
        "django",
    ),
    ("latest-version", nygard("We will use the latest Flask release."), "flask"),
    (
        "settled-on-in-context",
        nygard(
            "Implement the service as described above, deployed on Cloud Run.",
            context="The four of us have settled on FastAPI after a two-week spike.",
            title="Backend for the claims service",
        ),
        "fastapi",
    ),
    (
        "rejected-section",
        nygard("We will use Flask.")
        + "\n## Alternatives Considered\n\nWe will use Django was proposed by some.\n",
        "flask",
    ),
    (
        "legacy-in-context",
        nygard(
            "We will use FastAPI.",
            context="Our legacy Django monolith is slow; we need a web framework.",
        ),
        "fastapi",
    ),
    (
        "decision-in-context",
        "# Back-end stack\n\n## Context and Problem Statement\n\nI will be using python and flask for the web framework.\n",
        "flask",
    ),
    (
        "decision-in-context-decision-about-else",
        nygard(
            "We will keep the service stateless and deploy it on Kubernetes.",
            context="After the spike we decided to go with FastAPI for its async support.",
            title="Web framework for the grants service",
        ),
        "fastapi",
    ),
    (
        "decision-in-context-with-object",
        "# 5. Web stack\n\n## Status\n\nAccepted\n\n## Context\n\n"
        "We have decided to build the new public API with FastAPI, because it is async-first.\n",
        "fastapi",
    ),
    # verbs with an object between them and the framework
    ("build-x-with", nygard("We decided to build the public API with Flask."), "flask"),
    ("migrate-x-to", nygard("Migrate the service to FastAPI."), "fastapi"),
    (
        "migrate-title",
        nygard("The work starts next sprint.", title="Migrate from Flask to FastAPI"),
        "fastapi",
    ),
    ("keep", nygard("We keep Flask and add Flask-Admin for staff screens."), "flask"),
    (
        "chosen-with-something-left-open",
        nygard(
            "We will use Django. We will decide after the spike which database to use."
        ),
        "django",
    ),
    ("recommend", nygard("We recommend Django for the backend."), "django"),
    ("passive-built-with", nygard("The backend will be built with Django."), "django"),
    (
        "passive-written-in",
        nygard("Going forward, all new APIs are written in FastAPI."),
        "fastapi",
    ),
    (
        "stay-on-after-question",
        nygard(
            "We stay on Django; the async gains do not justify a rewrite.",
            title="Should we move to FastAPI?",
        ),
        "django",
    ),
    ("going-with", nygard("After a spike we are going with FastAPI."), "fastapi"),
    ("run-on", nygard("The backend will run on FastAPI."), "fastapi"),
    ("moving-forward-with", nygard("We are moving forward with Django."), "django"),
    ("opt-for", nygard("After the review, we opt for FastAPI."), "fastapi"),
    ("agreed-on", nygard("After the review, the team agreed on Django."), "django"),
    ("wins", nygard("After the spike, Flask wins: it is lighter."), "flask"),
    ("it-is", nygard("So, Django it is."), "django"),
    (
        "between-in-title-is-no-choice",
        nygard("In the end Flask wins.", title="Choosing between Django and Flask"),
        "flask",
    ),
    (
        "chosen-option-without-topic-word",
        "# Quotes service\n\n## Considered Options\n\n* Django\n* Go\n\n"
        '## Decision Outcome\n\nChosen option: "Django", because we know it.\n',
        "django",
    ),
    (
        "y-statement",
        nygard(
            "In the context of the portal, facing the need for a back office, we "
            "decided for Django and neglected Flask and FastAPI, to achieve a "
            "working admin, accepting that async support is limited."
        ),
        "django",
    ),
    (
        "replaced-by",
        nygard(
            "Flask will be replaced by FastAPI over the next two quarters.",
            title="Replace Flask with FastAPI",
        ),
        "fastapi",
    ),
    (
        "over-in-time-is-no-preference",
        nygard("Django stays; over the next year we will move the API to FastAPI."),
        "fastapi",
    ),
    (
        "option-by-number",
        "# Web framework\n\n## Considered Options\n\n### Option 1: Django\n\nAdmin.\n\n"
        "### Option 2 - Flask\n\nMinimal.\n\n## Decision\n\n"
        "We go with option 2 because the shop is tiny.\n",
        "flask",
    ),
    (
        "option-by-letter-after-a-rejected-one",
        nygard(
            "Option B was rejected; we chose option A.",
            context="We need a web framework. Option A: Django. Option B: FastAPI.",
        ),
        "django",
    ),
    (
        "scores-highest",
        nygard(
            "| Criterion | Django | Flask |\n|---|---|---|\n| Total | 21 | 14 |\n\nDjango scores highest."
        ),
        "django",
    ),
    ("the-chosen-framework-is", nygard("The chosen framework is Flask."), "flask"),
    (
        "contraction-standardising",
        nygard("We're standardising on Django across teams."),
        "django",
    ),
    (
        "contraction-build-on-top-of",
        nygard("We'll build on top of FastAPI."),
        "fastapi",
    ),
    ("voted-for", nygard("The team voted for FastAPI."), "fastapi"),
    # the progressive: "we are building it in Django"
    (
        "progressive-build",
        nygard("We are building the shop backend in Django."),
        "django",
    ),
    (
        "progressive-write",
        nygard("We're writing the API with Flask and keeping it small."),
        "flask",
    ),
    ("progressive-move", nygard("We are moving the catalogue to FastAPI."), "fastapi"),
    # an imperative after a mark that opens the line
    ("arrow-build", nygard("=> Build the service in FastAPI."), "fastapi"),
    ("arrow-use", nygard("→ Use Django for the portal."), "django"),
    ("check-go-with", nygard("✅ Go with Flask."), "flask"),
    # the present tense, said of a body of people
    ("squad-votes-for", nygard("After the spike the squad votes for Flask."), "flask"),
    (
        "engineering-settles-on",
        nygard("Engineering settles on Django for every new service."),
        "django",
    ),
    ("group-goes-with", nygard("The platform group goes with FastAPI."), "fastapi"),
    # a label whose whole value is the framework
    ("part-label", nygard("- Shop front: Django\n- Search: Flask"), "django"),
    ("label-and-stack", nygard("Public API: FastAPI + Uvicorn"), "fastapi"),
    (
        "label-not-the-choice",
        nygard("Current: Flask\n\nTarget: Django"),
        "django",
    ),
    (
        "won-after-a-runner-up",
        nygard("Flask was the runner-up; Django won."),
        "django",
    ),
    # a Decision that points back to the choice made in the Context
    (
        "see-above",
        nygard(
            "See above.",
            context="We need a backend for the shop. "
            "After comparing options we decided to go with Django.",
            title="Backend for the shop",
        ),
        "django",
    ),
    # a "Solution" section holds the decision
    (
        "solution-section",
        "# Grants portal\n\n## Problem\n\nOfficers approve grants.\n\n"
        "## Solution\n\nDjango. Its admin covers the officers' screens.\n",
        "django",
    ),
    # ... even when the record never says it is about a framework
    (
        "proceed-as-above",
        nygard(
            "Proceed as above; deploy on Kubernetes.",
            context="Sensors push readings to the ingestion API. "
            "After a two-week spike, we chose Flask over Django.",
            title="Event ingestion API",
        ),
        "flask",
    ),
    # more ways of saying it: sticking with, "be using", a group's
    # recommendation, a choice that "fell on", a table row, an approval label
    ("sticking-with", nygard("We're sticking with Django."), "django"),
    ("be-using", nygard("We'll be using Django going forward."), "django"),
    ("group-recommends", nygard("The working group recommends Django."), "django"),
    ("choice-fell-on", nygard("Our choice fell on Flask."), "flask"),
    ("decision-table-row", nygard("| Decision | Django |\n|---|---|"), "django"),
    ("approved-label", nygard("Approved: Django."), "django"),
    (
        "decision-is-to-standardise",
        nygard("The decision is to standardise on Flask."),
        "flask",
    ),
    (
        "not-this-but-that-verb",
        nygard("We decided not to use Flask but Django."),
        "django",
    ),
    # "X is the choice" after another sentence; "the choice of many" is praise
    (
        "is-the-choice-after-a-rejection",
        nygard("Pyramid was rejected. Flask is the choice."),
        "flask",
    ),
    (
        "choice-of-many-is-praise",
        nygard("We looked at both. Django is the choice of many startups."),
        None,
    ),
    (
        "fits-something-better",
        nygard(
            "We will not adopt Flask; Django fits the team and the admin need better."
        ),
        "django",
    ),
    # the name alone, as a sentence of its own after the rejected ones
    ("bare-name-sentence", nygard("We won't use Django or Flask. FastAPI."), "fastapi"),
    # ... but not a bare name among listed candidates
    (
        "bare-names-listed",
        nygard("Candidates:\n\n* Django\n* Flask\n\nStill open; see ADR 9."),
        None,
    ),
    # present-tense "settle on" under an "Outcome" heading
    (
        "settle-on-under-outcome",
        "# Framework choice\n\n## Problem statement\n\nWhich framework for the hub?\n\n"
        "## Outcome\n\nAfter comparing Django, Flask and FastAPI we settle on FastAPI.\n",
        "fastapi",
    ),
    # bold labels for headings, with the Decision called "What we decided"
    (
        "bold-what-we-decided",
        "**ADR 31: Web framework for the claims portal**\n\n**Status**: Accepted\n\n"
        "**Background**\n\nHandlers correct claims by hand.\n\n"
        "**What we decided**\n\nDjango, mainly for its admin.\n",
        "django",
    ),
    (
        "conclusion-section",
        nygard("x", context="Years ago we chose Django for the pages.").replace(
            "## Decision\n\nx", "## Conclusion\n\nWe go with Flask."
        ),
        "flask",
    ),
    # the rejected ones named first, the choice after a colon
    ("neither-nor-colon", nygard("Neither Django nor Flask: FastAPI."), "fastapi"),
    # "-based" and "-powered" leave the name a mention
    ("name-based", nygard("New services will be FastAPI-based."), "fastapi"),
    ("backend-will-be", nygard("The backend will be Django."), "django"),
    ("have-chosen", nygard("We have chosen Django, running under ASGI."), "django"),
    ("contraction-selected", nygard("We've selected Flask for consistency."), "flask"),
    # a rejection, then the choice joined by "and"
    (
        "against-and-chose",
        nygard("We decided against FastAPI and chose Flask."),
        "flask",
    ),
    ("our-pick-is", nygard("Our pick is Flask."), "flask"),
    ("imperative-go-with", nygard("Go with Flask."), "flask"),
    ("team-prefers", nygard("The team prefers Flask."), "flask"),
    ("neither-nor-dash", nygard("Neither Django nor Flask — FastAPI."), "fastapi"),
    # topic words that name the web layer without the word "framework"
    (
        "bare-name-in-an-http-library-choice",
        nygard(
            "Flask, with gevent workers.",
            context="Sensors post readings to the ingest.",
            title="Choose an HTTP library for the ingest",
        ),
        "flask",
    ),
    (
        "bare-name-in-a-microframework-choice",
        nygard(
            "Bottle: one file, no dependencies.",
            context="A small microframework will do for the status page.",
            title="Status page",
        ),
        "bottle",
    ),
    # an option picked by its number from an unlabelled numbered list
    (
        "numbered-option",
        "# 4. Framework for the catalogue\n\n## Context\n\nA catalogue site.\n\n"
        "## Options\n\n1. Django\n   - has an admin\n2. Flask\n\n## Decision\n\nOption 2.\n",
        "flask",
    ),
    # a record that never says "framework" still chooses one in its Decision
    (
        "decision-without-topic-words",
        nygard(
            "We will build it with Django, since the team knows it well.",
            context="The whiteboard pushes every stroke to all participants.",
            title="Realtime collaboration service",
        ),
        "django",
    ),
    (
        "decision-opens-with-the-name-without-topic-words",
        nygard(
            "Django, because the rest of our estate is Django.",
            context="The gateway streams events to every open browser.",
            title="Notification gateway stack",
        ),
        "django",
    ),
    # unknown framework named as "the framework"
    (
        "named-framework",
        nygard(
            "We have decided to adopt Docusaurus as the development framework for the site."
        ),
        "docusaurus",
    ),
    # built as one application on the framework: not a part of it
    (
        "built-as-a-django-app",
        nygard("Build the API as a Django app with DRF."),
        "django",
    ),
    (
        "written-as-a-new-service",
        nygard("Write the exporter as a new FastAPI service."),
        "fastapi",
    ),
    (
        "we-build-it-as-a-flask-application",
        nygard("We will build the kiosk backend as a Flask application."),
        "flask",
    ),
    # an unknown name said to be the framework, with no verb of choosing
    (
        "copula-unknown-name",
        nygard(
            "Default new services to Bun.\n\n- Elysia is the web framework.\n- Drizzle is the ORM."
        ),
        "elysia",
    ),
    (
        "copula-will-be-ours",
        nygard("Litestar will be our backend framework from the next release on."),
        "litestar",
    ),
    (
        "copula-name-after",
        nygard("The API framework is Sanic; uvloop runs underneath it."),
        "sanic",
    ),
    (
        "verbless-as-the-framework",
        nygard("Starlette as the web framework, Tortoise as the ORM."),
        "starlette",
    ),
    # a verdict after the name, or before it, chooses where it stands
    (
        "verdict-best-fit",
        nygard("The team agreed that Django is the best fit."),
        "django",
    ),
    (
        "verdict-our-default",
        nygard("Going forward, FastAPI is our default."),
        "fastapi",
    ),
    # more ways of saying it
    ("lets-go-with", nygard("Let's go with Flask."), "flask"),
    ("build-on-top-of", nygard("We'll build the API on top of FastAPI."), "fastapi"),
    ("our-recommendation-label", nygard("Our recommendation: Django."), "django"),
    ("imperative-proceed-with", nygard("Proceed with FastAPI."), "fastapi"),
    ("not-this-but-that", nygard("Not Django, but FastAPI."), "fastapi"),
    ("verdict-suits-best", nygard("In the end, Flask suits our needs best."), "flask"),
    (
        "verdict-before",
        nygard("After two spikes, the best fit for our team is Flask."),
        "flask",
    ),
    (
        "verdict-against-one-for-another",
        nygard("Flask is too small for this; Django is the better choice."),
        "django",
    ),
    (
        "decision-outweighs-a-verdict-in-context",
        nygard(
            "We will use Django.",
            context="Flask is the best fit for small services; ours is not small.",
        ),
        "django",
    ),
    # standing a project up on a framework chooses it
    (
        "stand-up-a-project",
        nygard(
            "Stand up a small Django project whose only job is the admin.",
            title="Admin tooling",
        ),
        "django",
    ),
    (
        "spin-up-a-service",
        nygard("Spin up a FastAPI service for the relay."),
        "fastapi",
    ),
    # keeping what is there is a choice too
    (
        "continue-using",
        nygard("Continue using Django for all new endpoints."),
        "django",
    ),
    ("carry-on-with", nygard("Carry on with Flask for the new service."), "flask"),
    ("retain", nygard("Retain Django as the framework."), "django"),
    ("consolidate-on", nygard("We will consolidate on Django."), "django"),
    # building it in, or as, the framework
    ("write-it-in", nygard("Write it in Flask."), "flask"),
    ("rewrite-in", nygard("Rewrite the billing service in Django."), "django"),
    ("will-be-a", nygard("The new service will be a Flask service."), "flask"),
    # a Flask app is Flask itself: Flask has no "apps" inside a project
    (
        "wrap-in-an-app",
        nygard("Wrap the model in a minimal Flask app exposing `/predict`."),
        "flask",
    ),
    ("build-as-an-app", nygard("We will build it as a Flask app."), "flask"),
    ("expose-through", nygard("Expose the model through a small Flask app."), "flask"),
    ("serve-with", nygard("Serve the model with Flask."), "flask"),
    ("go-for", nygard("Go for Django."), "django"),
    ("outside-a-place", nygard("Outside the monolith, we will use Flask."), "flask"),
    ("let-us", nygard("Let us adopt Flask."), "flask"),
    ("recommendation-is", nygard("Our recommendation is Django."), "django"),
    # MADR's "Chosen option:" followed by the option's number or letter alone
    (
        "chosen-option-number",
        madr("Chosen option: 2, because it is small.", "1. Django\n2. Flask"),
        "flask",
    ),
    (
        "chosen-option-letter",
        madr('Chosen option: "B"', "* A. Django\n* B. Flask"),
        "flask",
    ),
]

NONE_CASES = [
    # a choice under a condition that opens the sentence holds only if it does
    (
        "if-then-verdict",
        nygard(
            "If the editors need screens, Django is the natural choice. Product decides in May."
        ),
    ),
    (
        "unless-then-verdict",
        nygard(
            "Unless the load grows, Flask would be the best fit; we wait for the figures."
        ),
    ),
    (
        "assuming-then-choice",
        nygard("Assuming the team stays at two, we would use Flask."),
    ),
    # what was looked at, labelled, is not chosen by its label
    ("considered-label", nygard("Considered: Flask\n\nPreviously: Django")),
    (
        "label-then-words",
        nygard("Note: Django is what the old site used.", title="Hosting"),
    ),
    # an app inside a framework already there is a part of it
    ("in-a-django-app", nygard("Install Celery in a Django app we already run.")),
    ("the-django-app", nygard("Run the exports in the Django app.")),
    # saying what a framework is chooses only a web framework, and only a name
    (
        "copula-test-framework",
        nygard("Pytest is the test framework; Hypothesis adds properties."),
    ),
    (
        "copula-front-end",
        nygard("Vue is the front-end framework the designers prefer."),
    ),
    (
        "copula-pronoun",
        nygard("It is the web framework most of us have shipped with.", title="Hiring"),
    ),
    ("copula-undecided", nygard("The web framework is TBD until the spike ends.")),
    # a lower-case word or a figure after "Chosen option:" is not an option's label
    (
        "chosen-option-word",
        madr("Chosen option: a simple approach", "1. Django\n2. Flask"),
    ),
    ("recommendation-is-not", nygard("Our recommendation is not Django.")),
    # a part of the framework used without it
    (
        "outside-the-framework",
        nygard("Use Django's ORM outside Django for the batch jobs."),
    ),
    ("chosen-option-2fa", madr("Chosen option: 2FA first", "1. Django\n2. Flask")),
    ("not-this-but-build-our-own", nygard("We will not use Django but build our own.")),
    ("group-rejects", nygard("The architecture board rejected Django.")),
    # a part of the framework chosen inside it: serializers, viewsets, the test runner
    (
        "drf-serializers",
        nygard("Adopt Django REST framework serializers for validation."),
    ),
    ("drf-viewsets", nygard("Use DRF viewsets for the CRUD endpoints.")),
    ("test-runner", nygard("Use the Django test runner.")),
    # a part of the framework opening the Decision of a record about something else
    (
        "decision-opens-with-a-part",
        nygard(
            "Django signals carry the audit events to the log.",
            context="Every change to an order must be audited.",
            title="Audit trail",
        ),
    ),
    # a verdict against the name at the start of the Decision
    ("verdict-not-the-best-fit", nygard("Flask is not the best fit.")),
    ("verdict-isnt-a-good-fit", nygard("Flask isn't a good fit for us.")),
    ("verdict-overkill", nygard("Django would be overkill for two pages.")),
    ("verdict-does-not-fit", nygard("Django does not fit our needs yet.")),
    ("verdict-considered-too-heavy", nygard("Django was considered too heavy.")),
    ("verdict-denied-before", nygard("We do not think Flask is the best fit.")),
    ("lets-not", nygard("Let's not use Django.")),
    (
        "library-used-as-a-framework-does",
        nygard("We'll use Jinja2 templates, as Flask does.", title="Templates"),
    ),
    # pros of every option are no choice
    (
        "verdict-in-options",
        "# Backend framework\n\n## Context and Problem Statement\n\nWhich web framework?\n\n"
        "## Considered Options\n\n### Django\n\n* Good, because Django is the best fit for admin screens\n\n"
        "### Flask\n\n* Good, because Flask is the best fit for small APIs\n\n"
        "## Decision Outcome\n\nWe will decide after the load test.\n",
    ),
    (
        "runs-on-infrastructure",
        nygard(
            "The workers will run on Kubernetes next to the Django app.",
            title="Workers",
        ),
    ),
    ("rejected-after", nygard("Django was rejected after the spike.")),
    (
        "framework-style-guide",
        nygard(
            "We will adopt the Django coding style for all Python code.",
            context="Code style varies between repositories.",
            title="Code style",
        ),
    ),
    (
        "library-added-to-a-framework-app",
        nygard(
            "We will use Celery with Redis for background jobs in the existing Django app.",
            context="Our Django monolith sends e-mails inside requests.",
            title="Background jobs",
        ),
    ),
    ("not-chosen-after", nygard("Django was not chosen.")),
    # a part of a framework without parts of its own: a possessive, a shared noun
    (
        "possessive-part",
        nygard("We will use Starlette's TestClient in all API tests.", title="Tests"),
    ),
    (
        "shared-part",
        nygard("We will adopt the Echo middleware conventions.", title="HTTP"),
    ),
    ("evaluated-and-rejected", nygard("Django was evaluated and rejected.")),
    ("not-an-option", nygard("Flask is not an option for this service.")),
    ("phased-out", nygard("Flask is being phased out.")),
    ("dash-not-selected", nygard("Django — not selected.")),
    (
        "option-number-naming-no-framework",
        "# Message broker\n\n## Considered Options\n\n### Option 1: Kafka\n\n"
        "### Option 2: RabbitMQ\n\n## Decision\n\nWe go with option 1.\n",
    ),
    (
        "choose-between",
        nygard("We meet next week.", title="Choose between Django and Flask"),
    ),
    (
        "wins-in-a-comparison",
        nygard(
            "We will add a cache.",
            context="On admin screens Django wins on every count for now.",
            title="Caching",
        ),
    ),
    (
        "library-for-a-framework",
        nygard(
            "We will use Flask-Login for sessions.",
            context="The Flask service needs login sessions.",
            title="Authentication library",
        ),
    ),
    ("negated-want", nygard("We don't want to use Django.")),
    (
        "framework-feature",
        nygard(
            "We will use FastAPI's BackgroundTasks for e-mail.",
            title="Background tasks",
        ),
    ),
    ("negated-infinitive", nygard("We decided not to use Django.")),
    (
        "migrate-away-from",
        nygard("Migrate the reports from Django to the data warehouse."),
    ),
    (
        "library-hyphenated",
        nygard("We will use the django-fsm library for state.", title="Use django-fsm"),
    ),
    (
        "framework-admin",
        nygard(
            "Use Django's Admin site for administrative actions.",
            title="Use Django Admin",
        ),
    ),
    (
        "framework-component",
        nygard("To use Django's built-in templating engine.", title="Django templates"),
    ),
    (
        "agent-not-object",
        nygard(
            "To use server-side rendering performed by Django.",
            title="Server side rendering",
        ),
    ),
    (
        "choice-recalled-in-context",
        nygard(
            "We will add htmx for partial page updates.",
            context="Our decision to use Django for server-rendered pages worked well.",
            title="Dynamic content",
        ),
    ),
    (
        "only-context",
        nygard(
            "We will add caching with Redis.",
            context="Our legacy Django monolith serves the pages.",
        ),
    ),
    (
        "language-choice",
        madr('Chosen option: "Python", because we know it.', "* Python\n* Java"),
    ),
    (
        "frontend-framework",
        madr(
            "Chosen option: Next.js, because it renders on the server.",
            "* Next.js\n* Vue.js",
        ),
    ),
    ("tbd", nygard("TBD", title="Use the Django Web Framework")),
    ("pending", nygard("Pending", title="Use Flask")),
    ("question-marks", nygard("We choose ????")),
    (
        "empty-decision",
        "# Framework choice\n\n## Context\n\nDjango or Flask?\n\n## Decision\n\n## Consequences\n\nNone.\n",
    ),
    (
        "library-for-the-framework",
        nygard(
            "Use slowapi, a rate limiter for Starlette and FastAPI.",
            title="Rate limiting",
        ),
    ),
    (
        "deploy-an-app-of-the-framework",
        nygard("We'll deploy the Flask app on Kubernetes.", title="Deployment"),
    ),
    (
        "backend-as-a-modifier-is-no-topic",
        "# Back-end code quality tools\n\n## Context\n\nBack-end tooling for linting.\n\n"
        "## Decision\n\nWe will be using the Flask template repository for set up.\n",
    ),
    (
        "context-choice-is-background",
        nygard(
            "We will cache rendered pages in Redis.",
            context="Our backend is Django; we decided to go with Django in 2019.",
            title="Page cache",
        ),
    ),
    # a library glued to the name is still not the framework
    (
        "library-glued-to-the-name",
        nygard("We will use django-fsm for the order states.", title="Order states"),
    ),
    (
        "described-as-based-in-context-only",
        nygard(
            "We will cache rendered pages in Redis.",
            context="Our Django-based shop renders pages slowly.",
            title="Page cache",
        ),
    ),
    (
        "off-topic",
        '# Use Crowdin\n\n## Decision Outcome\n\nChosen option: "Crowdin", because it is easy.\n',
    ),
    # "over" a protocol is not "over" a rival: "called over HTTP"
    (
        "over-a-protocol",
        nygard(
            "The tool stays a CLI.",
            context="Someone suggested wrapping the CLI in Flask so it could be"
            " called over HTTP.",
        ),
    ),
    (
        "will-not-add",
        nygard(
            "We will not add Flask or any web framework; the tool stays a CLI.",
            title="Do not adopt a web framework for the CLI",
        ),
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_chosen_framework(
    lint: Callable[[str], FileReport], name: str, text: str, expected: str
) -> None:
    assert lint(text).framework == expected


@pytest.mark.parametrize(("name", "text"), NONE_CASES, ids=[c[0] for c in NONE_CASES])
def test_no_framework_decision(
    lint: Callable[[str], FileReport], name: str, text: str
) -> None:
    report = lint(text)
    assert report.framework is None
    assert report.criteria == {}


@pytest.mark.parametrize(
    "decision",
    [
        "TBD",
        "Pending",
        "We choose ????",
        "We have not decided yet.",
        "Decision deferred until the spike ends.",
        "To be discussed at the next architecture meeting.",
        "Open question: Django or Flask?",
        "Pending the results of the spike.",
        "We will decide after the proof of concept.",
        "We compared Django and Flask. TBD.",
        "We lean towards Flask but will decide after the spike.",
        "We are considering Django and Flask. A decision will be made after the prototype.",
        # after an adverbial opener
        "For now no framework has been picked.",
        "Until then, nothing is chosen.",
        "At this stage no decision has been made.",
    ],
)
def test_undecided_framework_adr_is_reported(
    lint: Callable[[str], FileReport], decision: str
) -> None:
    findings = lint(nygard(decision, title="Use the Django Web Framework")).findings
    assert [f.rule for f in findings] == ["D001"]
    assert findings[0].line == 13  # the undecided text


def test_decision_in_second_of_several_adrs(lint: Callable[[str], FileReport]) -> None:
    text = (
        "# ADR 1: Use Black\n\n**Status:** Accepted\n\n## Context\n\nFormatting, flexible rules.\n\n"
        "## Decision\n\nWe use Black.\n\n---\n\n"
        "# ADR 2: Backend framework\n\n**Status:** Accepted\n\n## Context\n\nWe need a web framework.\n\n"
        "## Decision\n\nWe will use Flask.\n"
    )
    report = lint(text)
    assert report.framework == "flask"
    assert report.title == "ADR 2: Backend framework"
    assert (
        report.criteria["customisation"]["addressed"] is False
    )  # "flexible" belongs to ADR 1


def test_one_section_for_context_and_decision(
    lint: Callable[[str], FileReport],
) -> None:
    """A section titled "Context and decision" states needs as a Context
    does, and the choice made in it stands."""
    report = lint(
        "# 2. Backend\n\n## Context and decision\n\n"
        "The reporting backend is used by about 50 analysts. After a spike we "
        "chose Flask over Django. The analysts' manager wants to edit report "
        "definitions in an admin screen.\n"
    )
    assert report.framework == "flask"
    assert report.criteria["scale"]["requirement"] == "small"
    assert report.criteria["admin"]["requirement"] == "required"
