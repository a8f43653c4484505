"""The matching pages (Missions, One-stop desk, Match, Regional matching), built together so
that they share one engine in memory and can hand work to each other."""

from __future__ import annotations

from collections.abc import Callable

from desktop.views.context import AppContext
from desktop.views.matching_services import MatchingServices
from desktop.views.pages.base import Page
from desktop.views.pages.match import MatchPage
from desktop.views.pages.missions import MissionsPage
from desktop.views.pages.question import QuestionPage
from desktop.views.pages.regional import RegionalPage


def matching_pages(context: AppContext, show_page: Callable[[str], None]) -> dict[str, Page]:
    """The pages by navigation key; ``show_page(key)`` brings a page to the front."""
    services = MatchingServices.create(context)
    match = MatchPage(services)

    def find_partners(mission_code: str) -> None:
        show_page("match")
        match.find_partners_for_mission(mission_code)

    return {
        "missions": MissionsPage(context, find_partners),
        "question": QuestionPage(services),
        "match": match,
        "regional": RegionalPage(services),
    }
