"""Small bar charts, laid out here and drawn as static SVG by ``templates/_bar_chart.j2``.

Charts are computed at build time: no JavaScript, no chart library in the
reader's browser, and the numbers are also given as a table next to each chart.
"""

from __future__ import annotations

from dataclasses import dataclass

BAR_HEIGHT = 22
GAP = 6
LABEL_WIDTH = 170
BAR_AREA = 260
VALUE_WIDTH = 50


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    shown: str
    """The value as printed next to the bar."""
    y: int
    width: int
    tone: str


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: tuple[Bar, ...]
    width: int
    height: int
    label_width: int = LABEL_WIDTH


def bar_chart(title: str, items: list[tuple[str, float, str, str]]) -> BarChart:
    """Lay out horizontal bars.

    Args:
        title: what the chart shows (also its accessible name).
        items: (label, value, value as printed, tone) per bar, in display order.
    """
    top = max((value for _, value, _, _ in items), default=0) or 1
    bars = tuple(
        Bar(label, value, shown, GAP + i * (BAR_HEIGHT + GAP), max(2, round(BAR_AREA * value / top)) if value else 0, tone)
        for i, (label, value, shown, tone) in enumerate(items)
    )
    height = GAP + len(bars) * (BAR_HEIGHT + GAP)
    return BarChart(title, bars, LABEL_WIDTH + BAR_AREA + VALUE_WIDTH, height)
