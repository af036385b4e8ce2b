"""Small SVG bar charts for the data card, written as text (no plotting library).

Three kinds: vertical bars with value labels, horizontal bars with labels, and stacked vertical bars with a
legend. Text has a fixed font size and its width is estimated (a mean glyph width per character), so the
layout needs no font files. The output depends only on the arguments: coordinates are rounded to one decimal
and written in a fixed order, so the same data gives the same bytes.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

FONT = "DejaVu Sans, Verdana, Arial, sans-serif"
FONT_SIZE = 12
SMALL = 10
CHAR_WIDTH = 0.6  # mean advance of a sans-serif glyph, in em: wide enough for most labels
COLORS = ["#3b6ea8", "#c2693a", "#5a9a52", "#a64d79", "#d4a72c", "#6b6b6b", "#4aa3b5", "#8c5a3c", "#9aa0d4"]
AXIS = "#333333"
GRID = "#dddddd"


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """Approximate width of `text` in pixels at font size `size`."""
    return len(text) * size * CHAR_WIDTH


def _n(v: float) -> str:
    """A coordinate with at most one decimal, no trailing zeros (deterministic formatting)."""
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def _text(x: float, y: float, s: str, *, size: float = FONT_SIZE, anchor: str = "start", weight: str = "",
          rotate: float = 0) -> str:
    attrs = f'x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}"'
    if anchor != "start":
        attrs += f' text-anchor="{anchor}"'
    if weight:
        attrs += f' font-weight="{weight}"'
    if rotate:
        attrs += f' transform="rotate({_n(rotate)} {_n(x)} {_n(y)})"'
    return f"<text {attrs}>{escape(s)}</text>"


def _rect(x: float, y: float, w: float, h: float, fill: str, title: str = "") -> str:
    head = f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(max(w, 0))}" height="{_n(max(h, 0))}" fill="{fill}"'
    return f"{head}><title>{escape(title)}</title></rect>" if title else f"{head}/>"


def _line(x1: float, y1: float, x2: float, y2: float, color: str = AXIS) -> str:
    return f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" stroke="{color}" stroke-width="1"/>'


def _ticks(top: int) -> list[int]:
    """Round axis ticks from 0 to at least `top` (about five steps of 1, 2 or 5 times a power of ten)."""
    if top <= 0:
        return [0, 1]
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(int(step), 1)
    last = -(-top // step) * step
    return list(range(0, last + 1, step))


def _svg(width: float, height: float, title: str, body: list[str]) -> str:
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(width)}" height="{_n(height)}" '
            f'viewBox="0 0 {_n(width)} {_n(height)}" font-family={quoteattr(FONT)} fill="#222222">')
    return "\n".join([head, f"<title>{escape(title)}</title>",
                      f'<rect x="0" y="0" width="{_n(width)}" height="{_n(height)}" fill="#ffffff"/>',
                      *body, "</svg>"]) + "\n"


def _month_axis(labels: list[str], x0: float, slot: float, y: float) -> tuple[list[str], float]:
    """Category labels under the bars: rotated when there are many. Returns the elements and their height."""
    rotate = len(labels) > 8 or any(text_width(s, SMALL) > slot for s in labels)
    out = []
    for i, s in enumerate(labels):
        cx = x0 + (i + 0.5) * slot
        if rotate:
            out.append(_text(cx, y + SMALL, s, size=SMALL, anchor="end", rotate=-45))
        else:
            out.append(_text(cx, y + SMALL + 2, s, size=SMALL, anchor="middle"))
    depth = (max((text_width(s, SMALL) for s in labels), default=0) * 0.71 + SMALL) if rotate else SMALL + 4
    return out, depth


def _value_axis(ticks: list[int], x0: float, x1: float, y_of, label: str, top: float, bottom: float) -> list[str]:
    out = []
    for t in ticks:
        y = y_of(t)
        out.append(_line(x0, y, x1, y, GRID))
        out.append(_text(x0 - 4, y + SMALL / 3, f"{t:,}", size=SMALL, anchor="end"))
    out.append(_line(x0, top, x0, bottom))
    mid = (top + bottom) / 2
    out.append(_text(14, mid, label, size=SMALL, anchor="middle", rotate=-90))
    return out


def write_svg(path: Path, svg: str) -> None:
    """Write `svg` to `path` only when the bytes differ (an unchanged chart keeps its timestamp)."""
    data = svg.encode("utf-8")
    if not path.is_file() or path.read_bytes() != data:  # unchanged files keep their timestamps
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)


class _Frame:
    """The layout both vertical charts share: one slot per label, month labels below, a value axis with
    grid lines on the left, the title above."""

    def __init__(self, labels: list[str], top_value: float, plot_h: float, width: float, title: str,
                 ylabel: str) -> None:
        self.left, self.right, top = 60.0, 16.0, 40.0
        self.slot = (width - self.left - self.right) / max(len(labels), 1)
        self.axis_labels, self.depth = _month_axis(labels, self.left, self.slot, 0)
        self.bottom = top + plot_h
        ticks = _ticks(top_value)
        self.scale = plot_h / ticks[-1]
        self.body = [_text(self.left, 22, title, size=14, weight="bold")]
        self.body += _value_axis(ticks, self.left, width - self.right, self.y_of, ylabel, top, self.bottom)

    def y_of(self, v: float) -> float:
        return self.bottom - v * self.scale


def bar_chart(labels: list[str], values: list[int], title: str, ylabel: str, *, width: float = 800,
              color: str = COLORS[0]) -> str:
    """Vertical bars, one per label, each with its value written above it."""
    f = _Frame(labels, max(values, default=0), 220.0, width, title, ylabel)
    left, right, slot, bottom, scale, y_of, body = f.left, f.right, f.slot, f.bottom, f.scale, f.y_of, f.body
    axis_labels, depth = f.axis_labels, f.depth
    height = bottom + depth + 12
    for i, (label, v) in enumerate(zip(labels, values, strict=True)):
        x = left + i * slot + slot * 0.15
        body.append(_rect(x, y_of(v), slot * 0.7, v * scale, color, f"{label}: {v:,}"))
        body.append(_text(x + slot * 0.35, y_of(v) - 3, f"{v:,}", size=SMALL, anchor="middle"))
    body.append(_line(left, bottom, width - right, bottom))
    body += _shift(axis_labels, bottom)
    return _svg(width, height, title, body)


def _shift(elements: list[str], dy: float) -> list[str]:
    """Re-place category labels drawn at y = 0 below the axis at `dy` (they are built before the layout)."""
    out = []
    for e in elements:
        head, _, rest = e.partition(' y="')
        y, _, tail = rest.partition('"')
        new_y = _n(float(y) + dy)
        tail = tail.replace(f" {y})", f" {new_y})")  # the rotation centre moves with the text
        out.append(f'{head} y="{new_y}"{tail}')
    return out


def barh_chart(labels: list[str], values: list[int], title: str, xlabel: str, *, width: float = 800,
               color: str = COLORS[1]) -> str:
    """Horizontal bars, first label on top, each with its label on the left and its value at its end."""
    row = 22.0
    label_w = min(max((text_width(s, SMALL) for s in labels), default=0) + 12, width * 0.45)
    left, right, top = label_w, 50.0, 40.0
    plot_h = row * max(len(labels), 1)
    bottom = top + plot_h
    height = bottom + 40
    ticks = _ticks(max(values, default=0))
    scale = (width - left - right) / ticks[-1]
    body = [_text(8, 22, title, size=14, weight="bold")]
    for t in ticks:
        x = left + t * scale
        body.append(_line(x, top, x, bottom, GRID))
        body.append(_text(x, bottom + SMALL + 4, f"{t:,}", size=SMALL, anchor="middle"))
    body.append(_text(left + (width - left - right) / 2, bottom + 32, xlabel, size=SMALL, anchor="middle"))
    max_chars = int((label_w - 12) / (SMALL * CHAR_WIDTH))
    for i, (label, v) in enumerate(zip(labels, values, strict=True)):
        y = top + i * row
        shown = label if len(label) <= max_chars else label[: max(max_chars - 1, 1)] + "…"
        body.append(_text(left - 6, y + row / 2 + SMALL / 3, shown, size=SMALL, anchor="end"))
        body.append(_rect(left, y + row * 0.15, v * scale, row * 0.7, color, f"{label}: {v:,}"))
        body.append(_text(left + v * scale + 4, y + row / 2 + SMALL / 3, f"{v:,}", size=SMALL))
    body.append(_line(left, top, left, bottom))
    return _svg(width, height, title, body)


def stacked_chart(labels: list[str], series: dict[str, list[int]], title: str, ylabel: str, *,
                  width: float = 800) -> str:
    """Stacked vertical bars (one segment per series, in the order given) and a legend below the chart."""
    totals = [sum(vs) for vs in zip(*series.values(), strict=True)] if series else []
    f = _Frame(labels, max(totals, default=0), 240.0, width, title, ylabel)
    left, right, slot, bottom, scale, y_of, body = f.left, f.right, f.slot, f.bottom, f.scale, f.y_of, f.body
    axis_labels, depth = f.axis_labels, f.depth
    base = [0] * len(labels)
    for k, (name, values) in enumerate(series.items()):
        color = COLORS[k % len(COLORS)]
        for i, v in enumerate(values):
            if v:
                x = left + i * slot + slot * 0.15
                body.append(_rect(x, y_of(base[i] + v), slot * 0.7, v * scale, color, f"{labels[i]}, {name}: {v:,}"))
            base[i] += v
    body.append(_line(left, bottom, width - right, bottom))
    body += _shift(axis_labels, bottom)
    # legend: three columns below the axis labels
    legend_top = bottom + depth + 14
    col_w = (width - left - right) / 3
    for k, name in enumerate(series):
        x = left + (k % 3) * col_w
        y = legend_top + (k // 3) * 18
        body.append(_rect(x, y, 12, 12, COLORS[k % len(COLORS)]))
        body.append(_text(x + 18, y + 10, name, size=SMALL))
    height = legend_top + 18 * -(-len(series) // 3) + 8
    return _svg(width, height, title, body)
