"""Whether a framework decision is justified: the criteria it weighs, and
whether the requirements it states fit the framework it picks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from adr_lint.checks.context import Context
from adr_lint.findings import Hit, Rule
from adr_lint.knowledge import Citation, Claim, Criterion, KnowledgeBase
from adr_lint.reading import parts, text
from adr_lint.reading.criteria import Assessment, negated

UNDECIDED = Rule(
    "D001",
    "undecided-framework",
    "decision",
    "warning",
    "The ADR is about choosing a web framework but records no decision.",
    """What it does: reports an ADR whose Decision says "TBD", "Pending",
"We have not decided yet", "We choose ????" or is empty, while its title
or context is about a framework choice.

Why it matters: a proposal without a decision cannot be reviewed against
its requirements; mark it `proposed` and write the intended choice, or
leave the ADR out of the folder until there is one.

Example that passes:
    ## Decision
    We will use Django.
Example that fails:
    ## Decision
    TBD""",
)
DISPUTED = Rule(
    "M100",
    "sources-disagree",
    "disputed",
    "info",
    "The sources disagree about whether the chosen framework fits a stated need.",
    """What it does: where the comparison articles disagree (they do on
prototypes and MVPs), says so and cites both sides instead of declaring a
mismatch.

Why it matters: a reviewer should weigh the evidence, not a verdict the
sources do not support.

Example that passes: an ADR choosing Flask for "an MVP to validate the idea".
Example that fails (reported as info): an ADR choosing Django for "an MVP
to validate the idea".""",
)


UNREAD = Rule(
    "C100",
    "criteria-not-read",
    "missing-criterion",
    "info",
    "The ADR is written in a language the criteria have no vocabulary in.",
    """What it does: for a framework decision written in a language the
knowledge base recognises (its section names and choice words) but holds no
criteria vocabulary for, says so once, instead of reporting each of the five
criteria as not addressed (C001-C005) when they were never looked for.

Why it matters: a finding should say what was checked. Five errors for
criteria that were never read are noise, and hide the one fact that
matters: this record's reasoning was not checked.

To have the criteria checked, add a vocabulary for the language in a rule
pack (`criteria.yaml`, and `criteria: true` on the language in
`language.yaml`), or state the requirements as structured front matter.

The pack ships criteria vocabularies for English, Portuguese and Spanish;
the requirement levels that the mismatch rules (M) read are English only.

Example that passes: a framework ADR in English, Portuguese or Spanish.
Example that fails (reported as info): "## Décision\n\nUtiliser Django." """,
)


NONE_WEIGHED = Rule(
    "C000",
    "no-criterion-weighed",
    "missing-criterion",
    "error",
    "A framework decision weighs none of the criteria.",
    """What it does: for an ADR that chooses a web framework and weighs none
of scale, team size, admin interface, async support and customisation,
reports it once, naming them all, instead of one finding per criterion
(C001-C005, which report a decision that weighs some but not all).

Why it matters: the comparison articles single out these criteria as the
ones that separate the frameworks; a decision silent on all of them is not
justified.

Superseded, deprecated and rejected ADRs are history and are not checked.

Example that passes: a framework ADR that discusses at least one criterion
(the others are then reported one by one).
Example that fails: "We will use Django." and nothing else.""",
)


def rules(kb: KnowledgeBase) -> list[Rule]:
    out = [UNDECIDED, DISPUTED, UNREAD, NONE_WEIGHED]
    for c in kb.criteria:
        out.append(
            Rule(
                c.missing_code,
                f"missing-{c.id}",
                "missing-criterion",
                "error",
                f"A framework decision does not address {c.name}.",
                f"""What it does: for an ADR that chooses a web framework, checks
that the text weighs {c.name} ({c.summary}).

Why it matters: the comparison articles single out {c.name} as a criterion
that separates the frameworks; a decision silent on it is not justified.
{c.advice}

Superseded, deprecated and rejected ADRs are history and are not checked.
Structured front matter (`criteria: {{{c.id}: ...}}`) also addresses it.

Example that passes: a framework ADR that discusses {c.name}, or says it
does not matter.
Example that fails: "We will use Django." with no word on {c.name}.""",
            )
        )
        out.append(
            Rule(
                c.mismatch_code,
                f"{c.id}-mismatch",
                "mismatch",
                "error",
                f"The {c.name} requirement stated contradicts the chosen framework.",
                f"""What it does: reads the {c.name} requirement the ADR states and
compares it with the chosen framework's profile in the knowledge base (rules/),
citing the articles behind the claim.

Why it matters: a choice that contradicts the team's own stated needs is
the most expensive kind of architecture mistake to find late.

{_claims_doc(c, kb)}""",
            )
        )
    return out


