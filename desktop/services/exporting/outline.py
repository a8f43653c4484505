"""A proposal as an outline of blocks (headings, paragraphs, lists, tables, pictures) in one
language.

The PDF and Word writers only render these blocks, so both documents say the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.services.exporting.proposal import Proposal, ProposalMember
from desktop.services.exporting.proposal_pictures import (
    coverage_picture,
    helix_picture,
    map_picture,
)
from desktop.services.pictures.scene import Scene
from desktop.services.words.catalogue import Words
from matching.rules import conditions


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    text: str
    emphasis: bool = False


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Facts:
    """Label and value pairs, shown as a two-column block (the cover)."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] | None = None  # a totals row, set off from the rows
    numeric: frozenset[int] = field(default_factory=frozenset)  # right-aligned columns
    widths: tuple[float, ...] = ()  # relative column widths


@dataclass(frozen=True)
class Picture:
    scene: Scene
    caption: str


Block = Heading | Paragraph | Bullets | Facts | Table | Picture


def words_for(proposal: Proposal, language: str) -> Words:
    """The words of the proposal's language; a partner named in a reason carries its tag."""
    origins = {m.organisation.organisation_id: m.organisation.origin for m in proposal.members}

    def name_of(organisation_id: int) -> str:
        return words.organisation(
            proposal.name_of(organisation_id), origins.get(organisation_id, "")
        )

    words = Words(language, name_of, proposal.code_names)
    return words


def name(member: ProposalMember, w: Words) -> str:
    """The member's name, tagged when it is demonstration data."""
    return w.organisation(member.organisation.name, member.organisation.origin)


def place(member: ProposalMember) -> str:
    org = member.organisation
    if org.province:
        return org.province
    return ", ".join(part for part in (org.city, org.country) if part)


def _cover(p: Proposal, w: Words) -> list[Block]:
    title = f"{p.title} ({p.acronym})" if p.acronym else p.title
    pairs: list[tuple[str, str]] = []
    if p.mission:
        year = f" ({w('target_year', year=p.mission.target_year)})" if p.mission.target_year else ""
        pairs.append((w("mission"), f"{p.mission.code}: {p.mission.title}{year}"))
    if p.question:
        pairs.append((w("question"), question_title(p, w)))
    if p.instrument:
        pairs.append((w("instrument"), instrument_name(p, w)))
    pairs += [
        (w("status"), w.consortium_status(p.status)),
        (w("date"), p.made_on.isoformat()),
        (w("version"), str(p.version)),
    ]
    blocks: list[Block] = [Paragraph(w("proposal"), emphasis=True), Heading(title, 0)]
    blocks.append(Facts(tuple(pairs)))
    if p.demo_members:
        names = ", ".join(m.organisation.name for m in p.demo_members)
        note = w("demo_note", names=names, count=len(p.demo_members))
        blocks.append(Paragraph(note, emphasis=True))
    if p.question and p.question.text.strip() not in p.description:
        blocks.append(Paragraph(p.question.text.strip()))
    if p.description.strip():
        blocks.append(Paragraph(p.description.strip()))
    return blocks


def question_title(p: Proposal, w: Words) -> str:
    """The question's title, with who asked it when that is known."""
    if p.question is None:
        return ""
    if p.question.asker:
        asker = w.organisation(p.question.asker, p.question.asker_origin)
        return w("asked_by", title=p.question.title, asker=asker)
    return p.question.title


def instrument_name(p: Proposal, w: Words) -> str:
    if p.instrument is None:
        return ""
    return p.instrument.name if w.language == "nl" else p.instrument.name_en


def _members(p: Proposal, w: Words) -> list[Block]:
    rows = tuple(
        (
            name(m, w),
            w.kind(m.organisation.kind),
            w.type(m.organisation.type),
            w.role(m.organisation.role),
            place(m),
        )
        for m in p.members
    )
    header = (w("organisation"), w("helix_kind"), w("type"), w("role"), w("province"))
    return [
        Heading(w("consortium")),
        Table(header, rows, widths=(3.2, 1.4, 2.0, 1.3, 1.6)),
        Picture(helix_picture(p, w), w("helix_balance")),
        Picture(map_picture(p, w), w("partners_map")),
    ]


