"""The defaults a new match request starts from, kept in the settings (Settings > Matching)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

HELIX_MODELS = ("triple", "quadruple")


@dataclass(frozen=True)
class MatchingDefaults:
    helix: str = "triple"
    size_min: int = 4
    size_max: int = 6
    top: int = 20
    whole_chain: bool = False


def read_matching_defaults(settings: QSettings) -> MatchingDefaults:
    base = MatchingDefaults()
    helix = settings.value("matching/helix", base.helix, type=str)
    size_min = settings.value("matching/size_min", base.size_min, type=int)
    size_max = settings.value("matching/size_max", base.size_max, type=int)
    top = settings.value("matching/top", base.top, type=int)
    whole_chain = settings.value("matching/whole_chain", base.whole_chain, type=bool)
    if helix not in HELIX_MODELS:
        helix = base.helix
    if not 1 <= size_min <= size_max <= 30:
        size_min, size_max = base.size_min, base.size_max
    if not 1 <= top <= 200:
        top = base.top
    return MatchingDefaults(helix, size_min, size_max, top, whole_chain)


def write_matching_defaults(settings: QSettings, defaults: MatchingDefaults) -> None:
    settings.setValue("matching/helix", defaults.helix)
    settings.setValue("matching/size_min", defaults.size_min)
    settings.setValue("matching/size_max", defaults.size_max)
    settings.setValue("matching/top", defaults.top)
    settings.setValue("matching/whole_chain", defaults.whole_chain)
