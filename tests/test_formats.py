"""Every output format for the same run, each checked against what reads it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from adr_lint import cli, report
from adr_lint.cli import main
from tests.conftest import ROOT, corpus_or_skip, corpus_rows

SARIF_SCHEMA = ROOT.parent / "shared" / "reference" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    corpus = corpus_or_skip()
    folder = tmp_path_factory.mktemp("formats")
    found = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(corpus.parent)  # as CI runs from the repository's root
        for fmt in ("text", "concise", "json", "sarif", "github", "junit"):
            target = folder / f"report.{fmt}"
            assert (
                main(["--format", fmt, "--output", str(target), "corpus/framework"])
                == 1
            )
            found[fmt] = target.read_text(encoding="utf-8")
    return found


def test_format_names_match_the_reporters() -> None:
    assert set(cli.FORMATS) == set(report.CHOICES)


def test_every_format_reports_the_same_findings(outputs: dict[str, str]) -> None:
    data = json.loads(outputs["json"])
    total = sum(len(f["findings"]) for f in data["files"])
    assert total > 50
    assert len(outputs["concise"].splitlines()) == total + 1
    grouped = outputs["text"].splitlines()
    assert sum(line.startswith("  ") for line in grouped) == total
    # A path line and a blank line per file with findings, and the summary.
    listed = sum(bool(f["findings"]) for f in data["files"])
    assert len(grouped) == total + 2 * listed + 1
    assert len(outputs["github"].splitlines()) == total
    sarif = json.loads(outputs["sarif"])
    assert len(sarif["runs"][0]["results"]) == total


def test_sarif_is_valid_and_shaped_for_code_scanning(outputs: dict[str, str]) -> None:
    if not SARIF_SCHEMA.is_file():
        pytest.skip("the SARIF schema is not beside this checkout")
    sarif = json.loads(outputs["sarif"])
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert all(
        r["id"]
        and r["shortDescription"]["text"]
        and r["fullDescription"]["text"]
        and r["help"]["text"]
        for r in rules
    )
    ids = [r["id"] for r in rules]
    for result in run["results"]:
        assert result["ruleId"] == ids[result["ruleIndex"]]
        assert (
            result["level"] in ("error", "warning", "note")
            and result["message"]["text"]
        )
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert not location["artifactLocation"]["uri"].startswith(("/", "file:"))
        assert location["region"]["startLine"] >= 1
        assert result["partialFingerprints"]


def test_sarif_fingerprints_survive_moved_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    text = (ROOT / "examples" / "0002-use-flask-for-the-back-office.md").read_text(
        encoding="utf-8"
    )
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    main(["--format", "sarif", "-o", "one.sarif", "a.md"])
    (tmp_path / "a.md").write_text(
        text.replace("## Context\n", "## Context\n\nAn added line.\n"), encoding="utf-8"
    )
    main(["--format", "sarif", "-o", "two.sarif", "a.md"])
    one, two = (
        next(
            r
            for r in json.loads((tmp_path / n).read_text())["runs"][0]["results"]
            if r["ruleId"] == "M003"
        )
        for n in ("one.sarif", "two.sarif")
    )
    assert one["locations"] != two["locations"]
    assert one["partialFingerprints"] == two["partialFingerprints"]
    assert one["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a.md"


def test_sarif_file_outside_the_repository_is_an_absolute_uri(tmp_path: Path) -> None:
    from adr_lint.report.sarif_format import relative_uri

    assert relative_uri(str(tmp_path / "a b.md"), tmp_path) == ("a%20b.md", True)
    assert relative_uri("/elsewhere/x.md", tmp_path) == (
        "file:///elsewhere/x.md",
        False,
    )


def test_junit_parses_with_one_case_per_file(outputs: dict[str, str]) -> None:
    root = ET.fromstring(outputs["junit"])
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    labelled = [r for r in corpus_rows("INDEX.tsv") if r["set"] == "framework"]
    assert len(cases) == int(suite.get("tests", "0")) == len(labelled)
    failed = [c for c in cases if c.find("failure") is not None]
    assert len(failed) == int(suite.get("failures", "0")) > 0
    failure = failed[0].find("failure")
    assert (
        failure is not None
        and failure.get("type")
        and failure.text
        and failure.get("message")
    )


GITHUB_LINE = re.compile(
    r"^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,title=adr-lint [A-Z]\d{3}::[^\r\n]+$"
)


def test_github_annotations_are_well_formed(outputs: dict[str, str]) -> None:
    for line in outputs["github"].splitlines():
        assert GITHUB_LINE.match(line), line


def test_github_escaping() -> None:
    from adr_lint.engine import FileReport
    from adr_lint.findings import Finding
    from adr_lint.report import github_format

    finding = Finding(
        "a,b:c.md", 3, 1, "M003", "error", "mismatch", "100% sure\nreally"
    )
    out = github_format.render(
        [FileReport("a,b:c.md", None, None, None, {}, (finding,))]
    )
    assert (
        out
        == "::error file=a%2Cb%3Ac.md,line=3,col=1,title=adr-lint M003::100%25 sure%0Areally\n"
    )


def test_auto_is_github_inside_actions(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    example = str(ROOT / "examples")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    main(["--format", "auto", example])
    assert capsys.readouterr().out.startswith("::error file=")
    monkeypatch.delenv("GITHUB_ACTIONS")
    main(["--format", "auto", example])
    assert "  11:1  error    M003  " in capsys.readouterr().out


def test_colour_only_on_a_tty_without_no_color(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    example = str(ROOT / "examples")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    main([example])
    assert "\x1b[" in capsys.readouterr().out
    monkeypatch.undo()
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    main([example])
    assert "\x1b[" not in capsys.readouterr().out


def test_quiet_and_statistics(capsys: pytest.CaptureFixture[str]) -> None:
    corpus = corpus_or_skip()
    main(["--quiet", str(corpus / "framework")])
    out = capsys.readouterr().out
    assert "Found" not in out and out.count("\n") > 50
    main(["--statistics", str(corpus / "framework")])
    lines = capsys.readouterr().out.splitlines()
    assert all(
        re.match(r"^\s+\d+  [A-Z]\d{3}  (error|warning|info) +[a-z-]+$", line)
        for line in lines[:-1]
    )
    counts = [int(line.split()[0]) for line in lines[:-1]]
    assert counts == sorted(counts, reverse=True)
    assert lines[-1].startswith("Found ")


def test_text_lines_stay_short_over_the_whole_corpus(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The path is written once per file, so no finding's line carries it."""
    corpus = corpus_or_skip()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)  # paths as a user in the checkout sees them
        main(["--exit-zero", str(Path("..") / corpus.relative_to(ROOT.parent))])
    lines = [line for line in capsys.readouterr().out.splitlines() if line]
    findings = [line for line in lines if line.startswith("  ")]
    assert len(findings) > 300
    assert max(map(len, lines)) < 200
    assert sorted(map(len, lines))[len(lines) // 2] < 120
    assert sorted(map(len, findings))[len(findings) // 2] < 120
