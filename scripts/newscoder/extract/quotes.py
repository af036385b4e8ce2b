"""Quotes: direct, indirect and mixed, each with its cue, speaker and evidence; the rows put together.

How it works (see docs/methodology.md, "Quotes"):
1. `quote_marks` finds the quoted passages (one segment per paragraph; crossheads skipped).
2. Every reporting verb outside quotation marks with a clausal complement ("said that ...",
   "warned Havana to ...") gives an attribution. Its complement is an *indirect* quote when it holds no
   quoted words, a *mixed* quote when it holds some (one row; the quoted words stay inside it), and the
   cue of a *direct* quote when the complement is the quoted passage itself. "according to X" likewise.
   Where the content starts and ends: `quote_content`.
3. Every remaining passage is a *direct* quote. Its cue is the reporting verb right after it in the
   same sentence ('"...," Trump told') or right before it ('He said: "...'; `quote_cues`). Without one it
   takes the speaker of the rest of its passage, of the previous quote in its paragraph, or — for a
   paragraph that is nothing but a quote — of the previous paragraph's quote, with lower confidence
   (`speaker_carry_over`). A closing '- Name' line also names the speaker (`speaker_layout`). Passages that
   are no speech (scare quotes, titles, terms) are dropped (`quote_filters`).
4. Quotes without marks that the layout makes clear: a block quote after 'X said:' and a pull quote
   ending with its speaker's name, and the answers of an interview (`quote_layout`).
This module runs the steps and turns each row into a `Quote` (span, evidence, speaker link, confidence).
Non-English articles give only their quoted passages (the parser is English-only).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.attribution import according_to, complement_of, cue_entry, foreign_trailing_cue
from newscoder.extract.doctext import char_span, children_of, doc_column, doc_pos, doc_sents, doc_tokens
from newscoder.extract.quote_content import (
    QUESTION_CUES,
    background_cue,
    clip_complement,
    content_pieces,
    embedded_content,
    is_gloss,
    is_record,
    naming_object,
    without_content,
    without_frame,
)
from newscoder.extract.quote_context import Attr, QuoteContext, Row
from newscoder.extract.quote_cues import according_source, addressee_cue, quoted_author, window_cue
from newscoder.extract.quote_filters import (
    MIN_WORDS,
    is_named_thing,
    is_quoted_name,
    is_term,
    is_work_title,
    title_case,
    too_short,
)
from newscoder.extract.quote_groups import group_parts
from newscoder.extract.quote_layout import interview_rows, layout_quotes, within_spans
from newscoder.extract.quote_marks import find_quote_segments, paragraphs
from newscoder.extract.relay import inner_quote_cue, relay_of, relay_source, relay_tokens, second_hand
from newscoder.extract.speaker_actor import speaker_actor
from newscoder.extract.speaker_bodies import publisher_type
from newscoder.extract.speaker_carry_over import carry_over
from newscoder.extract.speaker_layout import dash_attributions
from newscoder.extract.speaker_links import link_speaker
from newscoder.extract.speakers import cue_speaker, quoted_as, speaker_of
from newscoder.records import ActorAnalysis, Article, Quote

if TYPE_CHECKING:
    from newscoder.extract.speaker_phrase import Speaker
    from newscoder.resolve.registry import Registry

EXTRACTOR = "newscoder.extract.quotes"
# confidence by the evidence for the speaker (README: explicit name > noun > pronoun > carried > none)
CONFIDENCE = {"name": 0.9, "noun": 0.85, "pronoun": 0.75, "carried": 0.5, "none": 0.3}
FOREIGN_CONFIDENCE = 0.6  # a non-English quote: speaker read off a word list, not a parse
LAYOUT_CONFIDENCE = 0.6  # a quote known from the page layout (block or pull quote), not from its marks
UNBALANCED_CONFIDENCE = 0.2
REPORTER_WORDS = lexicons.words("speaker_words", "word", kind="reporter")  # the publication asking
# signs that belong to the number before them (per cent, per mille, degrees, primes)
UNIT_AFTER_NUMBER = re.compile("[ \u00a0]?[%\u2030\u2031\u00b0\u2032\u2033]")


def extract_quotes(doc: Doc, article: Article, actors: ActorAnalysis, registry: Registry | None = None) -> list[Quote]:
    """All quotes of one article, in text order; a named speaker with no actor adds one to `actors`
    (its registry entry when `registry` knows the name)."""
    if not (article.language or "en").lower().startswith("en"):
        return _foreign_quotes(doc, article, actors)  # the parser is English-only: quotation marks and a word list
    text = article.text
    segs = find_quote_segments(text, article.headings)
    paras = [p for p in paragraphs(text) if not article.in_heading(*p)]
    para_starts = [p[0] for p in paras]
    ctx = QuoteContext(doc, text, segs, paras)

    rows: list[Row] = []
    consumed: set[int] = set()
    seg_attr: dict[int, Attr] = {}
    reported: set[int] = set()  # cue tokens already used for indirect/mixed content

    # step 2: complements of reporting verbs, and "according to X"
    candidates: list[tuple[Token, list[Token], Speaker | None]] = []
    pos, tags, tokens = doc_pos(doc), doc_column(doc, "tag_"), doc_tokens(doc)
    for i, p in enumerate(pos):
        if p not in ("VERB", "AUX") and not tags[i].startswith("VB"):
            continue  # speed: cue_entry's own first test, made here for every word of the text
        tok = tokens[i]
        if cue_entry(tok) is None or ctx.in_quote(tok.idx) or article.in_heading(tok.idx, tok.idx + 1):
            continue
        if any(c.dep_ == "neg" for c in children_of(tok)):
            continue  # "did not say whether ...": nothing was reported
        if background_cue(tok):
            continue
        comp = complement_of(tok)
        if comp:
            relayed = relay_tokens(tok)  # 'said — as reported by the Gazette — "..."': no words of the speaker
            comp = [t for t in comp if t.i not in relayed] if relayed else comp
            if relayed and comp and all(ctx.in_quote(t.idx) for t in comp if t.is_alpha):
                # what is left is the quoted passage itself: the cue of a direct quote
                for k, s in enumerate(segs):
                    if s.outer_start <= comp[-1].idx and comp[0].idx < s.outer_end:
                        seg_attr.setdefault(k, Attr(tok, cue_speaker(ctx, tok)))
                continue
        if comp and tok.dep_ == "parataxis":
            comp = without_frame(ctx, tok, comp)
        if comp:
            candidates.append((tok, comp, None))
    for cue, src, clause in according_to(doc):
        if is_record(src):
            continue  # 'according to camera footage': evidence for a fact, nobody's statement
        if not ctx.in_quote(cue.idx):
            sp = according_source(ctx, src)
            candidates.append((cue, clause, sp))
    own = {w.lower() for w in (article.publisher, *REPORTER_WORDS) if w}
    cue_ids = {c.i for c, _, _ in candidates}
    relayed_by: dict[int, Speaker | None] = {}  # inner cue -> the outer speaker who passed its quote on
    for cue, comp, sp in candidates:
        if cue.lemma_.lower() in QUESTION_CUES:
            asker = sp or cue_speaker(ctx, cue)
            if asker is not None and asker.text.lower() in own:
                continue  # the publication's own question ("Wikinews asked her how ...") states nothing
        whole = comp
        comp = clip_complement(ctx, cue, comp)
        if comp and len(comp) < len(whole) and sum(t.is_alpha for t in comp) < MIN_WORDS and comp[0].i > cue.i:
            # 'wrote that guns "are far more lethal ...': a stub before a passage that runs on is no content;
            # the passage is a direct quote of this cue
            nxt = ctx.seg_at(whole[len(comp)].idx) if len(comp) < len(whole) else None
            if nxt is None:
                continue
            k = segs.index(nxt)
            # 'wrote that guns "are far more lethal"': the stub is the subject of the quoted predicate, so
            # the content starts at it (a mixed quote), not at the opening mark
            subj = [t for t in comp if t.dep_ in ("nsubj", "nsubjpass") and ctx.seg_at(t.head.idx) is nxt]
            if subj and nxt.closed and nxt.close_at is not None and k not in consumed and k not in seg_attr:
                start = max(subj[0].left_edge.idx, comp[0].idx)
                consumed.add(k)
                reported.add(cue.i)
                rows.append(Row("mixed", start, nxt.outer_end, Attr(cue, sp or cue_speaker(ctx, cue)),
                                bisect.bisect_right(para_starts, start) - 1))
                continue
            seg_attr.setdefault(k, Attr(cue, sp or cue_speaker(ctx, cue)))
            continue
        if not comp or (without_content(cue, comp) and not sp):
            continue  # "explained what happened", "noting which birds returned": an act without content
        cs, ce = comp[0].idx, comp[-1].idx + len(comp[-1].text)
        if article.in_heading(cs, ce) or (len(comp) > 2 and title_case(text[cs:ce])):
            continue  # a headline repeated in the body ('Senator Reveals "Secret" Plan') reports nothing
        # a quoted gloss in parentheses ('an anti-Brexit ("British exit") march') is the reporter's, not words
        # of the speaker: it neither makes the content mixed nor a quote of its own
        hits = [k for k, s in enumerate(segs) if s.outer_start < ce and cs < s.outer_end
                and not is_gloss(text, s)]
        outside = ctx.text_outside(cs, ce, [segs[k] for k in hits])
        around_cue = cs < cue.idx < ce and all(ctx.in_quote(t.idx) or not t.is_alpha for t in comp)
        inner = inner_quote_cue(ctx, comp, cue_ids) if hits and cue.idx < cs else None
        if inner is not None:  # 'CNN reported the dispatcher said "..."': the dispatcher's quote, via CNN
            relayed_by[inner.i] = sp or cue_speaker(ctx, cue)
            continue
        if hits and (not re.search(r"\w", outside) or cue.idx >= ce or around_cue):
            # the complement is the quoted passage itself ('"...," Trump told'): the cue of a direct quote
            for k in hits:
                seg_attr.setdefault(k, Attr(cue, sp or cue_speaker(ctx, cue)))
            continue
        if any(not segs[k].closed or segs[k].close_at is None for k in hits):
            continue  # an unbalanced or multi-paragraph passage: leave it to the direct pass
        consumed.update(hits)
        reported.add(cue.i)
        attr = Attr(cue, sp or cue_speaker(ctx, cue))
        prev_row = None
        for piece in content_pieces(comp, attr):  # 'The plant will close, the firm said, and 200 jobs go'
            ps, pe = piece[0].idx, piece[-1].idx + len(piece[-1].text)
            inside = [k for k in hits if segs[k].outer_start < pe and ps < segs[k].outer_end]
            start = min([ps] + [segs[k].outer_start for k in inside])
            end = max([pe] + [segs[k].outer_end for k in inside])
            row = Row("mixed" if inside else "indirect", start, end, attr,
                      bisect.bisect_right(para_starts, start) - 1, follows=prev_row)
            rows.append(row)
            prev_row = row

    # interviews: each labelled answer is one quote of its speaker; the interviewer's questions are none
    answers, covered = interview_rows(ctx, article)
    if covered:
        inside = [k for k, sg in enumerate(segs) if within_spans(covered, sg.outer_start)]
        consumed.update(inside)
        rows.extend(answers)
    # step 3: the remaining quoted passages are direct quotes
    direct: dict[int, Row] = {}
    for k, seg in enumerate(segs):
        if k in consumed:
            continue
        attr = seg_attr.get(k) or window_cue(ctx, seg, reported) or addressee_cue(ctx, seg)
        named = naming_object(attr, seg) if attr is not None else None
        if named is not None:  # 'called the plan "a disaster"': what was named, and the quoted name
            rows.append(Row("mixed", named, seg.outer_end, attr, bisect.bisect_right(para_starts, named) - 1))
            continue
        embedded = embedded_content(ctx, seg, attr) if attr is not None else None
        if embedded is not None:  # 'the tax "is a misguided approach," Lee said': the sentence reports it
            rows.append(Row("mixed", embedded[0], embedded[1], attr, seg.paragraph))
            continue
        inner = text[seg.start : seg.end].rstrip()
        # a cue makes a short quote speech only when it is punctuated as speech ('"Never," he said')
        if too_short(inner) and (attr is None or not inner.endswith((",", ".", "!", "?"))):
            continue
        if is_work_title(inner) or is_named_thing(ctx, seg):
            continue  # 'appeared on "Morning With Friends."', 'added the question, "Do you own a boat?"'
        if is_quoted_name(ctx, seg, inner):
            continue  # 'Ann Lee of "Keep Going", a support group, said': a name, not words said
        if attr is None and seg.open_at is not None and is_term(ctx, seg, inner):
            continue  # 'a "targeted employment area"': a term held at a distance, nobody says it here
        direct[k] = Row("direct", seg.start, seg.end, attr or Attr(None, None), seg.paragraph, not seg.closed)
    dash_attributions(ctx, segs, direct)
    rows.extend(layout_quotes(ctx, segs, consumed | set(direct)))
    carry_over(ctx, segs, direct, rows)
    rows.extend(direct.values())
    if covered:
        keep = {id(r) for r in answers}
        rows = [r for r in rows if id(r) in keep or not within_spans(covered, r.start)]
    for r in rows:
        if r.attr.cue is not None and r.attr.via is None and r.attr.speaker is not None:
            rel = relay_of(r.attr.cue)
            if rel is not None:
                r.attr.via = relay_source(rel)
            elif (obj := quoted_as(r.attr.cue)) is not None and (outer := speaker_of(obj.head)) is not None:
                r.attr.via = outer  # 'the Star reported the minister as saying': the Star relayed it
            elif r.attr.cue.i in relayed_by:
                r.attr.via = relayed_by[r.attr.cue.i]
            elif r.quote_type == "direct" and (author := quoted_author(ctx, r.start)) is not None:
                # 'citing the Ann Lee quote that "..."': Lee's words, cited by the speaker of the cue
                # the author is named here, so the row is no longer carried; its evidence reaches back to the citer
                r.attr = Attr(r.attr.cue, author, False, r.attr.layout, via=r.attr.speaker)
    rows = second_hand(ctx, _join_mixed(text, _dedupe(sorted(rows, key=lambda r: (r.start, r.end)))))
    rows = [r for r in rows if not _frame_only(ctx, r)]
    rows = _outside_captions(text, rows)
    first = group_parts(ctx, rows)  # '"...," she said. "..."': pieces of one attribution
    out: dict[int, Quote] = {}
    for r in rows:
        head = first.get(id(r))
        head = head if head is not None and id(head) in out else None
        if head is not None and r.attr.speaker is None:
            r.attr = Attr(head.attr.cue, head.attr.speaker, carried=True, via=head.attr.via)
        part_of = (out[id(head)].char_start, out[id(head)].char_end) if head is not None else None
        out[id(r)] = _to_quote(ctx, r, actors, part_of, registry)
    return list(out.values())


# an image caption or credit line: "The square at dawn. Image: K. Berg (flickr)." (a label word and a colon
# at the start of the line or after a sentence of its own)
CAPTION_LINE = re.compile(
    r"(?m)^(?:[^\n]{0,200}?[.!?)\"\u201d][ \t]+)?(?:Image|Photo|Photograph|Picture|Credit|Illustration|Video)s?"
    r"(?: credit)?[ \t]*:[^\n]{1,150}$")


def _outside_captions(text: str, rows: list[Row]) -> list[Row]:
    """Drop the rows inside an image caption or credit line, and speakers taken from one: a caption
    describes a picture and a credit names its maker; neither reports speech."""
    if "Image" not in text and ":" not in text:
        return rows
    lines = [(m.start(), m.end()) for m in CAPTION_LINE.finditer(text)]
    if not lines:
        return rows
    starts = [a for a, _ in lines]

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and lines[k][0] <= pos < lines[k][1]

    out = []
    for r in rows:
        if inside(r.start):
            continue
        sp = r.attr.speaker
        if sp is not None and inside(sp.start):
            r.attr = Attr(r.attr.cue, None, r.attr.carried, r.attr.layout, r.attr.via)
        out.append(r)
    return out


OPENING_MARKS = "\"\u201c'\u2018"
CLOSING_MARKS = "\"\u201d'\u2019"


def _join_mixed(text: str, rows: list[Row]) -> list[Row]:
    """One reported sentence that goes on in quotation marks ('Lee said the bridge was shut "and nobody knows
    for how long."') is one mixed quote, not a reported row and a quoted row: a direct piece of the same
    cue that opens in lower case right after the reported content (nothing but its opening mark between)
    joins it, its closing mark included."""
    out: list[Row] = []
    for r in rows:
        prev = out[-1] if out else None
        if (prev is not None and r.quote_type == "direct" and prev.quote_type in ("indirect", "mixed")
                and prev.attr.cue is not None and r.attr.cue is prev.attr.cue and prev.end <= r.start
                and text[prev.end : r.start].strip(" ") in tuple(OPENING_MARKS)
                and text[r.start : r.start + 1].islower()):
            end = r.end + 1 if text[r.end : r.end + 1] and text[r.end] in CLOSING_MARKS else r.end
            out[-1] = Row("mixed", prev.start, end, prev.attr, prev.paragraph, prev.unbalanced or r.unbalanced)
            continue
        out.append(r)
    return out


def _frame_only(ctx: QuoteContext, row: Row) -> bool:
    """A reported 'content' that is only a speaker and a verb of saying ('..., the paper reported the
    governor said'): another attribution of the words before it, which says nothing itself."""
    if row.quote_type != "indirect" or row.end - row.start > 60:
        return False
    span = char_span(ctx.doc, row.start, row.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    if cue_entry(root) is None or root.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    subj = next((c for c in children_of(root) if c.dep_ == "nsubj"), None)
    # the subject must be one who speaks ("the governor", "she", "Ann Lee"), not a thing that goes on
    # ("Those discussions continued, he said")
    if subj is None or not (subj.pos_ == "PRON" and subj.lower_ not in ("it", "this", "that", "those", "these")
                            or subj.ent_type_ in ("PERSON", "ORG", "NORP")
                            or subj.lower_ in roles.title_words()
                            or subj.lemma_.lower() in lexicons.words("agent_nouns", "word")):
        return False
    frame = {root.i} | {t.i for c in children_of(root) if c.dep_ in ("nsubj", "aux", "advmod", "neg")
                          for t in c.subtree}
    return all(t.i in frame or not t.is_alpha for t in span)


def _dedupe(rows: list[Row]) -> list[Row]:
    """Drop an indirect/mixed row nested inside another one from the same sentence's cue chain."""
    out: list[Row] = []
    for r in rows:
        if any(o.start <= r.start and r.end <= o.end and o.quote_type != "direct" and r.quote_type != "direct"
               and o.attr.cue is r.attr.cue for o in out):
            continue
        out.append(r)
    return out


def _to_quote(ctx: QuoteContext, row: Row, actors: ActorAnalysis, part_of: tuple[int, int] | None = None,
              registry: Registry | None = None) -> Quote:
    text = ctx.text
    start, end = row.start, row.end
    # trim whitespace only: marks inside a mixed quote and the direct quote's own punctuation stay
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1].isdigit():
        # "should reach 3%": a unit sign glued to a number is part of the amount, not punctuation trimmed off
        m = UNIT_AFTER_NUMBER.match(text, end)
        if m is not None:
            end = m.end()
    attr, sp = row.attr, row.attr.speaker
    lo, hi = start, end
    if attr.cue is not None and not attr.carried:
        lo, hi = min(lo, attr.cue.idx), max(hi, attr.cue.idx + len(attr.cue.text))
        if sp is not None:
            lo, hi = min(lo, sp.start), max(hi, sp.end)
        if attr.via is not None:
            lo, hi = min(lo, attr.via.start), max(hi, attr.via.end)
    first = max(0, bisect.bisect_right(ctx.sent_starts, lo) - 1)
    last = max(first, bisect.bisect_left(ctx.sent_starts, hi) - 1)
    evidence = text[ctx.sents[first].start_char : ctx.sents[last].end_char]
    if sp is None:
        conf = CONFIDENCE["none"]
    elif attr.carried:
        conf = CONFIDENCE["carried"]
    else:
        conf = CONFIDENCE[sp.kind]
    if attr.layout and sp is not None:
        conf = min(conf, LAYOUT_CONFIDENCE)
    if row.unbalanced:
        conf = min(conf, UNBALANCED_CONFIDENCE)
    cue = attr.cue
    cue_text, cue_end = None, None
    if cue is not None:
        last = cue
        if cue.lower_ == "according":  # the cue is the whole phrase "according to"
            last = next((c for c in children_of(cue) if c.lower_ == "to"), cue)
        cue_end = last.idx + len(last.text)
        cue_text = text[cue.idx : cue_end]
    speaker_key = link_speaker(ctx.doc, actors, sp, registry)
    publisher_type(actors, speaker_key, cue.lemma_ if cue is not None else None)
    return Quote(
        quote_type=row.quote_type,
        quote_text=text[start:end],
        char_start=start,
        char_end=end,
        sentence_index=first,
        evidence=evidence,
        speaker_key=speaker_key,
        speaker_text=sp.text if sp else None,
        speaker_char_start=sp.start if sp else None,
        speaker_char_end=sp.end if sp else None,
        cue=cue_text,
        cue_char_start=cue.idx if cue is not None else None,
        cue_char_end=cue_end,
        confidence=conf,
        extractor=EXTRACTOR,
        via_text=attr.via.text if attr.via else None,
        via_key=link_speaker(ctx.doc, actors, attr.via, registry),
        part_of=part_of,
    )


def _foreign_quotes(doc: Doc, article: Article, actors: ActorAnalysis) -> list[Quote]:
    """Direct quotes of a non-English article: its quoted passages, with the speaker of a trailing
    attribution found through data/reporting_verbs_multilingual.csv ('"...", dijo Burtón.')."""
    text, out = article.text, []
    sents = list(doc_sents(doc))
    sent_starts = [s.start_char for s in sents]
    for seg in find_quote_segments(text, article.headings):
        inner = text[seg.start : seg.end].strip()
        found = foreign_trailing_cue(text, seg.outer_end, article.language or "") if seg.close_at else None
        if found is None and too_short(inner):
            continue
        (cs, ce), sp = found if found else ((None, None), None)
        first = max(0, bisect.bisect_right(sent_starts, seg.outer_start) - 1)
        last = max(first, bisect.bisect_left(sent_starts, sp.end if sp else seg.outer_end) - 1)
        conf = FOREIGN_CONFIDENCE if sp else CONFIDENCE["none"]
        out.append(Quote(
            quote_type="direct", quote_text=text[seg.start : seg.end], char_start=seg.start, char_end=seg.end,
            sentence_index=first, evidence=text[sents[first].start_char : sents[last].end_char],
            speaker_key=speaker_actor(actors, sp), speaker_text=sp.text if sp else None,
            speaker_char_start=sp.start if sp else None, speaker_char_end=sp.end if sp else None,
            cue=text[cs:ce] if cs is not None else None, cue_char_start=cs, cue_char_end=ce,
            confidence=conf if seg.closed else min(conf, UNBALANCED_CONFIDENCE), extractor=EXTRACTOR,
        ))
    return out
