"""Where a page or a command asks to go: another page, or one item on another page.

The main window owns the one navigator and answers each request with the page that shows it,
so that a page needs to know no other page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Navigator(QObject):
    showPage = Signal(str)  # a page key
    openOrganisation = Signal(int)
    openConsortium = Signal(int)
    openQuestion = Signal(int)
    filterProvince = Signal(str)  # province code: the organisations there
    findPartnersForMission = Signal(str)  # mission code: a match asked for it
    newOrganisation = Signal()
    newConsortium = Signal()
