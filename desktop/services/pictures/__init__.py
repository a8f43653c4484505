"""Pictures (map, network, helix balance, coverage, dashboard charts) as plain scenes.

A picture is computed here without Qt as a ``Scene``: shapes, colours and labels in points.
The desktop draws a scene with QPainter (``desktop/views/pictures``); the proposal exports draw
the same scene with reportlab (PDF) or Pillow (PNG for Word).
"""
