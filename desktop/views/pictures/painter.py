"""Drawing a ``Scene`` with QPainter, and saving it as PNG or SVG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgGenerator

from desktop.services.pictures.scene import Circle, Line, Polygon, Rect, Scene, Text

PNG_SCALE = 2.0  # pixels per point in a saved PNG


def _pen(colour: str | None, width: float, dashed: bool = False) -> QPen:
    if colour is None:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(QColor(colour), width)
    pen.setCosmetic(False)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _brush(colour: str | None) -> QBrush:
    return QBrush(QColor(colour)) if colour else QBrush(Qt.BrushStyle.NoBrush)


def paint_scene(painter: QPainter, scene: Scene, font: QFont | None = None) -> None:
    """Draw the scene in its own coordinates (the caller sets the transform)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    base = QFont(font) if font is not None else QFont()
    dpi = painter.device().logicalDpiY() or 96
    for shape in scene.shapes:
        match shape:
            case Polygon():
                path = QPainterPath()
                path.setFillRule(Qt.FillRule.OddEvenFill)
                for ring in shape.rings:
                    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
                    path.closeSubpath()
                painter.setPen(_pen(shape.stroke, shape.stroke_width))
                painter.setBrush(_brush(shape.fill))
                painter.drawPath(path)
            case Line():
                pen = _pen(shape.colour, shape.width)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.drawLine(QPointF(*shape.start), QPointF(*shape.end))
            case Circle():
                painter.setPen(_pen(shape.stroke, shape.stroke_width))
                painter.setBrush(_brush(shape.fill))
                painter.drawEllipse(QPointF(*shape.centre), shape.radius, shape.radius)
            case Rect():
                painter.setPen(_pen(shape.stroke, shape.stroke_width, shape.dashed))
                painter.setBrush(_brush(shape.fill))
                painter.drawRect(QRectF(shape.x, shape.y, shape.width, shape.height))
            case Text():
                text_font = QFont(base)
                text_font.setPointSizeF(shape.size * 72.0 / dpi)  # ``size`` scene units high
                text_font.setBold(shape.bold)
                painter.setFont(text_font)
                painter.setPen(QColor(shape.colour))
                width = QFontMetricsF(text_font, painter.device()).horizontalAdvance(shape.text)
                shift = {"start": 0.0, "middle": width / 2, "end": width}[shape.anchor]
                painter.save()
                painter.translate(*shape.position)
                if shape.vertical:
                    painter.rotate(-90)
                painter.drawText(QPointF(-shift, 0), shape.text)
                painter.restore()


def scene_image(scene: Scene, scale: float = PNG_SCALE, background: str | None = None) -> QImage:
    size = QSize(max(1, round(scene.width * scale)), max(1, round(scene.height * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(round(72 * scale / 0.0254))
    image.setDotsPerMeterY(round(72 * scale / 0.0254))
    image.fill(QColor(background) if background else QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_scene(painter, scene)
    painter.end()
    return image


def save_png(scene: Scene, path: Path, background: str | None = None) -> None:
    if not scene_image(scene, background=background).save(str(path), "PNG"):
        raise OSError(f"could not write {path}")


def save_svg(scene: Scene, path: Path, background: str | None = None) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(round(scene.width), round(scene.height)))
    generator.setViewBox(QRectF(0, 0, scene.width, scene.height))
    generator.setResolution(72)
    generator.setTitle(scene.title)
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not write {path}")
    if background:
        painter.fillRect(QRectF(0, 0, scene.width, scene.height), QColor(background))
    paint_scene(painter, scene)
    painter.end()