def _claims_doc(criterion: Criterion, kb: KnowledgeBase) -> str:
    """What the knowledge base says about this criterion, one line a claim,
    so that `adr-lint explain` shows what a pack added or changed."""
    lines: list[str] = []
    example: tuple[str, str] | None = None  # (the need stated, the framework)
    for framework in kb.frameworks.values():
        for claim in framework.profile.get(criterion.id, ()):
            levels = " or ".join(claim.levels)
            when = f" ({claim.when})" if claim.when else ""
            unless = "".join(
                f", unless {other} is {' or '.join(stated)}"
                for other, stated in claim.unless
            )
            verdict = "mismatch" if claim.verdict == "mismatch" else "sources disagree"
            cited = ", ".join(
                dict.fromkeys(c.source for c in (*claim.supports, *claim.against))
            )
            lines.append(
                f"  {framework.name} with a {levels}{when} {criterion.name} "
                f"requirement{unless}: {verdict} [{cited}]"
            )
            lines.append(f"    {claim.text}")
            if claim.fix:
                lines.append(f"    What to do: {claim.fix}.")
            if example is None and claim.verdict == "mismatch" and not claim.when:
                stated = f"a {claim.levels[0]} {criterion.name} requirement"
                example = stated, framework.name
    if not lines:
        return (
            f"The knowledge base holds no claim about {criterion.name}; a rule\n"
            "pack can add one to a framework's profile.\n\n"
            "Example that passes: any ADR, until a pack adds a claim.\n"
            "Example that fails: none, until a pack adds a claim."
        )
    claims = "\n".join(lines)
    stated, chosen = example or ("the requirement a claim names", "that framework")
    return (
        f"Claims in the knowledge base, with the sources they cite:\n{claims}\n\n"
        f"Example that passes: the same ADR choosing a framework with no\n"
        f"claim against {stated}.\n"
        f"Example that fails: an ADR that states {stated} and chooses {chosen}."
    )


def check(ctx: Context) -> Iterator[Hit]:
    analysis, kb = ctx.analysis, ctx.kb
    decision = analysis.decision
    if decision.undecided and not analysis.history:
        yield Hit(
            "D001",
            decision.line,
            "the ADR is about choosing a framework but its decision is not made",
        )
    if not decision.framework or analysis.history:
        return
    framework = kb.frameworks.get(decision.framework)
    name = framework.name if framework else decision.framework
    written_in = analysis.locale
    if written_in is not None and not written_in.criteria:
        yield Hit(
            UNREAD.code,
            decision.line,
            f"criteria not read in {written_in.name}: state them in front matter "
            f"or add a pack; {_explain(UNREAD.code)}",
            detail=f"The ADR chooses {name} and is written in {written_in.name}. "
            "Its criteria were not looked for: the knowledge base holds no "
            "criteria vocabulary in that language.",
        )
        return
    missing = [
        c
        for c in kb.criteria
        if not (found := analysis.criteria.get(c.id)) or not found.addressed
    ]
    if len(missing) == len(kb.criteria) > 1:
        yield _none_weighed(missing, name, decision.line, kb)
        return
    for criterion in kb.criteria:
        found = analysis.criteria.get(criterion.id)
        if criterion in missing:
            yield _missing(criterion, name, decision.line, kb)
        elif found is not None:
            claim = contradicted(criterion, found, ctx)
            if claim is not None:
                owner = _owner(found, ctx) or decision.framework
                chosen = kb.frameworks.get(owner)
                yield _contradiction(
                    criterion, chosen.name if chosen else name, found, claim, kb
                )


def contradicted(criterion: Criterion, found: Assessment, ctx: Context) -> Claim | None:
    """The claim of the chosen framework's profile that the requirement
    stated for `criterion` runs into, unless the record answers it; None
    when the requirement fits (or none is stated). A record that chooses a
    framework for each of its parts meets a need that one of them fits: the
    need belongs to that part ("the bidding service must hold 20,000
    websockets" with FastAPI for bidding and Django for the staff portal)."""
    decision = ctx.analysis.decision
    if not found.level:
        return None
    owner = _owner(found, ctx)
    if owner is not None:
        return _against(owner, criterion, found, ctx)
    claim = _against(decision.framework or "", criterion, found, ctx)
    if claim is None or any(
        _against(other, criterion, found, ctx) is None for other in decision.others
    ):
        return None  # a need no part is named for: one part's framework fits it
    return claim


def _owner(found: Assessment, ctx: Context) -> str | None:
    """The framework of the part the stated need names, in a record that
    chooses one per part ("the staff need an admin": the staff portal's)."""
    decision = ctx.analysis.decision
    return parts.belongs_to(found.requirement_text or "", decision.parts)


def _against(
    chosen: str, criterion: Criterion, found: Assessment, ctx: Context
) -> Claim | None:
    framework = ctx.kb.frameworks.get(chosen)
    if framework is None:
        return None
    claims = framework.profile.get(criterion.id, ())
    claim = _matching_claim(claims, found, ctx.analysis.criteria)
    return None if claim is None or _answered(claim, ctx) else claim


