"""Which criteria a framework ADR addresses, and the requirement it states."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from adr_lint.engine import FileReport


def adr(context: str, decision: str = "We will use Django.") -> str:
    return f"# 1. Web framework\n\n## Status\n\nAccepted\n\n## Context\n\n{context}\n\n## Decision\n\n{decision}\n"


ADDRESSED = [
    # a framework that says where things go
    ("customisation", "Django tells you where to put things."),
    ("customisation", "Rails decides for us how to lay out the code."),
    ("customisation", "A framework dictating how to structure each app slows us."),
    # concurrency models of other runtimes
    ("async", "Virtual threads take care of the blocking JDBC calls."),
    ("async", "Each socket gets its own goroutine."),
    ("async", "Green threads keep the handlers cheap."),
    # screens named by the staff's work
    ("admin", "Moderation and support screens come with the package."),
    ("admin", "A refund console for the finance desk ships in phase two."),
    ("admin", "The approval queue is worked through every morning."),
    # ... while nothing unusual about the build is a plain-structure need
    ("customisation", "Nothing about the booking flow is unusual."),
    ("customisation", "Nothing about the app is special."),
    # administrative tooling; going below the framework; keeping control (fr)
    ("admin", "The front desk needs administrative tooling for bookings."),
    ("admin", "Volunteers get administrative screens for the rota."),
    ("customisation", "Where needed we drop down to the raw ASGI layer."),
    ("customisation", "We can drop down to plain Werkzeug for the uploads."),
    ("customisation", "Nous voulons garder la main sur le routage."),
    # who looks after it, what the team writes, what it must learn (German)
    ("team-size", "I'm the only person who will maintain this after launch."),
    ("team-size", "Bad, because most of us wrote Kotlin until now."),
    ("team-size", "Half the team codes in Go already."),
    ("team-size", "Das Team muss Django zuerst lernen."),
    ("team-size", "Die Entwickler müssten sich in FastAPI einarbeiten."),
    # who has the say over the parts, and each team's own way of doing them
    ("customisation", "We want the final say over which middleware runs first."),
    ("customisation", "Nobody should have to reinvent their own approach to forms."),
    ("customisation", "We'd rather not see each squad improvising its own patterns."),
    # synonyms and phrasings
    ("scale", "We expect heavy traffic during enrolment."),
    ("scale", "Throughput matters: the API must answer 2 million requests per day."),
    ("scale", "Performance under load is our main worry."),
    ("team-size", "We are a squad of five engineers."),
    ("team-size", "Most of the team are familar with it."),  # a common misspelling
    ("team-size", "The developer had the most recent hands-on experience with it."),
    ("team-size", "Onboarding new developers must be quick."),
    ("team-size", "The learning curve is steep for newcomers."),
    ("admin", "Staff need a back office to manage orders."),
    # one person on the project, components chosen one by one
    ("team-size", "I'm the only developer, and I maintain it between other work."),
    ("team-size", "Priya is the only person working on this."),
    ("team-size", "This is a one-person project."),
    ("customisation", "I want to choose each piece myself."),
    ("customisation", "We add only what we need, library by library."),
    ("customisation", "The team prefers selecting every component themselves."),
    # who comes after the team that builds it
    ("team-size", "This makes it harder for subsequent teams to inherit the code."),
    ("team-size", "A new team will take over the service next year."),
    ("team-size", "Whoever inherits this codebase must understand it quickly."),
    # German compounds and experience
    ("team-size", "Von Entwicklerseite existieren bereits Erfahrungen damit."),
    ("team-size", "Unser Entwicklungsteam ist klein."),
    ("team-size", "Wir haben Erfahrung mit Spring aus dem letzten Projekt."),
    # a framework's own administration, in other words
    ("admin", "Django includes a built-in administration system."),
    ("admin", "Its automatic administration covers every model."),
    ("admin", "Editors want an administration dashboard for the catalogue."),
    ("scale", "It must cope with Black Friday peaks."),
    ("scale", "The metrics API is read-heavy."),
    # big figures of anything counted, multiples of the load, response times
    ("scale", "The catalogue holds 2 million products."),
    ("scale", "The archive keeps 1.5 billion sensor readings."),
    ("scale", "Sale days bring ten times the normal visitors."),
    ("scale", "Peak season triples the request rate."),
    ("scale", "The dataset doubles every year."),
    ("scale", "Response times must stay under 200 ms."),
    ("scale", "The p99 must stay below one second."),
    ("team-size", "The developer is most fluent in Flask."),
    (
        "admin",
        "We do not need an admin interface.",
    ),  # saying it does not matter addresses it
    ("admin", "Batteries: ORM, admin, auth, templating out of the box."),
    ("async", "The service keeps WebSocket connections open."),
    ("async", "ASGI support is a must."),
    ("async", "It is I/O-bound: most time is spent waiting on other services."),
    ("customisation", "We need full control over the ORM and the auth layer."),
    ("customisation", "Flask is unopinionated; Django is prescriptive."),
    ("customisation", "The customisation of every layer is key."),  # British
    # what the people building it know, without the word "team"
    ("team-size", "Nobody here has used Flask before."),
    ("team-size", "We've never used Django."),
    ("team-size", "Half the team is junior."),
    ("team-size", "Our developers are mostly Java people."),
    ("team-size", "It is maintained by a rotating pool of volunteers."),
    ("customisation", "Customization of every layer is key."),  # American
    # figures, synonyms and word order
    ("scale", "The site is small: under 100 users."),
    ("scale", "Partners will call it thousands of times per second."),
    ("team-size", "The team has four Python developers."),
    ("team-size", "Our engineering group is small."),
    ("admin", "There is no need for a management dashboard."),
    ("async", "The service blocks on slow upstream calls."),
    ("customisation", "We need to swap in our own ORM and auth components."),
    ("scale", "The portal serves around 2 million members."),
    ("scale", "The service keeps ~20,000 WebSocket connections open."),
    ("team-size", "We pick it because the team knows it best."),
    ("team-size", "Everyone knows Django here."),
    ("customisation", "The team wants to choose its own libraries."),
    ("scale", "Thousands of field devices report in."),
    ("scale", "Each device keeps a persistent websocket to the service."),
    ("admin", "Staff enter orders manually."),
    # what a service streams to its clients
    ("async", "The service streams large CSV exports to clients."),
    ("customisation", "We value the freedom to pick each component."),
    ("async", "Most of the work is CPU-bound report generation."),
    ("scale", "The app is small."),
    ("scale", "It takes a few hundred bookings a day."),
    ("customisation", "We want to pick the ORM and the auth library ourselves."),
    ("scale", "It must handle many simultaneous long-lived connections."),
    ("customisation", "Django's conventions suit us."),
    ("scale", "Around 300 applications a month."),
    ("scale", "We expect under a hundred users."),
    ("scale", "The dashboard streams to 5,000 concurrent viewers."),
    ("customisation", "We prefer batteries included over assembling our own stack."),
    (
        "customisation",
        "We'd rather follow conventions than design our own architecture.",
    ),
    # tables and pros/cons bullets
    (
        "async",
        "| Aspect | Flask | FastAPI |\n| --- | --- | --- |\n| Async support | none | native |",
    ),
    (
        "customisation",
        "* Good, because it is easy to extend.\n* Bad, because it is large.",
    ),
    # data volume, growth and the shape of the load
    ("scale", "We store 2 TB of documents."),
    ("customisation", "We accept that Django's structure is rigid."),
    ("scale", "Sign-ups spike before each deadline."),
    ("scale", "Our user base will grow from 5k to 500k in two years."),
    ("scale", "Usage is spiky: quiet most of the year, busy at enrolment."),
    ("team-size", "Most of us are juniors."),
    # people who already use it
    ("team-size", "The team already uses Django daily."),
    ("team-size", "Most of our developers already use FastAPI."),
    ("team-size", "We already use Flask in three services."),
    # "extend" in its software sense
    ("customisation", "The framework is easy to extend."),
    ("customisation", "Its request handling can be extended with middleware."),
    ("customisation", "We extend Flask with blueprints for each module."),
    ("customisation", "We will extend the admin with a few custom actions."),
    # the builders in other words: what the group has done, its standing in
    # a skill, where the knowledge sits, who hands the work over
    ("team-size", "Only one of us has written Python before."),
    ("team-size", "Everyone here already ships Flask services."),
    ("team-size", "The people who will maintain this are Rails veterans."),
    ("team-size", "We are all beginners with async code."),
    ("team-size", "Knowledge of the framework is concentrated in one person."),
    ("team-size", "The contractors who built the prototype hand it over in March."),
    # in other words: being bound, choices made for the team, a core grown
    # with what is added, the freedom to shape the code
    (
        "customisation",
        "We'd rather not stay tied to one ORM for the life of the product.",
    ),
    ("customisation", "Django takes many decisions for the developers up front."),
    ("customisation", "The framework leaves the project layout up to each team."),
    ("customisation", "Every squad's code should follow the same conventions."),
    ("customisation", "We want uniform conventions in all six services."),
    ("admin", "El equipo de soporte necesita un panel interno para emitir reembolsos."),
    ("admin", "A recepção usa telas internas para marcar consultas."),
    ("admin", "Los agentes trabajan en pantallas internas para bloquear cuentas."),
    ("customisation", "A lean core we can extend with only what each service needs."),
    ("customisation", "Partners write plugins, so a plugin system matters."),
    ("customisation", "We want the leeway to rewire how requests are handled."),
    (
        "customisation",
        "The code should be arranged the way we want, not the framework's.",
    ),
]

NOT_ADDRESSED = [
    # the admin's own options are said of the admin
    ("customisation", "Django: built-in admin, customisable."),
    ("customisation", "Django : admin intégré, personnalisable."),
    ("customisation", "Its dashboard is fully customizable."),
    # a framework's own maintainers are not the team
    ("team-size", "Bad, because it is a single-maintainer project."),
    ("team-size", "Risky: a sole-developer library with slow releases."),
    # traffic as what is routed, not as load
    ("scale", "No production traffic is moved in this PR."),
    ("scale", "We shift traffic to the new service gradually."),
    ("scale", "Live traffic is mirrored to staging for a week."),
    ("admin", "We use a code review queue in GitLab."),
    ("admin", "Users must be able to edit their profile."),
    ("admin", "Our support for Python 2 ends; we ban old clients."),
    # a database's pooled connections are no async need
    ("async", "We keep database connections open in a pool."),
    # what is usual is the load or the team, not the build
    ("customisation", "Nothing about the load is unusual."),
    ("customisation", "Nothing about our traffic is special."),
    ("customisation", "Nothing about the team looks out of the ordinary."),
    # the code's structure growing is no load
    ("scale", "The blueprint structure scales to more endpoints cleanly."),
    ("scale", "The module layout scales well to new features."),
    ("scale", "Routing scales nicely to additional views."),
    ("team-size", "The report is written in Python and runs nightly."),
    # a team deciding or picking what is no component of the code
    ("customisation", "The team decides the release dates itself."),
    ("customisation", "Only the API team can pick the hosting region."),
    ("customisation", "I only pick Go when a library we need is Go-only."),
    # work done outside the request is a queue's, and how many people use
    # the service at once is its load: neither is its concurrency model
    ("async", "Invoices are rendered by background jobs overnight."),
    ("async", "A background worker resizes the uploaded photos."),
    ("async", "We expect about 1,500 concurrent users at the end of term."),
    ("async", "Peaks reach 800 concurrent staff sessions at shift change."),
    ("async", "Around 300 concurrent visitors on a busy evening."),
    ("scale", "We invite two members of the security team to the review."),
    ("team-size", "We know the reports are read once a month."),
    ("team-size", "FastAPI has great developer experience."),
    ("team-size", "Our focus is on getting hands-on experience with the language."),
    ("team-size", "The framework is well-known."),
    ("admin", "The manage command runs administrative tasks."),
    ("team-size", "The new service will take over the old traffic."),
    ("team-size", "Other classes inherit from the base model."),
    # what staff do themselves is no choice of components
    ("customisation", "Staff swap photos and change prices themselves."),
    ("admin", "Student records live in the university's administration system."),
    # a content platform's own editing screens, praised: not the team's need
    (
        "admin",
        "WordPress is popular for its user-friendly content management interfaces.",
    ),
    ("admin", "Grant admin rights to the deploy user."),
    ("customisation", "Flask would have extended time-to-first-prototype."),
    ("customisation", "Django has a large plugin ecosystem."),
    ("scale", "We do not yet know how it will grow feature-wise."),
    ("async", "We will write a simple web application."),
    # the same words about the product or the people using it
    ("team-size", "The onboarding flow for new customers must be simple."),
    ("team-size", "It is a hiring platform for nurses."),
    (
        "team-size",
        "Users with previous experience of the old portal will adapt quickly.",
    ),
    ("scale", "Managers record performance reviews in the app."),
    ("scale", "Users can scale images before upload."),
    ("async", "The team works with asynchronous communication on Slack."),
    ("async", "Standups are synchronous video calls."),
    ("customisation", "Customers can extend their subscription online."),
    ("customisation", "We tailor the e-mails to each customer."),
    ("admin", "The API exposes CRUD endpoints for orders."),
    ("admin", "Customers update their address without a page reload."),
    ("scale", "Uploads are limited to 10 MB per file."),
    ("scale", "The release date will increase the pressure on the team."),
    ("scale", "The load is not low."),
    ("scale", "Two staff engineers maintain it."),
    ("admin", "We have an internal dashboard for metrics."),
    ("admin", "Users need a screen to edit their profile."),
    ("admin", "Users get an edit screen for their profile."),
    ("admin", "The edit form for profiles is part of the public site."),
    ("async", "We chat on Slack about releases."),
    ("team-size", "The user has never used a computer."),
    ("admin", "We edit the config manually."),
    ("team-size", "A 50-strong support team answers calls."),
    ("admin", "Change the DNS records in the hosting provider's control panel."),
    ("admin", "The sales team has a dashboard of KPIs."),
    ("scale", "We release four times a year."),
    # the team that uses or runs the product is not the one that builds it
    ("team-size", "Moderators (a team of 25) review flagged posts."),
    ("team-size", "A team of 40 agents answers calls."),
    ("team-size", "The support team (30 people) works in shifts."),
    # "block" about a release or a checkout, not a request handler
    ("async", "This change must not block the release."),
    ("async", "A failed e-mail must not block checkout."),
    # people who use it are no head-count of the team
    ("team-size", "About 30 people will use it."),
    ("team-size", "Only our own staff (about 30 people) use it."),
    # a project's history is no one's familiarity
    ("team-size", "The first phases already used Flask."),
    ("team-size", "The old portal already used Django for its pages."),
    ("team-size", "This service already uses Postgres."),
    # "extend" of a time window or an agreement, not of the software
    ("customisation", "Any late bid extends the auction by two minutes."),
    ("customisation", "We extended the pilot until March."),
    ("team-size", "Let us check the logs before each release."),
    ("team-size", "Veterans use the app to book medical appointments."),
    ("team-size", "Contractors leave reviews after each job."),
    ("team-size", "The knowledge base holds 300 articles."),
    ("scale", "The project has a budget of 2 million euros."),
    ("scale", "We raised 3M in funding last year."),
    ("scale", "The team doubled in size last year."),
    ("scale", "It takes five times longer to build in Django."),
    ("customisation", "The sprint is bound by the release date."),
    (
        "customisation",
        "The naming conventions of the API are consistent with the guide.",
    ),
    ("customisation", "The layout of the report is consistent with the brand."),
    ("customisation", "Design of the database schema is up to us."),
    ("customisation", "Our core team is five people."),
    ("customisation", "Moving to our own servers reduces vendor lock-in."),
    ("customisation", "The contract is extended for a year."),
]


@pytest.mark.parametrize(("criterion", "context"), ADDRESSED)
def test_criterion_addressed(
    lint: Callable[[str], FileReport], criterion: str, context: str
) -> None:
    report = lint(adr(context))
    assert report.criteria[criterion]["addressed"] is True
    assert report.criteria[criterion]["line"] >= 9
    assert not [
        f
        for f in report.findings
        if f.criterion == criterion and f.kind == "missing-criterion"
    ]


@pytest.mark.parametrize(("criterion", "context"), NOT_ADDRESSED)
def test_criterion_not_addressed(
    lint: Callable[[str], FileReport], criterion: str, context: str
) -> None:
    report = lint(adr(context))
    assert report.criteria[criterion]["addressed"] is False
    # Reported on its own, or named in the one finding for a decision that
    # weighs no criterion at all.
    missing = [
        f for f in report.findings if f.criterion == criterion or f.rule == "C000"
    ]
    assert [f.kind for f in missing] == ["missing-criterion"]
    assert missing[0].line == 13  # the decision's line
    assert missing[0].severity == "error"
    assert criterion.replace("-", " ") in missing[0].message


REQUIREMENTS = [
    # the wish that the framework tell the team how to organise it
    (
        "customisation",
        "For us it is important that the framework is telling us how to organise the code.",
        "low",
    ),
    (
        "customisation",
        "We want a framework that tells us how to structure the project.",
        "low",
    ),
    (
        "customisation",
        "Juniors need a framework that dictates where each module goes.",
        "low",
    ),
    # the support or operations desk able to do the work on the records
    (
        "admin",
        "Customer support must be able to refund orders and ban accounts.",
        "required",
    ),
    ("admin", "Operations must be able to reassign deliveries by hand.", "required"),
    ("admin", "Support needs to be able to suspend abusive sellers.", "required"),
    # connections held open: long-lived, whatever holds them
    ("async", "Up to 9,000 riders hold a connection open for the whole trip.", "heavy"),
    ("async", "Each kiosk keeps its connection alive all day.", "heavy"),
    (
        "async",
        "Dashboards stay subscribed and connections remain open for hours.",
        "heavy",
    ),
    # the people it is looked after by, one or more
    ("team-size", "It will be maintained by one person, in spare hours.", 1),
    ("team-size", "The tool is looked after by two engineers.", 2),
    ("team-size", "Owned by a single developer on the data team.", 1),
    # the team itself deciding each part of the stack
    ("customisation", "We mean to decide every component ourselves.", "high"),
    ("customisation", "It lets us compose only the pieces we need.", "high"),
    ("customisation", "Each service picks only the libraries it uses.", "high"),
    ("scale", "We expect 2 million requests per day.", "large"),
    ("scale", "Our target is 500+ req/s at peak.", "large"),
    ("scale", "It will serve a few hundred users, so traffic stays low.", "small"),
    ("scale", "We do not expect heavy traffic.", "small"),
    ("scale", "It is a tiny single-purpose service.", "small"),
    ("team-size", "We are a squad of five engineers.", 5),
    ("team-size", "A team of 25 developers will maintain it.", 25),
    ("team-size", "We are a small team.", "small"),
    ("team-size", "The team is two people.", 2),
    ("team-size", "The team (six people) knows Django well.", 6),
    ("team-size", "The team has four Python developers.", 4),
    ("team-size", "Our engineering group is small.", "small"),
    ("scale", "The site is small: under 100 users.", "small"),
    ("team-size", "The work spans many teams across the organisation.", "large"),
    ("admin", "Staff need a back office from day one.", "required"),
    ("admin", "We do not need an admin interface.", "none"),
    ("admin", "An admin panel would be nice to have later.", "optional"),
    # negation by the subject, by a passive, by "no need for"
    ("admin", "Nobody needs an admin panel.", "none"),
    ("admin", "Nobody on the team (two engineers) needs an admin screen.", "none"),
    ("admin", "An admin interface is not needed.", "none"),
    ("admin", "There is no need for a management dashboard.", "none"),
    ("async", "We do not need async support.", "none"),
    ("async", "Asynchronous I/O is not important for us.", "none"),
    ("async", "It holds thousands of simultaneous connections.", "heavy"),
    ("scale", "It keeps 20,000 WebSocket connections open.", "large"),
    ("scale", "The portal serves 2 million members.", "large"),
    ("customisation", "Customisation beyond the usual screens is not needed.", "low"),
    ("customisation", "We need to swap in our own ORM.", "high"),
    # a negation in the clause governs only its own phrase or clause
    (
        "admin",
        "Flask has no admin, and we need one for the finance team from the first release.",
        "required",
    ),
    ("async", "No admin needed, no async.", "none"),
    # more wordings of stated needs
    ("team-size", "Headcount is 7.", 7),
    ("scale", "We serve 3 million page views a month.", "medium"),
    ("scale", "Usage is about 200 daily active users.", "small"),
    ("scale", "Only our 12 internal staff will use it.", "small"),
    ("async", "Events reach warehouses in real time.", "heavy"),
    ("async", "The service must stay non-blocking.", "heavy"),
    ("scale", "A read-only archive with tiny traffic.", "small"),
    ("customisation", "Django's conventions suit us.", "low"),
    ("admin", "Receptionists must manage bookings in an admin area.", "required"),
    ("admin", "An admin area for receptionists is needed on launch day.", "required"),
    ("admin", "The admin must not be public.", None),  # not "no admin needed"
    ("scale", "It takes a few hundred bookings a day.", "small"),
    ("scale", "The gateway serves 500k devices.", "large"),
    ("scale", "Scaling is not a concern for the first year.", "small"),
    ("scale", "The app is small.", "small"),
    (
        "customisation",
        "We need to pick the ORM, template engine and auth library ourselves.",
        "high",
    ),
    ("async", "Everything can stay synchronous.", "none"),
    ("scale", "We expect 10x growth next year.", "large"),
    ("customisation", "We want to bring our own ORM and validation library.", "high"),
    # negation after the level phrase
    ("async", "Real-time updates are not needed.", "none"),
    ("scale", "Large-scale traffic is not expected.", "small"),
    ("admin", "A back office isn't required for launch.", "none"),
    # stated needs and plain statements of size
    ("async", "Async I/O is a must for the upstream calls.", "heavy"),
    ("async", "We need native async.", "heavy"),
    ("scale", "Scale is modest.", "small"),
    ("scale", "Traffic: we expect a hundred thousand users.", "large"),
    ("scale", "It is a small internal tool used by 30 staff.", "small"),
    ("team-size", "The team is a dozen engineers.", 12),
    ("customisation", "Default conventions are fine for us.", "low"),
    ("async", "The service must be async end to end.", "heavy"),
    ("async", "We need WebSockets for real-time updates.", "heavy"),
    ("async", "We do not need WebSockets or real-time features.", "none"),
    ("async", "We have some async calls to the partner API.", "some"),
    ("customisation", "We need full control over every component.", "high"),
    (
        "customisation",
        "The framework must let us structure the code as we see fit.",
        "high",
    ),
    (
        "customisation",
        "We need room to adapt the request pipeline to our middleware.",
        "high",
    ),
    ("customisation", "Nobody needs to lay the project out their own way.", "low"),
    ("customisation", "We need to swap out the ORM.", "high"),
    (
        "customisation",
        "We do not need much customisation: standard features are enough.",
        "low",
    ),
    # back offices by other names, sockets as connections, squads as teams
    ("admin", "Account managers need CRUD screens to edit contracts.", "required"),
    ("admin", "Editors need a management console to approve drafts.", "required"),
    ("scale", "We expect 30,000 concurrent sockets at peak.", "large"),
    ("async", "Every client keeps a socket open for pushed messages.", "heavy"),
    ("async", "Handlers spend most of their time waiting on the network.", "heavy"),
    ("team-size", "Our squad is four people.", 4),
    ("scale", "The app has 1.5M MAU.", "large"),
    ("scale", "Telemetry arrives from 20k vehicles.", "medium"),
    ("async", "The service fans out to many slow upstream calls.", "heavy"),
    ("admin", "There's no requirement for an admin UI.", "none"),
    # staff who change data without a developer need an admin, by any name
    (
        "admin",
        "Coordinators must be able to edit shifts without touching code.",
        "required",
    ),
    (
        "admin",
        "HR staff will administer leave requests through a back office.",
        "required",
    ),
    ("team-size", "It will be built by a single volunteer developer.", 1),
    ("scale", "We must answer up to 150 quotes per second.", "large"),
    ("scale", "A rota for 60 volunteers.", "small"),
    ("customisation", "We are happy to follow the framework's conventions.", "low"),
    ("customisation", "Speed of delivery matters more than flexibility.", "low"),
    # negations of the other levels, and negation words beyond "not"
    (
        "admin",
        "An admin UI is not optional: support staff fix orders daily.",
        "required",
    ),
    ("admin", "Support staff can't work without an admin screen.", "required"),
    ("admin", "Without an admin panel, operations cannot run refunds.", "required"),
    ("admin", "A back office for finance is non-negotiable.", "required"),
    ("admin", "We never need an admin: data is loaded by scripts.", "none"),
    ("async", "Nothing here is real-time.", "none"),
    ("scale", "Our traffic is nowhere near large-scale.", "small"),
    # numbers in words and with scale words
    ("scale", "The site must handle 2 million monthly active users.", "large"),
    ("scale", "A small internal API (tens of requests per minute).", "small"),
    ("scale", "Maybe 10 requests a minute.", "small"),
    # labelled requirement lists ("Async: not needed.")
    ("scale", "Scale: small.", "small"),
    ("scale", "Scale: high.", "large"),
    ("async", "Async: not needed.", "none"),
    ("async", "Async: none.", "none"),
    ("customisation", "Customisation: low; conventions are fine.", "low"),
    ("customisation", "Customisation: essential.", "high"),
    ("customisation", "Customisation — medium.", "medium"),
    # more ways to say none is needed
    ("admin", "Admin tooling is out of scope for this service.", "none"),
    ("admin", "Its admin is of no use to us.", "none"),
    ("admin", "An admin panel would be overkill here.", "none"),
    ("admin", "We never used the admin.", "none"),
    ("async", "Synchronous code is fine; we won't use async.", "none"),
    ("async", "Async isn't required.", "none"),
    # a wish the ADR itself plays down is no heavy need
    (
        "async",
        "Some alerts would benefit from websockets but they can be polled instead.",
        "some",
    ),
    ("customisation", "Custom components matter less than shipping.", "low"),
    # other words for the same needs
    (
        "admin",
        "Listings are moderated by our ops staff in an admin console.",
        "required",
    ),
    (
        "async",
        "Each request fans out to five storage backends; blocking I/O is costly.",
        "heavy",
    ),
    ("customisation", "We want to plug in our own auth and serialization.", "high"),
    ("admin", "The admin is used daily by support staff.", "required"),
    (
        "async",
        "Endpoints call other services, so we want async/await throughout.",
        "heavy",
    ),
    ("customisation", "We like being able to compose our own stack.", "high"),
    ("customisation", "We need to shape the request pipeline freely.", "high"),
    # replacing the framework's own parts, or saying the design is unusual
    (
        "customisation",
        "We must replace the ORM with our own data-access layer.",
        "high",
    ),
    ("customisation", "The architecture is unusual.", "high"),
    # a daily routine in the back office, without "need"
    (
        "admin",
        "Officers approve applications in the back office every day.",
        "required",
    ),
    # few users, in words or with a word before the noun
    ("scale", "It is an MVP for a handful of pilot users.", "small"),
    ("scale", "We have five customers.", "small"),
    ("scale", "About 30 pilot customers will use it.", "small"),
    ("scale", "The service sends about 2,000 e-mails a day.", "small"),
    ("team-size", "Two of us maintain it.", 2),
    ("team-size", "We have a dedicated team of ~7.", 7),
    ("team-size", "Our backend chapter counts 18 people.", 18),
    ("admin", "HR officers review changes in an admin screen.", "required"),
    ("admin", "Admin: none", "none"),
    ("async", "The API is CPU-bound, so async would not help.", "none"),
    ("async", "We gain nothing from async.", "none"),
    ("async", "Async I/O would help but is not essential.", "some"),
    ("customisation", "Customisation: standard REST, nothing unusual.", "low"),
    ("team-size", "It is run by the museum's two-person digital team.", 2),
    ("async", "Async: required for the calls to the payment provider.", "heavy"),
    (
        "admin",
        "Curators update records through a back office several times a week.",
        "required",
    ),
    (
        "customisation",
        "We are happy with whatever structure the framework imposes.",
        "low",
    ),
    # load described in a word, not a figure
    ("scale", "We expect around 300 partners, so load is modest.", "small"),
    ("scale", "It is a low-volume internal site.", "small"),
    # teams multiplied out
    ("team-size", "Two squads of six engineers each will build it.", 12),
    ("team-size", "Three teams of 5 developers work on the portal.", 15),
    ("async", "Async brings nothing here; the work is CPU-bound pandas.", "none"),
    ("customisation", "Nothing about the domain is unusual.", "low"),
    ("customisation", "We are happy to follow Django's conventions.", "low"),
    ("customisation", "We are happy with conventions.", "low"),
    # residents as users; a rate without a noun; "staff" as an adjective
    ("scale", "It will serve 1.2M residents.", "large"),
    ("scale", "Requests arrive in bursts of up to 500 per second.", "large"),
    ("team-size", "The team is 8 contractors plus 2 staff engineers.", 10),
    ("team-size", "We have 3 backend and 2 frontend developers.", 5),
    ("team-size", "We have 2 databases and 3 developers.", 3),
    ("admin", "Caseworkers spend their day in back-office screens.", "required"),
    ("admin", "Agents work in the back office all day.", "required"),
    # bending the framework, stated and denied
    ("customisation", "We don't expect to bend the framework.", "low"),
    ("customisation", "We will have to fight the framework's conventions.", "high"),
    ("customisation", "We rely on our own architecture and project layout.", "high"),
    ("customisation", "It needs custom extensions for billing.", "high"),
    # applicants as users, a labelled figure, content added through an admin
    ("scale", "We expect roughly 5,000 applicants a year.", "medium"),
    ("scale", "Visitors: perhaps 2,000 a month.", "medium"),
    ("scale", "Users: ~150k.", "large"),
    ("admin", "Curators add objects weekly through an admin.", "required"),
    # an admin by what the staff do in it, without the word
    ("admin", "Support agents need screens to edit customer records.", "required"),
    ("admin", "Moderators must remove posts from an internal dashboard.", "required"),
    ("admin", "Non-technical staff will update the content daily.", "required"),
    ("admin", "Content must be editable by non-technical colleagues.", "required"),
    # customisation by degree, and defaults that suffice
    ("customisation", "The request pipeline must be heavily customised.", "high"),
    ("customisation", "Every layer will have to be customised.", "high"),
    ("customisation", "The defaults of a batteries-included stack are fine.", "low"),
    ("customisation", "Our domain is standard CRUD.", "low"),
    # pushing to clients is long-lived I/O; growth and reach are scale
    ("async", "We will push live updates to browsers.", "heavy"),
    ("async", "Alerts are delivered instantly to connected clients.", "heavy"),
    ("async", "The app has a chat feature.", "heavy"),
    ("async", "There is no chat feature.", "none"),
    ("scale", "It must handle 10x growth next year.", "large"),
    ("scale", "The audience is the whole country.", "large"),
    ("team-size", "We're a two-person startup.", 2),
    # "need no": the need is denied by its object
    ("admin", "We need no admin: data comes from a feed.", "none"),
    ("admin", "Staff need an admin, no exceptions.", "required"),
    ("customisation", "We want to keep the defaults.", "low"),
    ("customisation", "We will stick with the framework's defaults.", "low"),
    ("scale", "There won't be much traffic.", "small"),
    ("scale", "We expect a lot of traffic at launch.", "large"),
    # powers of ten: not the "6" of 10^6
    ("scale", "We expect 10^6 users.", "large"),
    ("scale", "We expect 1e6 users at peak.", "large"),
    ("scale", "Devices (about 250k) post telemetry every 30 seconds.", "large"),
    ("scale", "It streams market data over WebSockets to 5k clients.", "medium"),
    # a figure given as a ceiling: small stays small, a higher one is no level
    (
        "scale",
        "Load is modest \u2014 well under 100 requests per second at peak.",
        "small",
    ),
    ("scale", "We expect well under 100 requests per second.", None),
    ("scale", "We need to serve fewer than 2 million users.", None),
    ("scale", "Fewer than 50 clinicians will use it.", "small"),
    ("scale", "We expect up to 5 million users.", "large"),
    ("team-size", "No more than 20 engineers will work on it.", None),
    ("team-size", "Fewer than 5 developers will maintain it.", 5),
    # head-counts of the team, not of its users
    ("team-size", "The six people on the team have used both Flask and FastAPI.", 6),
    ("scale", "All 20 members of our platform team review it.", None),
    ("admin", "We are not going to build any admin screens; config is in Git.", "none"),
    ("admin", "We won't build a back office.", "none"),
    # numbers in words: couples, handfuls, half a dozen, the teens
    ("team-size", "A couple of developers maintain it.", 2),
    ("team-size", "A handful of engineers will build it.", 5),
    ("team-size", "Half a dozen developers work on it.", 6),
    ("team-size", "We are fourteen engineers.", 14),
    ("team-size", "Seventeen developers across two squads.", 17),
    ("scale", "A couple of thousand users a day.", "medium"),
    ("scale", "Half a million users are expected.", "large"),
    # what someone else proposed is weighed, but is not the record's need
    (
        "customisation",
        "A proposal suggested moving to Flask so the team could pick its own"
        " components.",
        None,
    ),
    ("async", "Some colleagues argued it must be async end to end.", None),
    ("admin", "We proposed a back office from day one.", "required"),
    # what the team values over what
    ("customisation", "The team values shared conventions over flexibility.", "low"),
    ("customisation", "We value flexibility over conventions.", "high"),
    # a bold run-in label and the sentence that says what it labels
    ("async", "**Async.** Not needed. Everything is request/response.", "none"),
    ("scale", "**Scale.** Small.", "small"),
    ("admin", "*Admin.* Essential: officers review everything there.", "required"),
    (
        "customisation",
        "**Customisation.** We are happy with conventional defaults.",
        "low",
    ),
    # a label is not read into a later paragraph
    ("async", "**Async.**\n\nWe are not sure yet.", None),
    # editing screens and internal tooling for the people who fix data
    ("admin", "Staff need an editing screen for orders.", "required"),
    ("admin", "We need internal tooling to edit records.", "required"),
    ("admin", "The help desk needs screens to reset customer accounts.", "required"),
    (
        "admin",
        "The operations desk must correct bad uploads, so an internal editing"
        " screen is needed from the first release.",
        "required",
    ),
    # thousands grouped by a space, as many countries write them
    ("scale", "About 10 000 users.", "medium"),
    ("scale", "In 2026 500 users will join.", "small"),
    ("scale", "Thousands of open connections at peak.", "large"),
    # the time a service spends waiting on others
    ("async", "It spends its time waiting on those third-party APIs.", "heavy"),
    ("async", "Requests wait for downstream services most of the time.", "heavy"),
    # kiosks, terminals and tills count like devices
    ("scale", "The relay holds a socket to each of about 3k kiosks.", "medium"),
    # editors who need an interface, or a CMS, need an admin
    ("admin", "Editors need an interface to draft articles.", "required"),
    (
        "admin",
        "Editors publish daily and need a CMS-style interface to schedule them.",
        "required",
    ),
    # a requirements table: the first cell labels the second
    (
        "async",
        "| Criterion | Need |\n| --- | --- |\n| Async | Not needed |",
        "none",
    ),
    (
        "admin",
        "| Criterion | Need |\n| --- | --- |\n| Admin | Essential: staff edit the catalogue |",
        "required",
    ),
    # screens named after the staff who use them
    (
        "admin",
        "Receptionists must edit appointments through staff screens from launch.",
        "required",
    ),
    ("admin", "Staff-facing pages for refunds are needed.", "required"),
    ("admin", "Staff need to manage users and permissions without SQL.", "required"),
    # handlers that must not block are an async need; a played-down wish is not
    (
        "async",
        "Handlers call five external APIs per request and must not block.",
        "heavy",
    ),
    ("async", "Requests cannot block the event loop.", "heavy"),
    ("async", "Async is a nice-to-have, not a requirement.", "some"),
    ("async", "WebSockets would be a nice-to-have for the dashboard.", "some"),
    # keeping to the framework's defaults is a low need for customisation
    ("customisation", "We will follow the framework's defaults.", "low"),
    ("customisation", "We will follow Django's conventions.", "low"),
    ("customisation", "We expect to customise little beyond branding.", "low"),
    ("customisation", "We accept Django's conventions wholesale.", "low"),
    # "rarely", "seldom" negate like "not"
    ("customisation", "We rarely need to depart from Django's defaults.", "low"),
    ("scale", "We seldom see heavy traffic.", "small"),
    ("customisation", "We must replace the default user model.", "high"),
    # a one-person team that is not called a developer
    (
        "team-size",
        "The codebase will be maintained by a single part-time contractor.",
        "small",
    ),
    ("team-size", "One consultant will build it.", "small"),
    # team sizes written as labels, asides and idioms
    ("team-size", "We are a two-pizza team.", "small"),
    ("team-size", "The backend guild (7 people) owns it.", 7),
    ("team-size", "The platform team (12) runs it.", 12),
    ("team-size", "Our team is 6 strong.", 6),
    ("team-size", "Team size: 4", 4),
    ("team-size", "We have 40+ engineers across the org.", 40),
    # data kept by hand needs screens; nobody keeping it by hand needs none
    ("admin", "Nobody needs to edit data by hand.", "none"),
    ("admin", "Editors need a CMS to draft stories.", "required"),
    (
        "customisation",
        "Standard CRUD; we are happy to follow framework conventions.",
        "low",
    ),
    # an intensifier before "bespoke" or "custom" states a high need
    (
        "customisation",
        "It needs a highly bespoke request pipeline and a custom auth scheme.",
        "high",
    ),
    ("customisation", "The data layer is entirely custom.", "high"),
    # making do with what the framework ships is a low need
    (
        "customisation",
        "We will mostly stick to what the framework gives us out of the box.",
        "low",
    ),
    ("customisation", "We have no unusual requirements beyond CRUD.", "low"),
    # a head-count of the people who use the product is skipped for the builders'
    (
        "team-size",
        "Moderators (a team of 25) review posts; the engineering team is three developers.",
        3,
    ),
    ("team-size", "The support team of 12 uses it; we are a team of 4.", 4),
    # more ways to name a back office, or to say that nothing is async
    (
        "admin",
        "The coordinators need a control panel to manage shifts.",
        "required",
    ),
    ("async", "We won't need anything asynchronous: no chat.", "none"),
    ("async", "The API itself is request/response.", "none"),
    # figures per year, and volumes of anything the service stores
    ("scale", "A few hundred applications a year.", "small"),
    ("scale", "We expect millions of listings.", "large"),
    ("scale", "* Low expected traffic", "small"),
    # staff of any back office at their screens; a driver that names the wish
    ("admin", "Finance staff need screens to issue credit notes by hand.", "required"),
    ("admin", "* A built-in admin", "required"),
    # a need that another system meets is not this service's
    (
        "async",
        "Buyers chat in real time, but that is a separate service; "
        "this codebase is classic request/response.",
        "none",
    ),
    ("async", "WebSockets are handled by a separate service.", "none"),
    ("async", "The dashboard needs real-time updates.", "heavy"),
    # played down, or negated in other words
    ("admin", "An admin interface would be nice but is not essential.", "optional"),
    ("admin", "An admin would be nice.", "optional"),
    ("admin", "An admin is not essential.", "none"),
    ("async", "Async would be overkill.", "none"),
    ("async", "We have zero need for websockets.", "none"),
    ("async", "Nothing here is I/O heavy.", "none"),
    # head-counts as "the team numbers eight" or "N people work on it"
    ("team-size", "The dev team numbers eight.", 8),
    ("team-size", "Roughly 15 people work on the backend.", 15),
    ("team-size", "Two people work on it part-time.", 2),
    # concurrent people of any kind, not only "users"
    ("scale", "Up to 30k concurrent students at exam time.", "large"),
    # nothing long-lived, or nothing but CPU work: no need for async
    ("async", "There are no long-running connections.", "none"),
    ("async", "Everything is CPU-bound image processing.", "none"),
    (
        "async",
        "Some endpoints are CPU-bound, others wait on slow partner APIs.",
        "heavy",
    ),
    # batteries included preferred to assembling a stack: little customisation
    (
        "customisation",
        "We prefer batteries included over assembling our own stack.",
        "low",
    ),
    # load described in words: tiny is small, moderate is medium
    ("scale", "Peak traffic is tiny.", "small"),
    ("scale", "Load is negligible outside office hours.", "small"),
    ("scale", "Load is moderate.", "medium"),
    ("scale", "The load is not moderate.", None),
    # light load said as a label, an expectation, a need, or a shrug
    ("scale", "Load: low.", "small"),
    ("scale", "Traffic: high.", "large"),
    ("scale", "Usage is expected to be light.", "small"),
    ("scale", "Throughput requirements are modest.", "small"),
    ("scale", "Scale doesn't really matter for this tool.", "small"),
    ("scale", "We are not worried about scale.", "small"),
    ("scale", "Scale is a non-issue here.", "small"),
    ("scale", "Scale is not much of a concern.", "small"),
    # one negation for two criteria
    ("scale", "Neither scale nor async is much of a concern for us.", "small"),
    ("async", "Neither scale nor async is much of a concern for us.", "none"),
    ("async", "Neither async nor real-time push is needed.", "none"),
    ("async", "Everything is synchronous and that is fine.", "none"),
    # concurrent people of other kinds, and connections held to clients
    ("scale", "Around 20,000 simultaneous bidders at peak.", "large"),
    ("scale", "The gateway holds open connections to 50k mobile clients.", "large"),
    # the people who build it are a head-count, not a load
    ("team-size", "It is built by three volunteers in their spare time.", 3),
    ("scale", "It is built by three volunteers in their spare time.", None),
    ("team-size", "The team is two SREs.", 2),
    ("team-size", "The two maintainers want something unopinionated.", 2),
    ("team-size", "Team: 2 backend devs, 1 frontend dev.", 3),
    # little is a low need, however it is said
    ("customisation", "We need little customisation.", "low"),
    ("customisation", "Customisation needs are minimal.", "low"),
    ("customisation", "Heavy customisation is expected.", "high"),
    ("customisation", "We don't expect heavy customisation.", "low"),
    ("customisation", "We are fine with Django's opinions about layout.", "low"),
    # a team that uses the product, named by its role, is not the builders
    (
        "team-size",
        "HR officers (a team of 6) approve leave requests. We are two developers.",
        2,
    ),
    ("async", "Async isn't relevant: it is form submissions.", "none"),
    ("async", "Non-blocking I/O to the downstream stores.", "heavy"),
    ("async", "Pupils see the leaderboard update live.", "heavy"),
    ("scale", "Thousands of pupils answer questions at the same time.", "large"),
    # "no" opening an item of a terse list governs that item alone
    ("scale", "No admin, tiny team (me), low traffic.", "small"),
    ("team-size", "No admin, tiny team (me), low traffic.", "small"),
    ("scale", "No admin, no heavy traffic.", "small"),
    ("scale", "No need for an admin, websockets or heavy traffic.", "small"),
    # an admin named for the staff who use it
    ("admin", "It gives us an admin for the support staff.", "required"),
    ("admin", "We do not need an admin for the support staff.", "none"),
    # figures in words, and people who use it
    ("scale", "We expect a couple hundred users.", "small"),
    ("scale", "A few dozen internal users.", "small"),
    ("scale", "About 30 people will use it.", "small"),
    # head-counts said as "we are", or by what the people do
    ("team-size", "We are 4 people.", 4),
    ("team-size", "Two people maintain it.", 2),
    ("team-size", "Roughly 15 people work on payments.", 15),
    # an admin wanted, answered yes, or implied by daily hand edits
    ("admin", "Admin: yes, for the finance team.", "required"),
    ("admin", "We want a built-in admin for order handling.", "required"),
    ("admin", "We don't want an admin.", "none"),
    ("admin", "Handlers correct claims by hand every day.", "required"),
    # connections of a kind, counted
    ("scale", "We must accept 5,000 concurrent device connections.", "large"),
    ("async", "We must accept 5,000 concurrent device connections.", "heavy"),
]


@pytest.mark.parametrize(("criterion", "context", "expected"), REQUIREMENTS)
def test_requirement_level(
    lint: Callable[[str], FileReport], criterion: str, context: str, expected: object
) -> None:
    assert lint(adr(context)).criteria[criterion]["requirement"] == expected


def test_pros_of_an_alternative_are_not_requirements(
    lint: Callable[[str], FileReport],
) -> None:
    text = (
        adr("We need a web framework.")
        + "\n## Pros and Cons of the Options\n\n### Flask\n\n* Good, because it gives full control over every component.\n"
    )
    report = lint(text)
    assert report.criteria["customisation"]["addressed"] is True
    assert report.criteria["customisation"]["requirement"] is None


@pytest.mark.parametrize("status", ["Superseded by ADR-0009", "Deprecated", "Rejected"])
def test_history_is_not_rechecked(
    lint: Callable[[str], FileReport], status: str
) -> None:
    text = adr("Staff need a back office from day one.", "We will use Flask.").replace(
        "Accepted", status
    )
    report = lint(text)
    # a rejected record took no decision; the others made theirs
    assert report.framework == (None if status == "Rejected" else "flask")
    assert not [
        f for f in report.findings if f.kind in ("missing-criterion", "mismatch")
    ]


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("We expect 40k spectators connected at once on final day.", "large"),
        ("Up to 2,000 pupils are online simultaneously during exams.", "large"),
        ("About 5,000 voters at the same time when the polls close.", "large"),
        ("Perhaps 12 volunteers at once, on a busy evening.", "small"),
    ],
)
def test_those_there_at_once_are_counted_whatever_they_are_called(
    lint: Callable[[str], FileReport], sentence: str, level: str
) -> None:
    text = (
        "# 1. Web framework\n\n## Status\n\nAccepted\n\n## Context\n\n"
        f"{sentence}\n\n## Decision\n\nWe will use Flask.\n"
    )
    assert lint(text).criteria["scale"]["requirement"] == level


def test_builders_at_work_together_are_no_load(
    lint: Callable[[str], FileReport],
) -> None:
    text = (
        "# 1. Web framework\n\n## Status\n\nAccepted\n\n## Context\n\n"
        "Three developers work on it at the same time.\n\n"
        "## Decision\n\nWe will use Flask.\n"
    )
    assert not lint(text).criteria["scale"]["addressed"]


@pytest.mark.parametrize(
    ("criterion", "context"),
    [
        # what a criterion asks, as a criteria table defines it: no need
        (
            "customisation",
            "C4 | Flexibility | How easily we can swap or bend parts of it",
        ),
        ("scale", "Growth: how well it holds up under heavy traffic"),
        ("async", "Concurrency: to what extent it must stay non-blocking under load"),
    ],
)
def test_a_question_the_criterion_asks_states_no_need(
    lint: Callable[[str], FileReport], criterion: str, context: str
) -> None:
    assessed = lint(adr(context)).criteria
    assert assessed[criterion]["addressed"] is True
    assert assessed[criterion]["requirement"] is None
