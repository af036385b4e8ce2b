"""CSV and MediaWiki export inputs, folder defaults and notes, and the dateline of wiki exports."""

from __future__ import annotations

import bz2
import datetime as dt
from pathlib import Path

from newscoder.ingest import Rejection
from newscoder.ingest.base import Note, read_inputs_located
from newscoder.ingest.fields import find_headings
from newscoder.ingest.mediawiki import wikitext_to_text
from newscoder.records import Article


def read(paths):
    items = [item for _p, _k, item in read_inputs_located(paths)]
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Rejection)],
            [i for i in items if isinstance(i, Note)])


# ------------------------------------------------------------------ CSV
CSV_TEXT = (
    "url,date,title,text,section\n"
    'https://news.example/a,2024-03-05,Harbour reopens,"Tuesday, March 5, 2024\n\nThe harbour reopened '
    'on Monday, the mayor said.",local\n'
    'https://news.example/b,someday,Bad date,"The council met.",local\n'
    'https://news.example/c,2024-03-06,,"The ferry ""Nora"" sailed at dawn.\nIt was full.",local\n'
)


def test_csv_rows_become_articles_with_text_unchanged(tmp_path):
    path = tmp_path / "archive.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    articles, rejected, notes = read([path])
    assert [a.url for a in articles] == ["https://news.example/a", "https://news.example/c"]
    first, second = articles
    assert first.published_date == dt.date(2024, 3, 5)
    assert first.title == "Harbour reopens"
    assert first.source_format == "csv"
    assert first.external_id == "https://news.example/a"  # no id column: the url is the article's own id
    assert first.text == "Tuesday, March 5, 2024\n\nThe harbour reopened on Monday, the mayor said."
    assert second.text == 'The ferry "Nora" sailed at dawn.\nIt was full.'
    assert second.title is None
    # the bad row is rejected alone, with its line number and reason
    [bad] = rejected
    assert (bad.reason, bad.line) == ("bad-date", 5)  # the first row spans lines 2 to 4
    assert "someday" in bad.message and bad.path.endswith("archive.csv")
    # the column that is not an article field is listed, not silently dropped
    [note] = notes
    assert note.kind == "ignored-columns" and "section" in note.message


