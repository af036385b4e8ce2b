"""MediaWiki XML exports (`.xml`, `.xml.bz2`), such as the English Wikinews dump.

Streamed: the file is parsed with `iterparse` and each `<page>` is cleared once read, so memory does not
grow with the size of the dump. An article is a page of the main namespace (ns 0) that is not a redirect
and is published (the `{{publish}}` template or `[[Category:Published]]`); its date comes from the
`{{date|...}}` template. The wikitext of its last revision is turned into plain text with
mwparserfromhell: templates, references, tables, files, categories and the "Sources", "External links"
(and similar) sections removed; links shown as their text. Other pages are counted, not read.
"""

from __future__ import annotations

import bz2
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO
from urllib.parse import quote

from newscoder.ingest.fields import InputError, build_article
from newscoder.records import Article

WIKINEWS_LICENSE = "CC-BY-2.5"  # every Wikinews article since 25 September 2005
DEFAULT_BASE = "https://en.wikinews.org/wiki/"
# sections that list sources or links, not prose (compared in lower case)
DROPPED_SECTIONS = {"sources", "source", "external links", "external link", "references", "related news",
                    "see also", "related articles", "interviews"}
DROPPED_TAGS = {"ref", "references", "table", "gallery", "math", "timeline", "imagemap", "score", "syntaxhighlight",
                "source", "pre", "code", "noinclude", "includeonly", "div"}
# link namespaces that are not text: files, categories, and interwiki/interlanguage prefixes
_NON_TEXT_LINK = re.compile(r"^\s*:?\s*(file|image|media|category|[a-z]{2,3}(-[a-z]+)?|w|wikipedia|commons|"
                            r"wikt|wiktionary|q|wikiquote|s|wikisource|n|wikinews|b|wikibooks)\s*:", re.I)
_KEEP_LINK_TEXT = re.compile(r"^\s*:?\s*(w|wikipedia|wikt|wiktionary|n|wikinews)\s*:", re.I)
_DATE_FORMATS = ("%B %d, %Y", "%d %B %Y", "%B %d %Y", "%Y-%m-%d", "%b %d, %Y", "%d %b %Y")


class SkippedPages(Counter):
    """Pages of an export that are not articles, counted by why (a note for the build report)."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def open_export(path, data: bytes | None = None) -> BinaryIO:
    """The export's bytes as a stream, decompressed on the fly for `.bz2`."""
    import io

    name = str(path).lower()
    if data is not None:
        raw = io.BytesIO(data)
        return bz2.BZ2File(raw) if name.endswith(".bz2") else raw
    return bz2.open(path, "rb") if name.endswith(".bz2") else open(path, "rb")  # noqa: SIM115


def _page_date(code) -> str | None:
    for tpl in code.filter_templates(recursive=False):
        if str(tpl.name).strip().lower() == "date" and tpl.params:
            return str(tpl.params[0].value).strip()
    return None


def _parse_wiki_date(value: str | None) -> dt.date | str | None:
    if value is None:
        return None
    text = " ".join(value.split())
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return value  # left for build_article to reject with its reason


def is_published(code) -> bool:
    if any(str(t.name).strip().lower() == "publish" for t in code.filter_templates()):
        return True
    return any(_local_title(str(link.title)) == "category:published" for link in code.filter_wikilinks())


def _local_title(title: str) -> str:
    return " ".join(title.replace("_", " ").split()).lower()


def wikitext_to_text(code) -> str:
    """Plain text of parsed wikitext (`mwparserfromhell.parse(...)`): what a reader of the page sees as prose."""
    import mwparserfromhell
    from mwparserfromhell.nodes import Comment, Tag, Template, Wikilink

    for section in code.get_sections(levels=[2, 3, 4], include_headings=True):
        heading = section.filter_headings(recursive=False)
        if heading and " ".join(str(heading[0].title).split()).strip().lower() in DROPPED_SECTIONS:
            try:
                code.remove(section)
            except ValueError:
                pass  # already removed with an enclosing section
    for node in list(code.ifilter(recursive=True)):
        drop = isinstance(node, Template | Comment) or (
            isinstance(node, Tag) and str(node.tag).strip().lower() in DROPPED_TAGS
        ) or (isinstance(node, Wikilink) and _NON_TEXT_LINK.match(str(node.title))
              and not (_KEEP_LINK_TEXT.match(str(node.title)) and node.text))
        if drop:
            try:
                code.remove(node)
            except ValueError:
                pass  # inside a node removed before
    for heading in code.filter_headings():
        code.replace(heading, "\n" + str(heading.title).strip() + "\n")
    text = mwparserfromhell.parse(str(code)).strip_code(normalize=True, collapse=True)
    # bare interwiki links kept their prefix ("w:Ottawa|Ottawa" -> text only): strip_code shows the text
    lines = [" ".join(line.replace("\u00a0", " ").split()) for line in text.split("\n")]
    lines = [re.sub(r"^[*#:;]+\s*", "", line) for line in lines]  # list and indent markers
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    out = re.sub(r"'{2,}", "", out)  # bold/italic quotes left by unbalanced markup
    # braces of template markup the parser could not read as a template (unbalanced): never prose
    return re.sub(r"\{\{+|\}\}+", "", out).strip()


