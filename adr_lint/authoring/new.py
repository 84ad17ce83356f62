"""`adr-lint new TITLE`: the next record of the ADR folder, numbered, named
and laid out as the folder does it, dated today and `Proposed`; for a
framework decision, with a prompt for each criterion. Never overwrites a
file. Prints the path it wrote, and on standard error what to do next."""

from __future__ import annotations

import os
from datetime import date
from typing import NamedTuple

import click

from adr_lint import config, document, knowledge, layout
from adr_lint.authoring import naming, skeleton
from adr_lint.authoring.survey import Survey, survey
from adr_lint.errors import AdrLintError, UsageError
from adr_lint.knowledge import KnowledgeBase, Language
from adr_lint.reading.analysis import analyse
from adr_lint.workspace import folders as adr_folders

TEMPLATES = ("nygard", "madr")
_COMPONENT_REACH = 60  # characters after a name where "admin" makes it a part


class NewSettings(NamedTuple):
    title: str
    folder: str | None = None
    template: str | None = None
    framework: str | None = None
    config: str | None = None
    packs: tuple[str, ...] = ()
    today: str | None = None  # ISO 8601; None: the date today


class Framework(NamedTuple):
    name: str | None  # the framework chosen, as people write it
    prompted: bool  # a framework decision: the criteria get prompts


def run(settings: NewSettings) -> int:
    conf = config.load(settings.config or config.find(os.getcwd()))
    kb = knowledge.load([*conf.rules, *settings.packs])
    title = " ".join(settings.title.split())
    if not naming.slugify(title):
        raise UsageError("the title needs a letter or a digit to name the file by")
    folder = _folder(settings.folder, conf, kb.language)
    found = survey(folder, kb)
    template = settings.template or conf.new_template or found.template or "nygard"
    chosen = _framework(settings.framework, title, kb)
    today = settings.today or date.today().isoformat()
    name = naming.record_path(found.naming, title, found.number, today)
    draft = skeleton.Draft(
        template,
        _heading(title, found, template),
        today,
        chosen.name,
        kb.criteria if chosen.prompted else (),
    )
    path = os.path.join(folder, *name.split("/"))
    _write(path, skeleton.render(draft))
    click.echo(_shown(path))
    hints = _hints(path, os.path.basename(path), chosen, conf.file_name_pattern, kb)
    for line in hints:
        click.echo(f"adr-lint: {line}", err=True)
    return 0


def _folder(given: str | None, conf: config.Config, language: Language) -> str:
    """`--dir` (made if missing), else the folder a bare `adr-lint` lints."""
    if given:
        try:
            os.makedirs(given, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"{given}: cannot create: {exc.strerror or exc}") from None
        return given
    folders = [p for p in conf.paths if os.path.isdir(p)]
    if len(folders) > 1:
        raise UsageError(
            f"{conf.path}: `paths` names {len(folders)} folders; "
            "pass --dir to say which one the record goes in"
        )
    if folders:
        return folders[0]
    where = adr_folders.locate(os.getcwd(), ())
    found = adr_folders.search(where, language)
    if len(found) == 1:
        return found[0]
    if not found:
        raise UsageError(
            "no ADR folder found (looked for .adr-dir and folders named like "
            "docs/adr or decisions); pass --dir DIR"
        )
    shown = ", ".join(os.path.relpath(f) for f in found[:3])
    raise UsageError(f"several ADR folders ({shown}); pass --dir to say which")


def _framework(given: str | None, title: str, kb: KnowledgeBase) -> Framework:
    """`--framework`, else the framework the title chooses as adr-lint reads
    it; a title that only names one ("Django or Flask?") still asks for
    the criteria."""
    if given:
        known = kb.alias_ids.get(" ".join(given.lower().split()))
        if known is None:
            raise UsageError(
                f"unknown framework '{given}'; the knowledge base knows "
                + ", ".join(sorted(f.name for f in kb.frameworks.values()))
                + " (a rule pack adds others: --rules)"
            )
        return Framework(kb.frameworks[known].name, True)
    doc = document.parse(f"# {title}\n", "new.md", kb.language.sections)
    picked = analyse(doc, kb).decision.framework
    if picked:
        known_framework = kb.frameworks.get(picked)
        return Framework(known_framework.name if known_framework else title, True)
    return Framework(None, _names_a_framework(title, kb))


def _names_a_framework(title: str, kb: KnowledgeBase) -> bool:
    """Whether the title names a framework, and not a part of one ("the
    Django admin")."""
    for _start, end, alias in kb.mentions.finditer(title):
        framework = kb.frameworks[kb.framework_of(alias)]
        if not framework.components.match(title[end : end + _COMPONENT_REACH]):
            return True
    return False


def _heading(title: str, found: Survey, template: str) -> str:
    """The title, with the number first where the folder's titles have it
    (or, in a folder with none yet, where the template does: Nygard's)."""
    if found.naming.dated:
        return title
    numbered = found.numbered_titles
    if numbered is None:
        numbered = template == "nygard"
    return found.title_number.format(found.number, title) if numbered else title


def _write(path: str, text: str) -> None:
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)  # a record's own folder
        with open(path, "x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        raise UsageError(f"{_shown(path)}: already exists; not overwritten") from None
    except OSError as exc:
        raise AdrLintError(
            f"{_shown(path)}: cannot write: {exc.strerror or exc}"
        ) from None


def _hints(
    path: str, name: str, chosen: Framework, pattern: str | None, kb: KnowledgeBase
) -> list[str]:
    shown = _shown(path)
    out = [f"next: in {shown}, replace the question in each section with the answer"]
    if chosen.prompted:
        out.append(
            "a framework decision: until the record weighs each criterion its "
            "comments list, `adr-lint` reports the missing ones (C000, then C001-C005)"
        )
    layout.forget()  # the folder has one record more now
    accepted = layout.name_follows_convention(
        name, os.path.dirname(path), kb.language, pattern
    )
    if not accepted:
        out.append(
            f"the name follows the folder's records, which R001 reports: "
            f"{'file-name-pattern' if pattern else 'NNNN-slug.md'} is not matched"
        )
    return out


def _shown(path: str) -> str:
    """The path from the working directory when it is below it."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative
