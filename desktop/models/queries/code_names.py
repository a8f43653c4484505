"""The names behind the reference codes, in Dutch and English, for forms and explanations."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, select

from desktop.models.tables.reference import (
    Instrument,
    Mission,
    Region,
    Technology,
    Theme,
    Topsector,
)
from matching.vocabulary import concept_words


@dataclass(frozen=True)
class MissionName:
    code: str
    theme_code: str
    title: str


@dataclass(frozen=True)
class CodeNames:
    """Each mapping keeps the order a list of choices shows. Bilingual names are (Dutch,
    English); missions and regions have Dutch names only."""

    provinces: dict[str, str] = field(default_factory=dict)
    clusters: dict[str, str] = field(default_factory=dict)
    themes: dict[str, tuple[str, str]] = field(default_factory=dict)
    missions: dict[str, MissionName] = field(default_factory=dict)
    topsectors: dict[str, tuple[str, str]] = field(default_factory=dict)
    technologies: dict[str, tuple[str, str]] = field(default_factory=dict)
    instruments: dict[str, tuple[str, str]] = field(default_factory=dict)
    competences: dict[str, tuple[str, str]] = field(default_factory=dict)  # vocabulary concepts

    def region(self, code: str) -> str:
        return self.provinces.get(code) or self.clusters.get(code) or code

    def english_and_dutch(self) -> dict[str, tuple[str, str]]:
        """(English, Dutch) words of the codes a matching reason names: competences, topsectors,
        technologies, regions and missions (these two have Dutch names only)."""
        words = {code: (en, nl) for code, (nl, en) in self.competences.items()}
        for table in (self.topsectors, self.technologies):
            words.update((code, (en, nl)) for code, (nl, en) in table.items())
        for code, name in (*self.provinces.items(), *self.clusters.items()):
            words[code] = (name, name)
        for code, mission in self.missions.items():
            words[code] = (f"{code} {mission.title}",) * 2
        return words


def load_code_names(session: Session) -> CodeNames:
    regions = session.exec(
        select(Region.code, Region.name, Region.kind)
        .where(Region.kind.in_(("province", "cluster")))
        .order_by(Region.name)
    ).all()
    return CodeNames(
        provinces={code: name for code, name, kind in regions if kind == "province"},
        clusters={code: name for code, name, kind in regions if kind == "cluster"},
        themes={
            t.code: (t.name, t.name_en) for t in session.exec(select(Theme).order_by(Theme.code))
        },
        missions={
            m.code: MissionName(m.code, m.theme_code, m.title)
            for m in session.exec(select(Mission).order_by(Mission.theme_code, Mission.code))
        },
        topsectors={
            t.code: (t.name, t.name_en)
            for t in session.exec(select(Topsector).order_by(Topsector.name))
        },
        technologies={
            t.code: (t.name, t.name_en)
            for t in session.exec(select(Technology).order_by(Technology.name))
        },
        instruments={
            i.code: (i.name, i.name_en)
            for i in session.exec(select(Instrument).order_by(Instrument.name))
        },
        competences=concept_words(),
    )