def test_csv_ids_are_stable_when_rows_are_added(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    before = {a.url: a.article_id for a in read([path])[0]}
    path.write_text(CSV_TEXT.replace("url,date,title,text,section\n", "url,date,title,text,section\n"
                                     'https://news.example/z,2024-01-01,New,"A new row first.",x\n'),
                    encoding="utf-8")
    after = {a.url: a.article_id for a in read([path])[0]}
    assert len(after) == 3 and all(after[u] == i for u, i in before.items())


def test_csv_id_license_and_attribution_columns(tmp_path):
    path = tmp_path / "cms.csv"
    path.write_text("ID,Date,Text,License,Attribution,Publisher\n"
                    "n-1,20240105,The bridge opened.,CC BY-SA 4.0,Example Gazette (CC BY-SA 4.0),Example Gazette\n",
                    encoding="utf-8")
    [article], rejected, notes = read([path])
    assert rejected == [] and notes == []
    assert article.external_id == "n-1"
    assert article.published_date == dt.date(2024, 1, 5)
    assert article.license == "CC-BY-SA-4.0"
    assert article.attribution == "Example Gazette (CC BY-SA 4.0)"
    assert article.publisher == "Example Gazette"


def test_csv_without_a_text_column_is_rejected_with_the_reason(tmp_path):
    bad = tmp_path / "a_bad.csv"
    bad.write_text("date,title,body\n2024-01-01,Title,Some body\n", encoding="utf-8")
    good = tmp_path / "b_good.csv"
    good.write_text("date,text\n2024-01-01,The market opened late.\n", encoding="utf-8")
    articles, rejected, _ = read([tmp_path])
    assert [a.text for a in articles] == ["The market opened late."]
    [rej] = rejected
    assert rej.path.endswith("a_bad.csv") and rej.reason == "missing-column"
    assert "'text'" in rej.message and "body" in rej.message


def test_csv_row_with_too_many_fields_and_a_broken_quote(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text('date,text\n2024-01-01,One.,extra\n2024-01-02,Two.\n2024-01-03,"Three\n', encoding="utf-8")
    articles, rejected, _ = read([path])
    assert [a.text for a in articles] == ["Two."]
    assert [(r.line, r.reason) for r in rejected] == [(2, "malformed-csv"), (4, "malformed-csv")]


# ------------------------------------------------------------------ MediaWiki exports
def page(title: str, text: str, *, ns: int = 0, redirect: bool = False) -> str:
    red = f'<redirect title="{title} (moved)" />' if redirect else ""
    body = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (f"<page><title>{title}</title><ns>{ns}</ns><id>{abs(hash(title)) % 10000}</id>{red}"
            f"<revision><id>1</id><text xml:space=\"preserve\">{body}</text></revision></page>")


def export(*pages: str) -> str:
    return ('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10" xml:lang="en">'
            "<siteinfo><sitename>Wikinews</sitename><dbname>enwikinews</dbname>"
            "<base>https://en.wikinews.org/wiki/Main_Page</base></siteinfo>" + "".join(pages) + "</mediawiki>")


STORY = """{{date|March 3, 2021}}
{{Brazil}}
The [[w:Fishing|fishing]] fleet of [[Santos]] returned to port on Tuesday.<ref>Port notice</ref> Officials \
said '''forty''' boats docked.

{| class="wikitable"
|-
| Boats || 40
|}
[[File:Harbour.jpg|thumb|The harbour at dawn]]
== Weather ==
A storm is expected on Friday, according to [[Brazilian Navy|the navy]].

== Sources ==
* {{source|url=http://example.org|title=Fleet returns}}

== External links ==
* [http://example.org Port website]

{{publish}}
[[Category:Brazil]]
"""


def test_export_pages_become_clean_articles(tmp_path):
    path = tmp_path / "dump.xml"
    path.write_text(export(
        page("Fishing fleet returns to Santos", STORY),
        page("Draft story", "{{date|March 4, 2021}}\nNot yet reviewed.\n{{develop}}"),
        page("Talk:Fishing fleet returns to Santos", "Comments {{publish}}", ns=1),
        page("Fleet returns", "#REDIRECT [[Fishing fleet returns to Santos]] {{publish}}", redirect=True),
        page("Minister resigns", "{{date|5 March 2021}}\nThe minister resigned.\n[[Category:Published]]"),
    ), encoding="utf-8")
    articles, rejected, notes = read([path])
    assert rejected == []
    assert [a.title for a in articles] == ["Fishing fleet returns to Santos", "Minister resigns"]
    story = articles[0]
    assert story.published_date == dt.date(2021, 3, 3)
    assert story.url == "https://en.wikinews.org/wiki/Fishing_fleet_returns_to_Santos"
    assert story.source_format == "mediawiki"
    assert (story.publisher, story.license, story.language) == ("Wikinews", "CC-BY-2.5", "en")
    assert story.attribution == f"Wikinews, CC BY 2.5, {story.url}"
    assert story.text.startswith("The fishing fleet of Santos returned to port on Tuesday. Officials said forty")
    assert "A storm is expected on Friday, according to the navy." in story.text
    for junk in ("{{", "[[", "Port notice", "wikitable", "Boats", "Harbour.jpg", "thumb", "Sources",
                 "Port website", "External links", "Category", "'''"):
        assert junk not in story.text, junk
    assert articles[1].published_date == dt.date(2021, 3, 5)
    [note] = notes
    assert note.kind == "pages-not-articles"
    assert "1 not in the main namespace" in note.message and "1 not published" in note.message
    assert "1 redirect" in note.message


def test_compressed_export_and_a_truncated_one(tmp_path):
    data = export(page("Minister resigns", "{{date|5 March 2021}}\nThe minister resigned.\n{{Publish}}"),
                  page("Bridge opens", "{{date|6 March 2021}}\nThe bridge opened.\n{{publish}}")).encode()
    (tmp_path / "a.xml.bz2").write_bytes(bz2.compress(data))
    whole = bz2.compress(data)
    (tmp_path / "b.xml.bz2").write_bytes(whole[: len(whole) // 2])
    articles, rejected, _ = read([tmp_path / "a.xml.bz2"])
    assert [a.title for a in articles] == ["Minister resigns", "Bridge opens"] and rejected == []
    _, rejected, _ = read([tmp_path / "b.xml.bz2"])
    [rej] = rejected
    assert rej.reason == "truncated" and rej.path.endswith("b.xml.bz2")


def test_xml_that_is_not_an_export_and_a_bad_date(tmp_path):
    (tmp_path / "feed.xml").write_text("<rss><channel><title>Feed</title></channel></rss>", encoding="utf-8")
    (tmp_path / "pages.xml").write_text(export(
        page("Undated story", "{{date|sometime soon}}\nThe vote was held.\n{{publish}}"),
        page("Dated story", "{{date|April 2, 2020}}\nThe count ended.\n{{publish}}")), encoding="utf-8")
    articles, rejected, _ = read([tmp_path])
    assert [a.title for a in articles] == ["Dated story"]
    by_path = {Path(r.path).name: r for r in rejected}
    assert by_path["feed.xml"].reason == "not-mediawiki" and "<rss>" in by_path["feed.xml"].message
    assert by_path["pages.xml"].reason == "bad-date" and by_path["pages.xml"].page == "Undated story"


def test_wikitext_links_keep_their_text():
    import mwparserfromhell

    text = wikitext_to_text(mwparserfromhell.parse("The [[United Nations|UN]] met in [[Geneva]].&nbsp;It ended."))
    assert text == "The UN met in Geneva. It ended."


# ------------------------------------------------------------------ folders and datelines
def test_folder_defaults_and_notes(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "_defaults.yaml").write_text('license: CC BY 2.5\npublisher: Example Wire\n'
                                           'attribution: "Example Wire, CC BY 2.5, {url}"\n', encoding="utf-8")
    (folder / "LICENSE.md").write_text("# Licence\nCC BY 2.5\n", encoding="utf-8")
    (folder / "SOURCE.md").write_text("Where these came from.\n", encoding="utf-8")
    (folder / "news.csv").write_text("url,date,text,license\nhttps://w.example/1,2024-02-01,The dam held.,\n"
                                     "https://w.example/2,2024-02-02,The dam broke.,CC0\n", encoding="utf-8")
    (tmp_path / "other.md").write_text("---\ndate: 2024-02-03\n---\nThe river rose.\n", encoding="utf-8")
    articles, rejected, notes = read([tmp_path])
    assert rejected == []
    by_text = {a.text: a for a in articles}
    assert by_text["The dam held."].license == "CC-BY-2.5"
    assert by_text["The dam held."].attribution == "Example Wire, CC BY 2.5, https://w.example/1"
    assert by_text["The dam held."].publisher == "Example Wire"
    assert by_text["The dam broke."].license == "CC0-1.0"  # the article's own field wins
    assert by_text["The river rose."].license is None  # defaults apply to their folder only
    assert sorted((Path(n.path).name, n.kind) for n in notes) == [
        ("LICENSE.md", "folder-note"), ("SOURCE.md", "folder-note"), ("_defaults.yaml", "folder-defaults")]


def test_bad_folder_defaults_are_reported_once(tmp_path):
    (tmp_path / "_defaults.yaml").write_text("licence: CC-BY-4.0\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("---\ndate: 2024-02-03\n---\nThe river rose.\n", encoding="utf-8")
    articles, rejected, _ = read([tmp_path])
    assert [a.text for a in articles] == ["The river rose."]
    [rej] = rejected
    assert rej.reason == "bad-defaults" and "licence" in rej.message


def test_a_date_alone_on_the_first_line_is_a_heading():
    text = "Friday, January 4, 2019\u00a0\n\n\nThe vote was held on Friday, January 4, 2019 in the capital."
    assert [text[s:e] for s, e in find_headings(text)] == ["Friday, January 4, 2019"]
    prose = "On Friday, January 4, 2019 the vote was held.\n\nIt ended."
    assert find_headings(prose) == ()