def _missing(criterion: Criterion, framework: str, line: int, kb: KnowledgeBase) -> Hit:
    cited = _sources_on(criterion.id, kb)
    hint = criterion.hint or f"weigh {criterion.summary}"
    message = (
        f"{criterion.name} not weighed: {hint}; {_explain(criterion.missing_code)}"
    )
    detail = (
        f"The ADR chooses {framework} without weighing {criterion.name} "
        f"({criterion.summary}). {criterion.advice}"
    )
    return Hit(
        criterion.missing_code,
        line,
        message,
        criterion=criterion.id,
        sources=cited,
        detail=detail,
    )


def _none_weighed(
    missing: list[Criterion], framework: str, line: int, kb: KnowledgeBase
) -> Hit:
    """One finding for a decision that weighs none of the criteria."""
    names = ", ".join(c.id.replace("-", " ") for c in missing)
    message = f"no criterion weighed: weigh {names}; {_explain(NONE_WEIGHED.code)}"
    detail = "\n".join(f"{c.name}: {c.summary}. {c.advice}" for c in missing)
    cited = tuple(sorted({s for c in missing for s in _sources_on(c.id, kb)}))
    return Hit(NONE_WEIGHED.code, line, message, sources=cited, detail=detail)


def _explain(code: str) -> str:
    return f"adr-lint explain {code}"


def _matching_claim(
    claims: tuple[Claim, ...], found: Assessment, stated: dict[str, Assessment]
) -> Claim | None:
    for claim in claims:
        if (
            found.level in claim.levels
            and (claim.when is None or claim.when in found.tags)
            and not _excepted(claim, stated)
        ):
            return claim
    return None


def _excepted(claim: Claim, stated: dict[str, Assessment]) -> bool:
    """Whether the ADR states another requirement under which the claim
    does not hold (`unless`)."""
    return any(
        other in stated and stated[other].level in levels
        for other, levels in claim.unless
    )


def _answered(claim: Claim, ctx: Context) -> bool:
    """Whether the record names a remedy the claim lists ("Flask-Admin for
    the back office"): it has weighed the claim and met the need. A remedy
    it turns down ("we will not use Flask-Admin", "Flask-Admin was
    rejected") meets nothing."""
    if claim.remedies is None:
        return False
    kb = ctx.kb
    return any(
        not _turned_down(match, unit.text, kb)
        for unit in text.units(ctx.analysis.record)
        for match in claim.remedies.finditer(unit.text)
    )


def _turned_down(match: re.Match[str], sentence: str, kb: KnowledgeBase) -> bool:
    """Negated, rejected after ("was rejected"), or rejected in the phrase
    before it ("Rather than Flask-Admin, ..."). Only the phrase: in
    "Compared to hand-built screens, Flask-Admin saves weeks" the comparison
    is of the screens."""
    lang = kb.language
    before = text.clause_before(sentence, match.start(), text.PHRASE_BREAK)
    return (
        negated(match, sentence, kb)
        or bool(lang.rejection_after.match(sentence[match.end() :]))
        or bool(lang.rejection_before.search(before))
    )


def _contradiction(
    criterion: Criterion,
    framework: str,
    found: Assessment,
    claim: Claim,
    kb: KnowledgeBase,
) -> Hit:
    line = found.requirement_line or found.line or 1
    quote = _quote(found.requirement_text or "")
    stated = (
        f"{criterion.name} requirement '{found.requirement}' (line {line}: {quote})"
    )
    # The finding stands on the requirement's line: the message needs no other.
    need = f"{criterion.id.replace('-', ' ')} {found.level}"
    if claim.verdict == "disputed":
        code = DISPUTED.code
        message = (
            f"sources disagree: {need} and {framework} {claim.short or 'is disputed'}"
            f": {claim.fix or 'weigh both sides'}; {_explain(code)}"
        )
        detail = (
            f"The ADR states {stated} and chooses {framework}. {claim.text} "
            f"For: {_cite(claim.supports, kb)}. Against: {_cite(claim.against, kb)}."
        )
    else:
        code = criterion.mismatch_code
        short = claim.short or "fits it badly, the sources say"
        fix = claim.fix or "justify the choice against it"
        message = f"{need} but {framework} {short}: {fix}; {_explain(code)}"
        detail = (
            f"The ADR states {stated} but chooses {framework}: {claim.text} "
            f"See {_cite(claim.against, kb)}."
        )
    ids = tuple(dict.fromkeys(c.source for c in (*claim.against, *claim.supports)))
    return Hit(code, line, message, criterion=criterion.id, sources=ids, detail=detail)


def _cite(citations: tuple[Citation, ...], kb: KnowledgeBase) -> str:
    return "; ".join(kb.sources[c.source].cite(c.section) for c in citations)


def _sources_on(criterion: str, kb: KnowledgeBase) -> tuple[str, ...]:
    ids = (
        c.source
        for f in kb.frameworks.values()
        for claim in f.profile.get(criterion, ())
        for c in (*claim.against, *claim.supports)
    )
    return tuple(sorted(set(ids)))


def _quote(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return f"\u201c{text if len(text) <= limit else text[: limit - 1] + '…'}\u201d"
