"""Records written in other languages, and frameworks the pack does not
list: section names and choice words per language, a choice read from
where the names stand, and one info finding where the criteria have no
vocabulary in the record's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from adr_lint import knowledge
from adr_lint.document import Document
from adr_lint.engine import FileReport
from adr_lint.errors import PackError
from adr_lint.knowledge import KnowledgeBase
from adr_lint.reading.locale import detect


def record(title: str, sections: dict[str, str]) -> str:
    body = "".join(f"## {name}\n\n{text}\n\n" for name, text in sections.items())
    return f"# {title}\n\n{body}"


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Decisión", "decision"),
        ("Decisao", "decision"),  # the accent dropped
        ("Conséquences", "consequences"),
        ("Entscheidung", "decision"),
        ("Rozważane opcje", "options"),
        ("決定", "decision"),
        ("결정", "decision"),
        ("Bối cảnh", "context"),
        ("Decision Outcome (결정 결과)", "decision"),
    ],
)
def test_section_names_in_other_languages(
    parse: Callable[[str], Document], heading: str, role: str
) -> None:
    doc = parse(f"# T\n\n## {heading}\n\nText.\n")
    assert [s.role for s in doc.record.sections] == [role]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The title names one framework and the Decision names it first,
        # with a verb the pack does not know.
        (
            record(
                "Flask para la API de pagos",
                {"Contexto": "Hay que elegir.", "Decisión": "Nos quedamos con Flask."},
            ),
            "flask",
        ),
        (
            record(
                "FastAPI für den Bestelldienst",
                {"Entscheidung": "FastAPI wird eingeführt, mit Pydantic."},
            ),
            "fastapi",
        ),
        (
            record("Django を Web フレームワークとする", {"決定": "Django 5 を使う。"}),
            "django",
        ),
        (
            record(
                "Flask pour le tableau de bord",
                {"Décision": "Nous partons sur Flask 3, sans extension."},
            ),
            "flask",
        ),
        # Where the Decision names another framework first, the title does
        # not outweigh it.
        (
            record("Django pour le site", {"Décision": "Flask, finalement."}),
            "flask",
        ),
    ],
)
def test_title_and_decision_naming_one_framework_choose_it(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    "text",
    [
        # A part of the framework, not the framework.
        record(
            "Django admin para o suporte", {"Decisão": "Django admin para a equipe."}
        ),
        # Two frameworks in the title: nothing to agree with.
        record("Django ou Flask", {"Decisão": "Django, por enquanto."}).replace(
            "Django, por enquanto.", "Ainda em aberto: Django ou Flask."
        ),
        # A rejection the pack can read.
        record(
            "Stop using Flask for new services",
            {"Decision": "New services will not use Flask any more."},
        ),
    ],
)
def test_title_alone_chooses_nothing(
    lint: Callable[[str], FileReport], text: str
) -> None:
    assert lint(text).framework is None


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        ("Se adopta FastAPI para el backend.", "fastapi"),
        ("Adotamos Flask, que todos conhecem.", "flask"),
        ("Wybieramy Django ze względu na panel administracyjny.", "django"),
        ("Chọn Flask cho backend.", "flask"),
        ("バックエンドには FastAPI を採用する。", "fastapi"),
    ],
)
def test_choice_words_of_other_languages(
    lint: Callable[[str], FileReport], decision: str, expected: str
) -> None:
    text = record("Web framework", {"Decision": decision})
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        # A participle after any person's auxiliary ("j'ai", "on a",
        # "hemos", "abbiamo"), and "instead of" rejecting what follows it.
        ("J'ai retenu Flask pour l'API de facturation.", "flask"),
        ("On a opté pour FastAPI, au lieu de Flask.", "fastapi"),
        ("Hemos escogido Django en vez de Flask.", "django"),
        ("Optei por Flask em vez de Django.", "flask"),
        ("Abbiamo scelto FastAPI invece di Django.", "fastapi"),
        # Each language's "go with"
        ("Procediamo con Django.", "django"),
        ("Vamos con FastAPI para las cotizaciones.", "fastapi"),
        ("On part sur Flask, comme pour les autres outils.", "flask"),
        ("Ficamos com Django por causa do painel.", "django"),
    ],
)
def test_a_choice_in_the_perfect_of_any_person(
    lint: Callable[[str], FileReport], decision: str, expected: str
) -> None:
    text = record("Web framework", {"Decision": decision})
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    "decision",
    [
        "Nous n'avons pas choisi Django.",
        "Usaremos el stack actual en lugar de Django.",
        "Resta il sistema attuale, invece di Flask.",
    ],
)
def test_a_choice_said_not_to_be_made_in_another_language(
    lint: Callable[[str], FileReport], decision: str
) -> None:
    text = record("Web framework", {"Decision": decision})
    assert lint(text).framework is None


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        (
            "Chosen option: Phoenix framework, because channels come built in.",
            "phoenix",
        ),
        (
            'Chosen option: "Hanami framework", because we are a Ruby shop.',
            "hanami",
        ),
        ("Chosen option: [Ktor](https://ktor.io) framework.", "ktor"),
        # Not called a framework: a library or a language.
        ("Chosen option: Alembic, because it ships with SQLAlchemy.", None),
        ("Chosen option: Python, because the team knows it.", None),
    ],
)
def test_chosen_option_naming_a_framework_the_pack_does_not_list(
    lint: Callable[[str], FileReport], outcome: str, expected: str | None
) -> None:
    text = (
        "# Backend web framework\n\n## Context and Problem Statement\n\n"
        "Which web framework should the backend use?\n\n"
        "## Considered Options\n\n* one\n* two\n\n"
        f"## Decision Outcome\n\n{outcome}\n"
    )
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        ("We will use Go with the Gin web framework.", "gin"),
        ("We chose Kotlin on the Ktor framework for the new API.", "ktor"),
        ("We use Phoenix 1.7 with LiveView as the backend framework.", "phoenix"),
    ],
)
def test_a_name_the_sentence_says_is_the_framework(
    lint: Callable[[str], FileReport], decision: str, expected: str
) -> None:
    text = record("Service stack", {"Context": "A new service.", "Decision": decision})
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Usar Django e os templates. A equipe já conhece e não quer mudar.", "pt"),
        ("Se adopta FastAPI porque el equipo lo conoce y es más rápido.", "es"),
        ("Nous utilisons Flask pour le tableau de bord, avec les extensions.", "fr"),
        ("Wir verwenden Django, weil das Team es kennt und die Admin nutzt.", "de"),
        ("FastAPI を採用する。チームは Python に慣れている。", "ja"),
        ("我们选择FastAPI作为后端框架，这个服务的接口很多。", "zh"),
        ("Мы используем Django, и это решение принято для API.", "ru"),
        (
            "Wij kiezen voor Django omdat het team het kent en het niet moeilijk is.",
            "nl",
        ),
        ("We will use Django; the team knows it. Lo siento, no más.", "en"),
        ("", "en"),
    ],
)
def test_the_language_a_record_is_written_in(
    kb: KnowledgeBase, text: str, language: str
) -> None:
    found = detect(text, kb.language.locales)
    assert found is not None and found.id == language


def test_criteria_in_a_language_without_vocabulary_are_one_info_finding(
    lint: Callable[[str], FileReport],
) -> None:
    text = record(
        "Django làm framework web",
        {
            "Bối cảnh": "Chúng tôi cần một framework cho cổng thông tin, được "
            "bộ phận hỗ trợ sử dụng và chưa được chọn.",
            "Quyết định": "Chọn Django 5 với các mẫu và ORM của nó.",
        },
    )
    report = lint(text)
    assert report.framework == "django"
    assert [(f.rule, f.severity) for f in report.findings] == [("C100", "info")]
    assert "Vietnamese" in report.findings[0].message


ITALIAN = [
    (
        "Il portale riceve migliaia di richieste al minuto e il team è formato da "
        "tre sviluppatori con poca esperienza di Django.",
        {"scale", "team-size"},
    ),
    (
        "Gli operatori lavorano tutto il giorno nel pannello di amministrazione; le "
        "notifiche arrivano in tempo reale.",
        {"admin", "async"},
    ),
    (
        "Vogliamo il controllo pieno su ogni componente e la massima flessibilità; "
        "nessun pannello di amministrazione serve.",
        {"customisation", "admin"},
    ),
]


@pytest.mark.parametrize(("context", "addressed"), ITALIAN)
def test_criteria_are_read_in_italian(
    lint: Callable[[str], FileReport], context: str, addressed: set[str]
) -> None:
    report = lint(
        record(
            "Django come framework web",
            {"Contesto": context, "Decisione": "Usare Django 5 con il suo ORM."},
        )
    )
    assert report.framework == "django"
    found = {c for c, v in report.criteria.items() if v["addressed"]}
    assert found == addressed
    assert "C100" not in [f.rule for f in report.findings]


FR_DE = [
    # French
    (
        "Contexte",
        "Le portail doit tenir la montée en charge du lundi matin ; notre équipe "
        "compte trois développeurs et personne n'a demandé d'interface "
        "d'administration.",
        {"scale", "team-size", "admin"},
    ),
    (
        "Contexte",
        "Les notifications arrivent en temps réel et les appels sont asynchrones ; "
        "nous voulons garder un contrôle total sur chaque brique.",
        {"async", "customisation"},
    ),
    (
        "Contexte",
        "Environ 2 000 utilisateurs simultanés ; la courbe d'apprentissage compte "
        "peu et la personnalisation sera minime.",
        {"scale", "team-size", "customisation"},
    ),
    # German
    (
        "Kontext",
        "Zu Spitzenzeiten erwarten wir tausende gleichzeitige Nutzer; unser Team "
        "besteht aus vier Entwicklern.",
        {"scale", "team-size"},
    ),
    (
        "Kontext",
        "Die Sachbearbeiter brauchen eine Verwaltungsoberfläche; die Aufrufe an "
        "die Partner laufen asynchron.",
        {"admin", "async"},
    ),
    (
        "Kontext",
        "Das Framework soll erweiterbar sein; die Lernkurve ist für uns zweitrangig.",
        {"customisation", "team-size"},
    ),  # Load said as what is borne, and counts per unit of time
    ("Contexte", "La charge reste faible le week-end.", {"scale"}),
    ("Contexte", "Le partenaire envoie 40 fichiers par heure.", {"scale"}),
    ("Kontext", "Es kommen rund 300 Bestellungen pro Stunde.", {"scale"}),
    # Choosing the components oneself
    (
        "Contexte",
        "Nous voulons choisir nous-mêmes chaque bibliothèque.",
        {"customisation"},
    ),
    ("Contexte", "On garde nos propres briques pour les files.", {"customisation"}),
    ("Kontext", "Wir möchten die Bibliotheken selbst wählen.", {"customisation"}),
]


FR_DE += [
    # "prise en charge" is support, not load
    ("Contexte", "La prise en charge des pièces jointes est prévue.", set()),
    ("Contexte", "Les frais sont à la charge du client.", set()),
]


@pytest.mark.parametrize(("name", "context", "addressed"), FR_DE)
def test_criteria_are_read_in_french_and_german(
    lint: Callable[[str], FileReport], name: str, context: str, addressed: set[str]
) -> None:
    french = name == "Contexte"
    report = lint(
        record(
            "Django comme framework web" if french else "Django als Web-Framework",
            {
                name: context,
                "Décision" if french else "Entscheidung": (
                    "Nous utiliserons Django." if french else "Wir verwenden Django."
                ),
            },
        )
    )
    assert report.framework == "django"
    found = {c for c, v in report.criteria.items() if v["addressed"]}
    assert found == addressed
    assert "C100" not in [f.rule for f in report.findings]


PT_ES = [
    # Portuguese
    (
        "Contexto",
        "O portal recebe uns 300 acessos por dia e a equipe tem dois desenvolvedores "
        "que já conhecem Django; ninguém pediu um painel de administração.",
        {"scale", "team-size", "admin"},
    ),
    (
        "Contexto",
        "Precisamos de notificações em tempo real, com processamento assíncrono, e de "
        "liberdade para escolher cada componente.",
        {"async", "customisation"},
    ),
    (
        "Contexto",
        "Esperamos picos de tráfego na Black Friday; a curva de aprendizado do time "
        "importa pouco.",
        {"scale", "team-size"},
    ),
    # Spanish
    (
        "Contexto",
        "Habrá miles de usuarios simultáneos y el equipo de desarrollo es pequeño.",
        {"scale", "team-size"},
    ),
    (
        "Contexto",
        "El área de administración la usan a diario; las respuestas deben ser no "
        "bloqueantes.",
        {"admin", "async"},
    ),
    (
        "Contexto",
        "Queremos flexibilidad y extensibilidad; el rendimiento no es crítico.",
        {"customisation", "scale"},
    ),
    # the size of the project
    ("Contexto", "Django da soporte para proyectos grandes.", {"scale"}),
    ("Contexto", "Serve bem para pequenas aplicações.", {"scale"}),
    ("Contexto", "Es un sistema muy pequeño.", {"scale"}),
]


@pytest.mark.parametrize(("name", "context", "addressed"), PT_ES)
def test_criteria_are_read_in_portuguese_and_spanish(
    lint: Callable[[str], FileReport], name: str, context: str, addressed: set[str]
) -> None:
    report = lint(
        record("Django como framework web", {name: context, "Decisão": "Usar Django."})
    )
    assert report.framework == "django"
    found = {c for c, v in report.criteria.items() if v["addressed"]}
    assert found == addressed
    assert "C100" not in [f.rule for f in report.findings]


def test_criteria_in_english_are_still_checked(
    lint: Callable[[str], FileReport],
) -> None:
    report = lint(record("Django as the web framework", {"Decision": "Use Django."}))
    assert [f.rule for f in report.findings] == ["C000"]


def test_a_user_pack_adds_a_language(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "language.yaml").write_text(
        "locales:\n"
        "  - id: it\n"
        "    name: Italian\n"
        "    words: [il, della, che, non, sono, per]\n"
        "    sections: {decision: [decisione], context: [contesto]}\n"
        "    choose_before: [useremo, adottiamo]\n"
        "    choose_after: ['\\s+è stato scelto']\n",
        encoding="utf-8",
    )
    kb = knowledge.load([pack])
    assert kb.language.sections.role("Decisione") == "decision"
    assert [loc.id for loc in kb.language.locales][-1] == "it"


def test_a_user_pack_with_a_bad_choice_expression_is_refused(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "language.yaml").write_text(
        "locales:\n  - id: it\n    name: Italian\n    choose_after: ['(']\n",
        encoding="utf-8",
    )
    with pytest.raises(PackError, match=r"locales\[0\]\.choose_after\[0\]"):
        knowledge.load([pack])


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Các yếu tố quyết định", "drivers"),
        ("Kết quả quyết định", "decision"),
        ("Veredicto", "decision"),
        ("Fazit", "decision"),
        ("Conclusão", "decision"),
    ],
)
def test_section_names_of_other_languages(heading: str, role: str) -> None:
    assert knowledge.load().language.sections.role(heading) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "# 0003. Фреймворк бэкенда\n\nСтатус: принято\n\n## Контекст\n\nНужен "
            "бэкенд для нескольких эндпоинтов.\n\n## Решение\n\nFastify. Схемы "
            "валидации берутся из пакета.\n",
            "fastify",
        ),
        (
            "# 后端框架\n\n## 背景\n\n我们需要一个后端框架，这个服务的接口很多。\n\n"
            "## 决策\n\n我们选择FastAPI作为后端框架。\n",
            "fastapi",
        ),
        (
            "# ADR 4: Webframework voor de klantenportal\n\n## Achtergrond\n\nWij "
            "hebben een framework nodig voor het portaal.\n\n## Beslissing\n\nWe "
            "kiezen voor Django, omdat het team het kent.\n",
            "django",
        ),
    ],
)
def test_decisions_in_russian_chinese_and_dutch(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    report = lint(text)
    assert report.framework == expected
    assert "C100" in [f.rule for f in report.findings]  # no vocabulary yet


POLISH = [
    (
        "Kontekst",
        "Decyzja",
        "Oczekujemy tysięcy użytkowników; zespół to trzech programistów, którzy "
        "znają Django.",
        {"scale", "team-size"},
    ),
    (
        "Kontekst",
        "Decyzja",
        "Obsługa potrzebuje panelu administracyjnego, a powiadomienia idą w czasie "
        "rzeczywistym.",
        {"admin", "async"},
    ),
    (
        "Kontekst",
        "Decyzja",
        "Potrzebujemy elastyczności w wyborze bibliotek.",
        {"customisation"},
    ),
]


@pytest.mark.parametrize(("context", "decision", "body", "addressed"), POLISH)
def test_criteria_are_read_in_polish(
    lint: Callable[[str], FileReport],
    context: str,
    decision: str,
    body: str,
    addressed: set[str],
) -> None:
    report = lint(
        record("Django jako framework", {context: body, decision: "Wybieramy Django."})
    )
    assert report.framework == "django"
    found = {c for c, v in report.criteria.items() if v["addressed"]}
    assert found == addressed
    assert "C100" not in [f.rule for f in report.findings]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Particles between the verb and the name, in a script without spaces,
        # and what Chinese rejects or turns to.
        ("我们的后端框架使用的是flask。", "flask"),
        ("后端最后采用的是FastAPI。", "fastapi"),
        ("我们放弃Flask，改用Django。", "django"),
        ("我们决定使用FastAPI而不是Flask。", "fastapi"),
        ("我们不使用Django。", None),
    ],
)
def test_chinese_choices_written_without_spaces(
    lint: Callable[[str], FileReport], sentence: str, expected: str | None
) -> None:
    text = f"# 后端框架\n\n## 背景\n\n这个服务需要一个后端框架。\n\n## 决策\n\n{sentence}\n"
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    ("context", "criterion", "level"),
    [
        # Italian "(ci) serve un ...", "occorre", and "non" negating them
        (
            "Ci serve un pannello di amministrazione per il magazzino.",
            "admin",
            "required",
        ),
        ("Occorre un'area di amministrazione per i docenti.", "admin", "required"),
        ("Non serve un back office: i dati arrivano dal gestionale.", "admin", "none"),
        # one developer, in five languages
        ("Lo sviluppo è affidato a un solo sviluppatore.", "team-size", "small"),
        ("El servicio lo mantiene un solo desarrollador.", "team-size", "small"),
        ("O projeto tem um único desenvolvedor.", "team-size", "small"),
        ("Un seul développeur maintiendra le service.", "team-size", "small"),
        ("Ein einziger Entwickler betreut den Dienst.", "team-size", "small"),
    ],
)
def test_needs_and_one_developer_in_other_languages(
    lint: Callable[[str], FileReport], context: str, criterion: str, level: str
) -> None:
    text = record(
        "Web framework", {"Context": context, "Decision": "We will use Flask."}
    )
    assessed = lint(text).criteria[criterion]
    assert assessed["addressed"] is True
    assert assessed["requirement"] == level


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        # each language's verbs of building, with what it is built with
        ("Nous développerons le portail avec Django.", "django"),
        ("Construiremos el servicio de pedidos con FastAPI.", "fastapi"),
        ("Vamos desenvolver a API em Flask.", "flask"),
        ("Svilupperemo il gestionale con Django.", "django"),
        ("Wir implementieren den Dienst mit FastAPI.", "fastapi"),
        ("Nous ne construisons pas le service avec Django.", None),
        # the present of using
        ("Usiamo Flask per il gestionale.", "flask"),
        ("Usamos Django para el portal.", "django"),
        ("Utilizamos FastAPI na API de pedidos.", "fastapi"),
        ("Nous utilisons Flask pour le relais.", "flask"),
        # ... and the language's negation before its choice words
        ("No usamos Django para esto.", None),
        ("Não adotamos Flask neste serviço.", None),
        ("Non adottiamo Django per il relay.", None),
        # the language named first in the stack built with
        ("Backend desenvolvido em Python + FastAPI, com Postgres.", "fastapi"),
        ("Nous construisons le relais avec Python et Flask.", "flask"),
        ("Wir bauen den Dienst mit Python und FastAPI.", "fastapi"),
        # Polish building and writing verbs, and its negation
        ("Usługę rezerwacji budujemy w Django 5.", "django"),
        ("Napiszemy API we Flasku.", "flask"),
        ("Zbudujemy backend na FastAPI.", "fastapi"),
        ("Nie budujemy tego w Django.", None),
        # Traditional Chinese choice words, and their negation
        ("採 FastAPI:後端用 async。", "fastapi"),
        ("我們選用 Django 作為後端。", "django"),
        ("不採用 Django。", None),
        # Spanish impersonal future, with the language named first
        ("Se utilizará el lenguaje Python junto con el framework FastAPI.", "fastapi"),
        ("Se usará Flask para el relé.", "flask"),
        # Polish: will come into being in
        ("Serwis powstanie w FastAPI, uruchamianym przez uvicorn.", "fastapi"),
        # and of writing
        ("Wir schreiben den Abrechnungsdienst mit Flask.", "flask"),
        ("Nous écrirons le back-end avec FastAPI.", "fastapi"),
        ("Escribimos la pasarela con Django.", "django"),
        ("Vamos escrever o agendador com Flask.", "flask"),
        ("Scriviamo il servizio con FastAPI.", "fastapi"),
        ("Wir schreiben keine Zeile mehr mit Django.", None),
    ],
)
def test_built_with_a_framework_in_other_languages(
    lint: Callable[[str], FileReport], decision: str, expected: str | None
) -> None:
    text = record("Web framework", {"Decision": decision})
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    "context",
    [
        # the wish that the framework set the structure, in five languages
        "Nous voulons que le cadre impose une structure commune aux équipes.",
        "Vorremmo che il framework imponga una struttura unica.",
        "Preferimos que el framework imponga una organización común.",
        "Queremos que o framework imponha uma estrutura comum.",
        "Das Framework soll eine einheitliche Struktur vorgeben.",
    ],
)
def test_a_structure_the_framework_should_impose(
    lint: Callable[[str], FileReport], context: str
) -> None:
    text = record(
        "Web framework", {"Context": context, "Decision": "We will use Flask."}
    )
    assessed = lint(text).criteria["customisation"]
    assert assessed["addressed"] is True
    assert assessed["requirement"] == "low"


@pytest.mark.parametrize(
    "note",
    [
        # a note with no sections: the wish stands in its prose, with the
        # language's own words of wanting
        "Cette fois, nous voudrions que le cadre lui-même impose une structure "
        "commune.\n\nNous partons sur **Flask**.\n",
        "Questa volta vogliamo che il framework imponga una struttura comune.\n\n"
        "Abbiamo scelto **Flask**.\n",
        "Esta vez queremos que el framework imponga una estructura común.\n\n"
        "Elegimos **Flask**.\n",
    ],
)
def test_a_wish_in_the_prose_of_a_note_is_read(
    lint: Callable[[str], FileReport], note: str
) -> None:
    report = lint("# Extranet\n\n" + note)
    assert report.framework == "flask"
    assert "M005" in {f.rule for f in report.findings}


def test_saying_the_framework_imposes_nothing_is_no_wish(
    lint: Callable[[str], FileReport],
) -> None:
    text = record(
        "Web framework",
        {
            "Context": "Flask non ci impone una struttura.",
            "Decision": "We will use Flask.",
        },
    )
    assessed = lint(text).criteria["customisation"]
    assert assessed["addressed"] is True
    assert assessed["requirement"] != "low"


@pytest.mark.parametrize(
    "context",
    [
        # the people who run the service doing the work on its records,
        # with where or how they do it, in five languages
        "La segreteria gestisce le prenotazioni ogni giorno.",
        "Le secrétariat saisit les remplacements chaque matin dans des écrans.",
        "El personal gestiona los pedidos en una pantalla.",
        "A secretaria cadastra os alunos todos os dias.",
        "Die Sachbearbeiter erfassen die Anträge täglich.",
    ],
)
def test_staff_at_work_on_the_records_need_an_admin(
    lint: Callable[[str], FileReport], context: str
) -> None:
    text = record(
        "Web framework", {"Context": context, "Decision": "We will use Flask."}
    )
    report = lint(text)
    assert report.criteria["admin"]["requirement"] == "required"
    assert "M003" in {f.rule for f in report.findings}


def test_staff_without_their_work_need_nothing(
    lint: Callable[[str], FileReport],
) -> None:
    text = record(
        "Web framework",
        {"Context": "Il personale usa il telefono.", "Decision": "We will use Flask."},
    )
    assert lint(text).criteria["admin"]["addressed"] is False


@pytest.mark.parametrize(
    "context",
    [
        "Wir wollen jede Komponente selbst auswählen.",
        "Die Bibliotheken müssen austauschbar bleiben.",
        "Wir möchten die Datenbankschicht austauschen können.",
    ],
)
def test_choosing_and_swapping_parts_in_german(
    lint: Callable[[str], FileReport], context: str
) -> None:
    text = record(
        "Web framework", {"Context": context, "Decision": "We will use Flask."}
    )
    assert lint(text).criteria["customisation"]["addressed"] is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # MADR in Japanese and Korean: the outcome's section and label
        (
            "# 在庫通知\n\n## 背景と課題\n\n通知サービスが必要。\n\n## 検討した選択肢\n\n"
            "* Django\n* FastAPI\n\n## 決定の結果\n\n採用案：「FastAPI」。非同期のため。\n",
            "fastapi",
        ),
        (
            "# 予約\n\n## 決定の要因\n\n* 管理画面\n\n## 検討した選択肢\n\n* Django\n"
            "* Flask\n\n## 決定結果\n\n採用した選択肢: Django\n",
            "django",
        ),
        (
            "# 예약 서비스\n\n## 고려한 옵션\n\n* Django\n* Flask\n\n## 결정 결과\n\n"
            "선택한 옵션: Flask, 작은 서비스이기 때문에\n",
            "flask",
        ),
    ],
)
def test_madr_outcomes_in_japanese_and_korean(
    lint: Callable[[str], FileReport], text: str, expected: str
) -> None:
    assert lint(text).framework == expected


@pytest.mark.parametrize(
    ("options", "decision", "expected"),
    [
        # an option picked by its number, in the language's word for one
        (
            "### Opção 1: Django\n\nAdmin.\n\n### Opção 2: Flask\n\nLeve.",
            "Ficamos com a opção 2.",
            "flask",
        ),
        (
            "### Phương án 1: Gin\n\nNhẹ.\n\n### Phương án 2: Spring Boot\n\nNặng.",
            "Chọn phương án 1.",
            "gin",
        ),
        (
            "### Opcja 1: Django\n\nPanel.\n\n### Opcja 2: FastAPI\n\nAsync.",
            "Wybieramy opcję 2.",
            "fastapi",
        ),
        (
            "### Variante A: Flask\n\nKlein.\n\n### Variante B: Django\n\nAdmin.",
            "Wir nehmen Variante B.",
            "django",
        ),
    ],
)
def test_an_option_by_its_number_in_other_languages(
    lint: Callable[[str], FileReport], options: str, decision: str, expected: str
) -> None:
    text = record("Web framework", {"Options": options, "Decision": decision})
    assert lint(text).framework == expected
