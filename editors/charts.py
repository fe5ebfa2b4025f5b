"""Charts drawn on the server as SVG: no chart library, nothing fetched from elsewhere.

Each chart is an image with a title and a one-sentence summary for screen readers; the page
shows the same numbers as a table beside it. Series differ by dash pattern as well as colour,
so they can be told apart without seeing colour.
"""

from dataclasses import dataclass, field

BAR_HEIGHT = 22
BAR_GAP = 8
LABEL_WIDTH = 240
BAR_AREA = 300
VALUE_WIDTH = 50

LINE_WIDTH = 640
LINE_HEIGHT = 220
LINE_PAD_LEFT = 40
LINE_PAD_BOTTOM = 30
LINE_PAD_TOP = 10
LINE_PAD_RIGHT = 10
# (stroke colour, dash pattern) per series; colours hold 3:1 contrast on white.
SERIES_STYLES = [("#1d5fa8", ""), ("#a34500", "6 4"), ("#2f7a3a", "2 3")]


def number(value):
    """SVG coordinates as text, never localised ("12,5" would break the drawing in Dutch)."""
    return f"{value:.1f}".removesuffix(".0")


@dataclass
class Bar:
    label: str
    value: int
    y: str = "0"
    width: str = "0"
    value_x: str = "0"
    url: str = ""


@dataclass
class BarChart:
    title: str
    summary: str
    bars: list
    width: int = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH
    height: int = 0
    label_width: int = LABEL_WIDTH
    bar_height: int = BAR_HEIGHT


def bar_chart(title, summary, items, url=None):
    """`items` have .label and .value; `url(item)` links a bar to the list behind it."""
    biggest = max((item.value for item in items), default=0) or 1
    bars = []
    for index, item in enumerate(items):
        width = BAR_AREA * item.value / biggest
        bars.append(
            Bar(
                label=str(item.label),
                value=item.value,
                y=number(index * (BAR_HEIGHT + BAR_GAP)),
                width=number(width),
                value_x=number(LABEL_WIDTH + width + 6),
                url=url(item) if url else "",
            )
        )
    height = max(len(bars) * (BAR_HEIGHT + BAR_GAP), BAR_HEIGHT)
    return BarChart(title=title, summary=summary, bars=bars, height=height)


@dataclass
class Series:
    label: str
    values: list
    colour: str = ""
    dash: str = ""
    points: str = ""
    legend_y: int = 0


@dataclass
class LineChart:
    title: str
    summary: str
    x_labels: list
    series: list
    ticks: list = field(default_factory=list)
    x_ticks: list = field(default_factory=list)
    width: int = LINE_WIDTH
    height: int = LINE_HEIGHT
    plot_left: int = LINE_PAD_LEFT
    plot_bottom: int = LINE_HEIGHT - LINE_PAD_BOTTOM
    plot_right: int = LINE_WIDTH - LINE_PAD_RIGHT


def nice_ceiling(value):
    """The smallest of 1, 2, 5, 10, 20, 50 ... that is at least `value`."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


def line_chart(title, summary, x_labels, named_series):
    """`named_series` are (label, values) with one value per x label."""
    top = nice_ceiling(max((max(values, default=0) for _l, values in named_series), default=0))
    top = max(top, 1)
    plot_height = LINE_HEIGHT - LINE_PAD_BOTTOM - LINE_PAD_TOP
    plot_width = LINE_WIDTH - LINE_PAD_LEFT - LINE_PAD_RIGHT
    count = len(x_labels)

    def x(index):
        return number(LINE_PAD_LEFT + (plot_width * index / max(count - 1, 1)))

    def y(value):
        return number(LINE_PAD_TOP + plot_height * (1 - value / top))

    series = []
    for index, (label, values) in enumerate(named_series):
        colour, dash = SERIES_STYLES[index % len(SERIES_STYLES)]
        points = " ".join(f"{x(i)},{y(value)}" for i, value in enumerate(values))
        series.append(Series(str(label), list(values), colour, dash, points, 14 + index * 18))
    ticks = [(value, y(value)) for value in sorted({0, top // 2, top})]
    every = max(count // 6, 1)
    x_ticks = [(x_labels[i], x(i)) for i in range(0, count, every)]
    return LineChart(title, summary, list(x_labels), series, ticks, x_ticks)