def _budget(p: Proposal, w: Words) -> list[Block]:
    def share(member: ProposalMember) -> str:
        value = p.share(member)
        return w.percent(value) if value is not None else ""

    rows = tuple(
        (
            name(m, w),
            w.money(m.organisation.budget_cash),
            w.money(m.organisation.budget_in_kind),
            w.money(m.total),
            share(m),
        )
        for m in p.members
    )
    total = (
        w("total"),
        w.money(p.total_cash),
        w.money(p.total_in_kind),
        w.money(p.total),
        w.percent(1.0) if p.total > 0 else "",
    )
    header = (w("organisation"), w("cash"), w("in_kind"), w("total"), w("share"))
    table = Table(header, rows, total, frozenset({1, 2, 3, 4}), (3.4, 1.5, 1.5, 1.5, 1.1))
    blocks: list[Block] = [Heading(w("budget")), table]
    if p.subsidy is not None:
        blocks.append(Paragraph(w("subsidy", amount=w.money(p.subsidy))))
    return blocks


def _rules(p: Proposal, w: Words) -> list[Block]:
    blocks: list[Block] = [Heading(w("rule_check"))]
    if p.instrument is None:
        return [*blocks, Paragraph(w("no_instrument"))]
    name = instrument_name(p, w)
    if p.violations:
        blocks.append(Paragraph(w("rules_broken", count=len(p.violations), instrument=name)))
        blocks.append(Bullets(tuple(w.violation(v) for v in p.violations)))
    else:
        blocks.append(Paragraph(w("rules_met", instrument=name)))
    if p.unchecked:
        rules = ", ".join(w.rule_name(code) for code in p.unchecked)
        blocks.append(Paragraph(w("unchecked", rules=rules)))
    blocks += [Paragraph(w(code)) for code in conditions(p.instrument.rules)]
    if not p.instrument_valid:
        start = p.instrument.valid_from.isoformat() if p.instrument.valid_from else "-"
        end = p.instrument.valid_until.isoformat() if p.instrument.valid_until else "-"
        blocks.append(Paragraph(w("instrument_expired", instrument=name, start=start, end=end)))
    blocks.append(Paragraph(w("source", source=p.instrument.source)))
    return blocks


def _reasons(p: Proposal, w: Words) -> list[Block]:
    blocks: list[Block] = [Heading(w("reasons"))]
    for m in p.members:
        blocks.append(Heading(f"{name(m, w)} ({w.role(m.organisation.role)})", 2))
        if m.organisation.rationale.strip():
            blocks.append(Paragraph(m.organisation.rationale.strip()))
        items = tuple(w.reason(r) for r in m.reasons)
        if items:
            blocks.append(Bullets(items))
        elif not m.organisation.rationale.strip():
            blocks.append(Paragraph(w("no_reasons")))
    return blocks


def _coverage(p: Proposal, w: Words) -> list[Block]:
    blocks: list[Block] = [Heading(w("coverage"))]
    if not p.competences:
        return [*blocks, Paragraph(w("no_competences"))]
    rows = []
    for competence in p.competences:
        names = [name(m, w) for m in p.members if competence.code in m.covers]
        rows.append((competence.word(w.language), ", ".join(names) or w("not_covered")))
    table = Table((w("competence"), w("covered_by")), tuple(rows), widths=(1.0, 3.0))
    return [*blocks, Picture(coverage_picture(p, w), w("coverage_matrix")), table]


def _contacts(p: Proposal, w: Words) -> list[Block]:
    blocks: list[Block] = [Heading(w("contacts"))]
    rows = tuple(
        (
            name(m, w),
            c.name,
            c.function or "",
            c.email or "",
            c.phone or "",
        )
        for m in p.members
        if (c := m.organisation.contact) is not None
    )
    if not rows:
        return [*blocks, Paragraph(w("no_contacts"))]
    header = (
        w("organisation"),
        w("contact_name"),
        w("contact_function"),
        w("contact_email"),
        w("contact_phone"),
    )
    return [*blocks, Table(header, rows, widths=(2.4, 1.6, 1.2, 2.8, 1.4))]


def outline(p: Proposal, w: Words) -> list[Block]:
    """Cover, consortium, budget, rule check, reasons, coverage (and contacts when asked)."""
    blocks = _cover(p, w) + _members(p, w) + _budget(p, w) + _rules(p, w)
    blocks += _reasons(p, w) + _coverage(p, w)
    if p.with_contacts:
        blocks += _contacts(p, w)
    return blocks


def footer(p: Proposal, w: Words) -> str:
    return w("footer", date=p.made_on.isoformat(), version=p.version)
