"""Importing a share file: first a plan to review, then the consortium stored in one go.

Each organisation in the file is looked for in this database: by external id, KvK number or
PIC, else by the de-duplication of ``matching.dedupe`` (names without legal forms, aliases, web
domain, place). A found organisation is used as it is (the file never overwrites it); the
others are added with origin ``import``, or ``demo`` when the file says they are demonstration
data. Codes this database does not know (a newer topsector,
an instrument it lacks) are left out with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from desktop.models.database import Database
from desktop.models.queries.consortia import (
    ConsortiumDraft,
    ConsortiumError,
    MemberDraft,
    create_consortium,
)
from desktop.models.queries.organisations.identities import identities
from desktop.models.queries.organisations.origins import DEMO
from desktop.models.queries.organisations.records import save_organisation
from desktop.models.queries.proposal_data import ContactRow
from desktop.models.queries.reference import CodeLookup, load_code_lookup
from desktop.models.queries.share import find_or_add_contact
from desktop.models.records import OrganisationRecord
from desktop.models.tables.organisation import Organisation
from desktop.services.exporting.share_format import (
    ShareDocument,
    SharedOrganisation,
    partners_renamed,
    read_share_document,
)
from desktop.services.user_error import UserError
from matching.codes import EvidenceCode
from matching.dedupe import DuplicateFinder, Entity
from matching.model import Reason


@dataclass(frozen=True)
class Placement:
    """Where one organisation of the file lands: an existing one (with the evidence) or new."""

    ref: str
    name: str
    existing_id: int | None = None
    existing_name: str | None = None
    evidence: tuple[str, ...] = ()
    demo: bool = False  # the file says it is demonstration data (fictional)


@dataclass(frozen=True)
class SharePlan:
    document: ShareDocument
    records: dict[str, OrganisationRecord]  # by ref, with unknown codes left out
    placements: tuple[Placement, ...]
    mission_code: str | None
    instrument_code: str | None
    warnings: tuple[str, ...]

    @property
    def new_organisations(self) -> int:
        return sum(1 for p in self.placements if p.existing_id is None)


def _known(codes: list[str], allowed: set[str], what: str, name: str, warnings: list[str]):
    kept = [code for code in codes if code in allowed]
    for code in codes:
        if code not in allowed:
            warnings.append(f"{name}: {what} '{code}' is unknown here and left out")
    return kept


def _record(org: SharedOrganisation, vocabulary: CodeLookup, warnings: list[str]):
    regions = set(vocabulary.municipality_province) | set(vocabulary.provinces.values())

    def region(code: str | None, what: str) -> str | None:
        if code is None or code in regions:
            return code
        warnings.append(f"{org.name}: {what} '{code}' is unknown here and left out")
        return None

    return OrganisationRecord(
        name=org.name,
        kind=org.kind,
        type=org.type,
        external_id=org.external_id,
        short_name=org.short_name,
        aliases=list(org.aliases),
        country=org.country,
        city=org.city,
        municipality_code=region(org.municipality_code, "municipality"),
        postcode=org.postcode,
        province_code=region(org.province_code, "province"),
        kvk=org.kvk,
        pic=org.pic,
        website=org.website,
        description=org.description,
        keywords=list(org.keywords),
        topsectors=_known(
            org.topsectors, set(vocabulary.topsectors.values()), "topsector", org.name, warnings
        ),
        technologies=_known(
            org.technologies,
            set(vocabulary.technologies.values()),
            "technology",
            org.name,
            warnings,
        ),
        missions=_known(
            org.missions, set(vocabulary.missions.values()), "mission", org.name, warnings
        ),
        employees=org.employees,
        is_sme=org.is_sme,
    )


def _by_identifier(session: Session, record: OrganisationRecord) -> tuple[int, str, str] | None:
    for column, value, evidence in (
        (Organisation.external_id, record.external_id, EvidenceCode.SAME_EXTERNAL_ID),
        (Organisation.kvk, record.kvk, EvidenceCode.SAME_KVK),
        (Organisation.pic, record.pic, EvidenceCode.SAME_PIC),
    ):
        if value:
            found = session.exec(
                select(Organisation.id, Organisation.name).where(column == value)
            ).first()
            if found is not None:
                return found[0], found[1], evidence
    return None


class _Finder:
    """The de-duplication index over this database, built only when a name must be looked up."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._finder: DuplicateFinder | None = None
        self._names: dict[int, str] = {}

    def find(self, record: OrganisationRecord) -> tuple[int, str, tuple[str, ...]] | None:
        if self._finder is None:
            stored = identities(self._session)
            self._names = {i.id: i.names[0] for i in stored}
            self._finder = DuplicateFinder(
                Entity(i.id, i.names, i.kvk, i.pic, i.website, i.place, i.country) for i in stored
            )
        names = tuple(n for n in (record.name, record.short_name, *(record.aliases or ())) if n)
        entity = Entity(
            "file",
            names,
            record.kvk,
            record.pic,
            record.website,
            record.municipality_code or record.city,
            record.country,
        )
        found = self._finder.find(entity, limit=1)
        if not found:
            return None
        best = found[0]
        return best.key, self._names[best.key], tuple(e.code for e in best.evidence)