def read_mediawiki(stream: BinaryIO, *, path: str, sha: str, strict: bool = True
                   ) -> Iterator[tuple[str | None, Article | InputError | SkippedPages]]:
    """(page title, Article or that page's error) for every article page, then one SkippedPages.

    A stream that is not a MediaWiki export, broken XML or a truncated/corrupt compressed file stops the
    reading with an InputError (the pages read before it are kept)."""
    import mwparserfromhell

    skipped = SkippedPages()
    base, publisher, language = DEFAULT_BASE, "Wikinews", "en"
    events = ET.iterparse(stream, events=("start", "end"))
    root = None
    title = None
    try:
        for event, elem in events:
            tag = _local(elem.tag)
            if root is None:
                if tag != "mediawiki":
                    raise InputError("not-mediawiki", f"not a MediaWiki export: the root element is <{tag}>, "
                                                      "not <mediawiki>")
                root = elem
                lang = elem.get("{http://www.w3.org/XML/1998/namespace}lang")
                language = lang or language
                continue
            if event != "end":
                continue
            if tag == "siteinfo":
                base, publisher = _siteinfo(elem, base, publisher)
                root.clear()
            elif tag == "page":
                title = _text(elem, "title")
                result = _page(elem, mwparserfromhell, title=title, skipped=skipped, base=base,
                               publisher=publisher, language=language, path=path, sha=sha, strict=strict)
                root.clear()  # the page is read: let it go, and every element before it
                if result is not None:
                    yield title, result
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        after = f" (after page {title!r})" if title else ""
        kind = "not-mediawiki" if root is None else "malformed-xml"
        yield title, InputError(kind, f"the XML does not parse at line {line}{after}: {exc}")
    except (EOFError, OSError) as exc:  # bz2: truncated or corrupt stream
        after = f" after page {title!r}" if title else ""
        yield title, InputError("truncated", f"the compressed file is truncated or corrupt{after}: {exc}")
    except InputError as exc:
        yield title, exc
    else:
        if root is None:
            yield None, InputError("empty", "the XML file is empty")
    yield None, skipped


def _text(elem: ET.Element, name: str) -> str | None:
    for child in elem:
        if _local(child.tag) == name:
            return child.text
    return None


def _siteinfo(elem: ET.Element, base: str, publisher: str) -> tuple[str, str]:
    site_base = _text(elem, "base")
    if site_base and "/wiki/" in site_base:
        base = site_base[: site_base.index("/wiki/") + len("/wiki/")]
    name = _text(elem, "sitename")
    return base, (name.strip() if name and name.strip() else publisher)


def _page(elem, mwparserfromhell, *, title, skipped, base, publisher, language, path, sha, strict):
    ns = (_text(elem, "ns") or "").strip()
    if ns != "0":
        skipped["not in the main namespace"] += 1
        return None
    if any(_local(c.tag) == "redirect" for c in elem):
        skipped["redirect"] += 1
        return None
    revisions = [c for c in elem if _local(c.tag) == "revision"]
    wikitext = _text(revisions[-1], "text") if revisions else None
    if not title or not wikitext:
        skipped["no title or no text"] += 1
        return None
    code = mwparserfromhell.parse(wikitext)
    if not is_published(code):
        skipped["not published"] += 1
        return None
    date = _parse_wiki_date(_page_date(code))
    url = base + quote(title.replace(" ", "_"), safe="/:,()'!_-.~")
    is_wikinews = publisher.lower() == "wikinews"
    try:
        text = wikitext_to_text(code)
        return build_article(
            text=text, date=date, external_id=url, source_path=path, source_format="mediawiki",
            source_sha256=sha, strict=strict, title=title, url=url, publisher=publisher, language=language,
            license=WIKINEWS_LICENSE if is_wikinews else None,
            attribution=f"Wikinews, CC BY 2.5, {url}" if is_wikinews else None,
        )
    except InputError as exc:
        return InputError(exc.kind, f"page {title!r}: {exc}")
    except Exception as exc:  # noqa: BLE001 - one page the parser cannot handle never stops the dump
        return InputError("unreadable", f"page {title!r}: the wikitext could not be read: {exc}")
