"""Synthetic organisations and project histories, for demonstrations and benchmarks.

Rows are marked ``origin="synthetic"`` and get external ids ``syn:<seed>:<n>`` (organisations) and
``syn-p:<seed>:<n>`` (projects). Generating with another seed adds to what is there; generating
again with a seed already used is refused with a ``UserError`` and changes nothing, because the
same seed would produce the same external ids.

Organisations are drawn from the database's own vocabulary: provinces by economic weight,
municipalities (more in large cities and clusters), topsectors (clusters favour their own), the
missions of the themes a topsector serves, and keywords from those missions' texts. Projects grow
a co-participation network with preferential attachment (hubs) that keeps mostly within a
mission and a province, with the existing knowledge institutions as partners.

This module makes the numbers and the network; ``world`` turns the vocabulary into
weighted choices, ``rows`` makes one organisation or project, and ``names``
and ``places`` hold the words and the geography.
"""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

from sqlmodel import Session

from desktop.models.database import Database
from desktop.models.queries.generation import (
    count_external_ids_starting,
    insert_rows,
    insert_with_external_ids,
)
from desktop.models.tables.organisation import (
    Organisation,
    OrganisationMission,
    OrganisationRegion,
    OrganisationTechnology,
    OrganisationTopsector,
)
from desktop.models.tables.project import Participation, Project
from desktop.services.synthetic.rows import (
    Made,
    ProjectFocus,
    choose_programme,
    make_organisation,
    project_row,
    project_size,
)
from desktop.services.synthetic.world import World, load_world
from desktop.services.user_error import UserError

ORIGIN = "synthetic"
CHUNK = 5_000  # organisations or projects made and inserted at a time
PREFERENTIAL = 0.5  # share of draws in proportion to projects joined, the rest uniform
LOCAL_SHARE = 0.6  # partners drawn from the coordinator's province, where there are any
OUTSIDER_SHARE = 0.1  # partners drawn from the province, whatever their mission
INSTITUTION_START_WEIGHT = 2
ROLES = ("coordinator", "partner")  # the first member of a project coordinates it


@dataclass(frozen=True)
class GenerateResult:
    organisations: int
    projects: int
    participations: int


class _Pool:
    """Organisation ids to draw from: uniformly, or in proportion to projects joined so far."""

    def __init__(self) -> None:
        self.members: list[int] = []
        self.attach: list[int] = []

    def add(self, org_id: int, start_weight: int) -> None:
        self.members.append(org_id)
        self.attach.extend([org_id] * start_weight)

    def pick(self, rng: Random, preferential: float) -> int:
        if self.attach and rng.random() < preferential:
            return rng.choice(self.attach)
        return rng.choice(self.members)


@dataclass(frozen=True)
class _Home:
    missions: tuple[int, ...]  # empty for an existing knowledge institution
    province: int
    topsector: int


class Network:
    """Who can join a project on a mission in a province, and the hubs grown so far.

    New organisations are pooled per province, per mission, and per mission and province;
    existing knowledge institutions nationally and per province. Drawing "preferentially" picks
    an organisation in proportion to the projects it joined (plus a start weight for large ones).
    """

    def __init__(self) -> None:
        self.everyone = _Pool()
        self.by_province: dict[int, _Pool] = {}
        self.by_mission: dict[int, _Pool] = {}
        self.local: dict[tuple[int, int], _Pool] = {}
        self.institutions = _Pool()
        self.local_institutions: dict[int, _Pool] = {}
        self.home: dict[int, _Home] = {}

    def _pools(self, home: _Home) -> list[_Pool]:
        if not home.missions:
            return [self.institutions, self.local_institutions.setdefault(home.province, _Pool())]
        pools = [self.everyone, self.by_province.setdefault(home.province, _Pool())]
        for mission in home.missions:
            pools.append(self.by_mission.setdefault(mission, _Pool()))
            pools.append(self.local.setdefault((mission, home.province), _Pool()))
        return pools

    def add(self, org_id: int, home: _Home, start_weight: int) -> None:
        self.home[org_id] = home
        for pool in self._pools(home):
            pool.add(org_id, start_weight)

    def credit(self, org_id: int) -> None:
        for pool in self._pools(self.home[org_id]):
            pool.attach.append(org_id)

    def candidate(self, rng: Random, mission: int, province: int, knowledge_share: float) -> int:
        """Mostly an organisation on the same mission, often from the same province; sometimes
        a knowledge institution, preferably a local one; now and then a neighbour working on
        something else."""
        draw = rng.random()
        if self.institutions.members and draw < knowledge_share:
            local = self.local_institutions.get(province)
            pool = local if local and rng.random() < LOCAL_SHARE else self.institutions
        elif draw < knowledge_share + OUTSIDER_SHARE:
            pool = self.by_province.get(province, self.everyone)
        else:
            local = self.local.get((mission, province))
            pool = local if local and rng.random() < LOCAL_SHARE else self.by_mission[mission]
        return pool.pick(rng, PREFERENTIAL)


