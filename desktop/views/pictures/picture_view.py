"""A widget that shows one picture: scaled to fit, tooltips, clickable shapes, save as PNG/SVG."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QFileDialog, QMenu, QSizePolicy, QToolTip, QWidget

from desktop.services.pictures.scene import Scene
from desktop.services.pictures.style import DARK, LIGHT, Theme
from desktop.views.dialogs import show_error
from desktop.views.pictures.painter import paint_scene, save_png, save_svg

Builder = Callable[[Theme], Scene]
MAX_SCALE = 1.25  # pictures grow with the widget up to this, so texts keep one size


def theme_for(widget: QWidget) -> Theme:
    """The dark theme when the widget's palette has a dark window colour."""
    return DARK if widget.palette().color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


class PictureView(QWidget):
    """Shows the scene its builder makes for the current palette; rebuilt when the palette
    changes. A click on a shape with a key emits ``shapeClicked(key)``."""

    shapeClicked = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name  # the suggested file name when saving
        self._builder: Builder | None = None
        self.scene: Scene | None = None
        self.placeholder = ""
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.save_action = QAction(self.tr("Save picture as…"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.save_action.triggered.connect(self.ask_and_save)
        self.addAction(self.save_action)

    # --- content -----------------------------------------------------------------------------

    def set_builder(self, builder: Builder | None, placeholder: str = "") -> None:
        """Show what ``builder`` draws, or ``placeholder`` text when there is nothing to draw."""
        self._builder = builder
        self.placeholder = placeholder
        self._rebuild()

    def _rebuild(self) -> None:
        self.scene = self._builder(theme_for(self)) if self._builder else None
        self.save_action.setEnabled(self.scene is not None)
        self.updateGeometry()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._builder is not None:
            self._rebuild()
        super().changeEvent(event)

    # --- geometry ----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        if self.scene is None:
            return QSize(240, 80)
        return QSize(round(self.scene.width * MAX_SCALE), round(self.scene.height * MAX_SCALE))

    def hasHeightForWidth(self) -> bool:
        return self.scene is not None

    def heightForWidth(self, width: int) -> int:
        if self.scene is None:
            return 80
        return min(round(width * self.scene.height / self.scene.width), self.sizeHint().height())

    def _transform(self) -> tuple[float, float, float]:
        """Scale and offset that fit the scene in the widget's top left corner, aspect kept."""
        assert self.scene is not None
        fit = min(self.width() / self.scene.width, self.height() / self.scene.height)
        return min(fit, MAX_SCALE), 0.0, 0.0

    def to_scene(self, point: QPointF) -> tuple[float, float]:
        scale, dx, dy = self._transform()
        return (point.x() - dx) / scale, (point.y() - dy) / scale

    # --- painting and interaction --------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.scene is None:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            return
        if self.hasFocus():  # keyboard users see which picture Ctrl+Shift+S saves
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        scale, dx, dy = self._transform()
        painter.translate(dx, dy)
        painter.scale(scale, scale)
        paint_scene(painter, self.scene, self.font())

    def tip_at(self, point: QPointF) -> str:
        """The tooltip of the shape under the point, else the widget's own."""
        shape = self.scene.shape_at(*self.to_scene(point)) if self.scene else None
        return getattr(shape, "tip", None) or self.toolTip()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            tip = self.tip_at(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        shape = self.scene.shape_at(*self.to_scene(event.position())) if self.scene else None
        clickable = getattr(shape, "key", None) is not None
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        if QToolTip.isVisible():  # a shown tooltip follows the shape under the mouse
            tip = self.tip_at(event.position())
            if tip:
                QToolTip.showText(event.globalPosition().toPoint(), tip, self)
            else:
                QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.scene is not None:
            key = getattr(self.scene.shape_at(*self.to_scene(event.position())), "key", None)
            if key is not None:
                self.shapeClicked.emit(key)
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(self.save_action)
        menu.exec(event.globalPos())

    # --- saving ------------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        """Save as SVG when the name ends in .svg, else as PNG (on the theme's background)."""
        if self.scene is None:
            raise ValueError("there is no picture to save")
        background = theme_for(self).background
        if path.suffix.lower() == ".svg":
            save_svg(self.scene, path, background)
        else:
            save_png(self.scene, path.with_suffix(".png"), background)

    @Slot()
    def ask_and_save(self) -> None:
        if self.scene is None:
            return
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG drawing (*.svg)")
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save picture"), f"{self._name}.png", f"{png};;{svg}"
        )
        if not name:
            return
        path = Path(name)
        if chosen == svg and path.suffix.lower() != ".svg":
            path = path.with_suffix(".svg")
        try:
            self.save(path)
        except OSError as error:
            show_error(
                self,
                self.tr("Save picture"),
                self.tr("The picture could not be saved: %1").replace("%1", str(error)),
            )
