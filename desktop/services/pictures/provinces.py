"""The twelve provinces' outlines, decoded from the shipped TopoJSON and projected flat.

The file is CBS/PDOK's generalised province boundaries of 2025 (``resources/maps``). TopoJSON
stores each arc as delta-encoded integers; ``transform`` turns the running sums into longitude
and latitude, and a negative arc index ``~i`` means arc ``i`` reversed. The outlines are
projected with an equirectangular projection around 52.2°N, which keeps the country's shape
within a percent at this size.
"""

from __future__ import annotations

import csv
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import resources

MAPS = Path(resources.__file__).parent / "maps"
TOPOLOGY = MAPS / "provincie_2025.topojson"
PROVINCES = Path(resources.__file__).parent / "reference" / "provinces.csv"
MIDDLE_LATITUDE = 52.2
Ring = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class ProvinceOutline:
    code: str  # ISO 3166-2, as in the database: NL-NB
    name: str
    rings: tuple[Ring, ...]  # projected: x east, y south, in kilometre-like units


class MapFileError(ValueError):
    """The shipped map file cannot be read."""


def _decoded_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (scale_x, scale_y), (move_x, move_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    factor = math.cos(math.radians(MIDDLE_LATITUDE)) * 111.32
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            longitude, latitude = x * scale_x + move_x, y * scale_y + move_y
            points.append((longitude * factor, -latitude * 111.32))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> Ring:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])  # consecutive arcs share an end point
    return tuple(points)


def _iso_codes() -> dict[str, tuple[str, str]]:
    with PROVINCES.open(encoding="utf-8", newline="") as handle:
        return {row["cbs_code"]: (row["code"], row["name"]) for row in csv.DictReader(handle)}


@cache
def province_outlines(path: Path = TOPOLOGY) -> tuple[ProvinceOutline, ...]:
    """The provinces in the file's order; a MapFileError names what is wrong with the file."""
    try:
        topology = json.loads(path.read_text(encoding="utf-8"))
        arcs = _decoded_arcs(topology)
        (geometries,) = (o["geometries"] for o in topology["objects"].values())
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise MapFileError(f"{path}: not a readable TopoJSON map ({error})") from error
    codes = _iso_codes()
    outlines = []
    for geometry in geometries:
        statcode = geometry.get("properties", {}).get("statcode")
        if statcode not in codes:
            raise MapFileError(f"{path}: unknown province code {statcode!r}")
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            raise MapFileError(f"{path}: {statcode} is a {geometry['type']}, not a polygon")
        rings = tuple(_ring(ring, arcs) for polygon in polygons for ring in polygon)
        code, name = codes[statcode]
        outlines.append(ProvinceOutline(code, name, rings))
    return tuple(outlines)


def bounds(outlines: tuple[ProvinceOutline, ...]) -> tuple[float, float, float, float]:
    xs = [x for o in outlines for ring in o.rings for x, _ in ring]
    ys = [y for o in outlines for ring in o.rings for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


def centroid(ring: Ring) -> tuple[float, float]:
    """The area centroid of a ring (the shoelace formula)."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if area == 0:
        return ring[0]
    return cx / (3 * area), cy / (3 * area)


def ring_area(ring: Ring) -> float:
    pairs = zip(ring, ring[1:] + ring[:1], strict=True)
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairs))