def plan_share_import(database: Database, path: Path) -> SharePlan:
    """Read and check the file and decide, for every organisation, whether it is already here.
    Nothing is stored."""
    document = read_share_document(path)
    warnings: list[str] = []
    placements: list[Placement] = []
    records: dict[str, OrganisationRecord] = {}
    with database.transaction() as session:
        vocabulary = load_code_lookup(session)
        finder = _Finder(session)
        for org in document.organisations:
            record = records[org.ref] = _record(org, vocabulary, warnings)
            demo = org.origin == DEMO
            found = _by_identifier(session, record)
            if found is not None:
                placements.append(
                    Placement(org.ref, org.name, found[0], found[1], (found[2],), demo)
                )
                continue
            similar = finder.find(record)
            if similar is not None:
                placements.append(Placement(org.ref, org.name, *similar, demo=demo))
            else:
                placements.append(Placement(org.ref, org.name, demo=demo))
    taken: dict[int, str] = {}
    for placement in placements:
        if placement.existing_id is None:
            continue
        if placement.existing_id in taken:
            raise UserError(
                f"{path}: '{taken[placement.existing_id]}' and '{placement.name}' are both "
                f"'{placement.existing_name}' in this database; the consortium cannot have it twice"
            )
        taken[placement.existing_id] = placement.name
    consortium = document.consortium
    mission = consortium.mission_code
    if mission is not None and mission not in vocabulary.missions.values():
        warnings.append(f"mission '{mission}' is unknown here and left out")
        mission = None
    instrument = consortium.instrument_code
    if instrument is not None and instrument not in vocabulary.instruments.values():
        warnings.append(f"instrument '{instrument}' is unknown here and left out")
        instrument = None
    return SharePlan(document, records, tuple(placements), mission, instrument, tuple(warnings))


def apply_share_import(database: Database, plan: SharePlan) -> int:
    """Store the new organisations and the consortium in one transaction; its id."""
    document = plan.document
    with database.transaction() as session:
        ids: dict[str, int] = {}
        for placement in plan.placements:
            if placement.existing_id is not None:
                ids[placement.ref] = placement.existing_id
            else:
                origin = DEMO if placement.demo else "import"
                ids[placement.ref], _ = save_organisation(
                    session, plan.records[placement.ref], origin, update_existing=False
                )
        members = []
        for member in document.members:
            organisation_id = ids[member.organisation]
            contact_id = None
            if member.contact is not None:
                contact = ContactRow(**member.contact.model_dump())
                contact_id = find_or_add_contact(session, organisation_id, contact)
            members.append(
                MemberDraft(
                    organisation_id,
                    member.role,
                    member.rationale,
                    member.budget_cash,
                    member.budget_in_kind,
                    contact_id,
                    tuple(
                        Reason(code, values)
                        for code, values in partners_renamed(
                            ((r.code, r.values) for r in member.reasons), ids
                        )
                    ),
                )
            )
        consortium = document.consortium
        draft = ConsortiumDraft(
            title=consortium.title,
            members=tuple(members),
            status=consortium.status,
            description=consortium.description,
            mission_code=plan.mission_code,
            instrument_code=plan.instrument_code,
            acronym=consortium.acronym,
        )
        try:
            return create_consortium(session, draft)
        except ConsortiumError as error:
            raise UserError(f"the shared consortium cannot be stored: {error}") from None
