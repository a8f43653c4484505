"""A table's columns sized to their content and kept inside the table's width, so that the last
column (often the one that explains, "Why") is never behind a horizontal scroll bar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

SHORTEST = 60  # a shortened column keeps at least this many pixels


class FittedColumns(QObject):
    """Each column as wide as its content; when they do not fit, the ``flexible`` ones (long
    names and lists) share the width the others leave. The last column takes what is left.
    Fitted again when the rows or the table's width change; the user may still drag a column
    wider."""

    def __init__(self, table: QTableView, flexible: Sequence[int]) -> None:
        super().__init__(table)
        self._table = table
        self._flexible = frozenset(flexible)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._later = QTimer(self)  # once, after a burst of changes
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.fit)
        model = table.model()
        changes = (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged)
        for signal in changes:
            signal.connect(self._later.start)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self._later.start()
        return False

    def fit(self) -> None:
        table = self._table
        header = table.horizontalHeader()
        count = header.count()
        wanted = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(count)]
        # Room for a vertical scroll bar is kept whether it shows or not (the last column fills
        # it when it does not), so that the bar coming and going does not undo the fit.
        bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = table.maximumViewportSize().width() - bar
        widths = fitted_widths(wanted, self._flexible, room)
        for column, width in enumerate(widths[:-1]):  # the last one stretches
            header.resizeSection(column, width)


def fitted_widths(wanted: Sequence[int], flexible: frozenset[int], room: int) -> list[int]:
    """The widths that fit ``room``: the others as wanted; the flexible ones share what is left
    fairly, a narrow one keeping its wanted width and the wide ones an equal part of the rest
    (never below SHORTEST)."""
    widths = list(wanted)
    if sum(wanted) <= room:
        return widths
    remaining = room - sum(w for c, w in enumerate(wanted) if c not in flexible)
    shared = sorted((c for c in range(len(wanted)) if c in flexible), key=lambda c: wanted[c])
    for left, column in zip(range(len(shared), 0, -1), shared, strict=True):
        widths[column] = max(SHORTEST, min(wanted[column], remaining // left))
        remaining -= widths[column]
    return widths
