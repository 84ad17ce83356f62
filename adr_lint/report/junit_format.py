"""JUnit XML, one test case per file, as GitLab and Jenkins show it."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from adr_lint.engine import FileReport
from adr_lint.findings import Finding


def render(reports: list[FileReport]) -> str:
    failed = [r for r in reports if _failures(r)]
    suites = ET.Element("testsuites", name="adr-lint")
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="adr-lint",
        tests=str(len(reports)),
        failures=str(len(failed)),
        errors="0",
        skipped="0",
    )
    for report in reports:
        case = ET.SubElement(
            suite, "testcase", classname="adr-lint", name=report.path, file=report.path
        )
        failures = _failures(report)
        if failures:
            first = failures[0]
            headline = (
                f"{len(failures)} problem(s); first: {first.rule} {first.message}"
            )
            failure = ET.SubElement(
                case, "failure", message=headline[:500], type=first.rule
            )
            failure.text = "\n".join(_line(f) for f in failures)
        notes = [f for f in report.findings if f.severity == "info"]
        if notes:
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(
                f"{f.path}:{f.line}:{f.column}: {f.rule} info {f.message}"
                for f in notes
            )
    ET.indent(suites)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + ET.tostring(suites, encoding="unicode")
        + "\n"
    )


def _line(f: Finding) -> str:
    return f"{f.path}:{f.line}:{f.column}: {f.rule} {f.severity} {f.message}"


def _failures(report: FileReport) -> list[Finding]:
    return [f for f in report.findings if f.severity in ("error", "warning")]
