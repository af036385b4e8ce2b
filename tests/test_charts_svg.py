"""The data card's SVG charts: well-formed, escaped, deterministic, and showing the values they are given."""

import xml.dom.minidom

from newscoder.charts_svg import bar_chart, barh_chart, stacked_chart, text_width, write_svg


def _texts(svg: str) -> list[str]:
    doc = xml.dom.minidom.parseString(svg)
    return [t.firstChild.data for t in doc.getElementsByTagName("text") if t.firstChild]


def test_vertical_bars_label_every_value_and_month():
    svg = bar_chart(["2024-01", "2024-02", "2024-03"], [3, 12, 7], "Articles per month", "articles")
    texts = _texts(svg)
    assert texts[0] == "Articles per month"
    assert {"2024-01", "2024-02", "2024-03", "3", "12", "7", "articles"} <= set(texts)
    assert svg.count("<rect ") == 4  # the background and three bars


def test_horizontal_bars_escape_names_and_keep_order():
    svg = barh_chart(["Smith & Sons <Ltd>", "Ana Li"], [9, 4], "Most quoted", "quotes")
    texts = _texts(svg)
    assert texts.index("Smith & Sons <Ltd>") < texts.index("Ana Li")
    assert "Smith &amp; Sons &lt;Ltd&gt;" in svg and "<Ltd>" not in svg


def test_stacked_bars_have_a_legend_entry_per_series_and_skip_empty_segments():
    series = {"PROTEST": [2, 0], "ASSAULT": [1, 5]}
    svg = stacked_chart(["2024-01", "2024-02"], series, "Events", "events")
    texts = _texts(svg)
    assert "PROTEST" in texts and "ASSAULT" in texts
    assert svg.count("<title>2024-02, PROTEST") == 0 and svg.count("<title>2024-02, ASSAULT: 5</title>") == 1


def test_same_data_gives_same_bytes_and_an_unchanged_file_is_not_rewritten(tmp_path):
    a = stacked_chart(["2024-01"], {"X": [1]}, "T", "events")
    assert a == stacked_chart(["2024-01"], {"X": [1]}, "T", "events")
    path = tmp_path / "c.svg"
    write_svg(path, a)
    before = path.stat().st_mtime_ns
    write_svg(path, a)
    assert path.read_text(encoding="utf-8") == a and path.stat().st_mtime_ns == before
    assert text_width("abcd") == 2 * text_width("ab")