def _members(rng: Random, network: Network, anchor: int, focus: ProjectFocus) -> list[int]:
    """The anchor (coordinator) first, then distinct partners up to the project's size."""
    members = [anchor]
    size = project_size(rng, focus.programme)
    for _ in range(4 * size):
        if len(members) == size:
            break
        candidate = network.candidate(
            rng, focus.mission, focus.province, focus.programme.knowledge_share
        )
        if candidate not in members:
            members.append(candidate)
    while len(members) < 2 and len(network.everyone.members) > 1:
        candidate = network.everyone.pick(rng, 0.0)
        if candidate != anchor:
            members.append(candidate)
    return members


def _refuse_used_seed(session: Session, seed: int) -> None:
    organisations = count_external_ids_starting(session, Organisation, f"syn:{seed}:")
    if organisations or count_external_ids_starting(session, Project, f"syn-p:{seed}:"):
        raise UserError(
            f"synthetic data with seed {seed} is already in the database "
            f"(external ids syn:{seed}:...); nothing was added, choose another --seed"
        )


def _store_organisations(session: Session, made: list[Made], network: Network) -> None:
    ids = insert_with_external_ids(session, Organisation, [m.row for m in made])
    links = (
        (OrganisationTopsector, "topsector_code", "topsectors"),
        (OrganisationTechnology, "technology_code", "technologies"),
        (OrganisationMission, "mission_code", "missions"),
        (OrganisationRegion, "region_code", "clusters"),
    )
    for table, column, attribute in links:
        rows = [
            {"organisation_id": org_id, column: code}
            for org_id, m in zip(ids, made, strict=True)
            for code in getattr(m, attribute)
        ]
        insert_rows(session, table, rows)
    for org_id, m in zip(ids, made, strict=True):
        home = _Home(m.mission_indices, m.province_index, m.topsector_index)
        network.add(org_id, home, m.start_weight)


def _store_projects(
    session: Session, rng: Random, world: World, network: Network, seed: int, numbers: range
) -> tuple[int, int]:
    """Projects with the given numbers; returns how many were made and their participations."""
    rows, teams = [], []
    for n in numbers:
        year, programme = choose_programme(rng, world)
        anchor = network.everyone.pick(rng, PREFERENTIAL)
        home = network.home[anchor]
        mission = rng.choice(home.missions)
        focus = ProjectFocus(year, programme, mission, home.province, home.topsector)
        members = _members(rng, network, anchor, focus)
        if len(members) < 2:
            continue
        for member in members:
            network.credit(member)
        rows.append(project_row(rng, world, seed, n, ORIGIN, focus))
        teams.append(members)
    ids = insert_with_external_ids(session, Project, rows)
    participations = [
        {"project_id": project_id, "organisation_id": org_id, "role": ROLES[i > 0]}
        for project_id, members in zip(ids, teams, strict=True)
        for i, org_id in enumerate(members)
    ]
    insert_rows(session, Participation, participations)
    return len(rows), len(participations)


def generate(
    database: Database, organisations: int, projects: int | None, seed: int
) -> GenerateResult:
    """Add ``organisations`` synthetic organisations and ``projects`` projects (default: one per
    five organisations) in one transaction. A project that finds no second participant (only in
    a nearly empty database) is left out, so the result may count fewer projects."""
    projects = organisations // 5 if projects is None else projects
    rng = Random(seed)
    network = Network()
    made_projects = participations = 0
    with database.transaction() as session:
        _refuse_used_seed(session, seed)
        world = load_world(session, ORIGIN)
        for institution in world.institutions:
            province = world.province_index.get(institution.province_code or "", -1)
            network.add(institution.id, _Home((), province, -1), INSTITUTION_START_WEIGHT)
        for first in range(0, organisations, CHUNK):
            numbers = range(first, min(first + CHUNK, organisations))
            made = [make_organisation(rng, world, seed, n, ORIGIN) for n in numbers]
            _store_organisations(session, made, network)
        for first in range(0, projects, CHUNK):
            numbers = range(first, min(first + CHUNK, projects))
            done, joined = _store_projects(session, rng, world, network, seed, numbers)
            made_projects += done
            participations += joined
    return GenerateResult(organisations, made_projects, participations)
