"""The `show` and `new` commands' options. As in `cli`, options are only
parsed here; the work is done in `show` and `new`, imported when a command
runs so that `adr-lint --help` stays fast."""

from __future__ import annotations

import click

_config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=str),
    help="Use this config file instead of looking for one.",
)
_pack_option = click.option(
    "--rules",
    "packs",
    multiple=True,
    type=click.Path(path_type=str),
    help="Add a rule-pack folder (repeatable).",
)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("text", "json")),
    default="text",
    show_default=True,
    help="Text for people, or JSON (schemas/show.schema.json).",
)
@_config_option
@_pack_option
def show(
    paths: tuple[str, ...], fmt: str, config_file: str | None, packs: tuple[str, ...]
) -> None:
    """Show what adr-lint read in each ADR, criterion by criterion.

    The framework chosen and the line that chose it; per criterion, the
    evidence, the requirement stated and the verdict, with its sources."""
    from adr_lint.authoring.show import ShowSettings, run

    raise SystemExit(run(ShowSettings(paths, fmt, config_file, packs)))


@click.command()
@click.argument("title")
@click.option(
    "--dir",
    "folder",
    type=click.Path(file_okay=False, path_type=str),
    help="The ADR folder (created if missing); default: the one adr-lint finds.",
)
@click.option(
    "--template",
    type=click.Choice(("nygard", "madr")),
    help="The template; default: the folder's, as its records show it.",
)
@click.option(
    "--framework",
    help="The web framework chosen: adds a prompt for each criterion.",
)
@_config_option
@_pack_option
def new(
    title: str,
    folder: str | None,
    template: str | None,
    framework: str | None,
    config_file: str | None,
    packs: tuple[str, ...],
) -> None:
    """Write the next ADR of the folder and print its path.

    Numbered, named and laid out as the folder's records are, dated today,
    status Proposed; never over an existing file."""
    from adr_lint.authoring.new import NewSettings, run

    raise SystemExit(
        run(NewSettings(title, folder, template, framework, config_file, packs))
    )
