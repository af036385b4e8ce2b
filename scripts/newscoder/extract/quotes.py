"""Quotes: direct, indirect and mixed, each with its cue, speaker and evidence.

How it works (see docs/methodology.md, "Quotes"):
1. `quote_marks` finds the quoted passages (one segment per paragraph; crossheads skipped).
2. Every reporting verb outside quotation marks with a clausal complement ("said that ...",
   "warned Havana to ...") gives an attribution. Its complement is an *indirect* quote when it holds no
   quoted words, a *mixed* quote when it holds some (one row; the quoted words stay inside it), and the
   cue of a *direct* quote when the complement is the quoted passage itself. "according to X" likewise.
3. Every remaining passage is a *direct* quote. Its cue is the reporting verb right after it in the
   same sentence ('"...," Trump told') or right before it ('He said: "...'). Without one it takes the
   speaker of the rest of its passage, of the previous quote in its paragraph, or — for a paragraph
   that is nothing but a quote — of the previous paragraph's quote, with lower confidence. A closing
   '- Name' line also names the speaker.
4. Quotes without marks that the layout makes clear: a block quote after 'X said:' and a pull quote
   ending with its speaker's name.
Non-English articles give only their quoted passages (the parser is English-only).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from newscoder import lexicons
from newscoder.extract.attribution import (
    according_to,
    complement_of,
    cue_entry,
    foreign_trailing_cue,
    paren_open,
    reporting_lexicon,
)
from newscoder.extract.dateline import in_dateline
from newscoder.extract.doctext import doc_tokens
from newscoder.extract.quote_context import Attr, QuoteContext, Row
from newscoder.extract.quote_groups import group_parts
from newscoder.extract.quote_marks import QuoteSegment, find_quote_segments, paragraphs
from newscoder.extract.relay import relay_clause, relay_of, relay_source, relay_tokens
from newscoder.extract.speaker_links import link_speaker
from newscoder.extract.speakers import (
    Speaker,
    carry_over,
    colon_frame,
    cue_speaker,
    dash_attributions,
    interview_labels,
    name_at,
    own_speaker,
    quoted_as,
    second_hand,
    speaker_actor,
    speaker_of,
)
from newscoder.records import ActorAnalysis, Article, Quote

if TYPE_CHECKING:
    from newscoder.resolve.registry import Registry

EXTRACTOR = "newscoder.extract.quotes"
# confidence by the evidence for the speaker (README: explicit name > noun > pronoun > carried > none)
CONFIDENCE = {"name": 0.9, "noun": 0.85, "pronoun": 0.75, "carried": 0.5, "none": 0.3}
FOREIGN_CONFIDENCE = 0.6  # a non-English quote: speaker read off a word list, not a parse
LAYOUT_CONFIDENCE = 0.6  # a quote known from the page layout (block or pull quote), not from its marks
UNBALANCED_CONFIDENCE = 0.2
MIN_WORDS = 3  # fewer quoted words with no cue are scare quotes or titles, not speech
MAX_SUBJECT_GAP = 10  # tokens allowed between a closing mark and a trailing cue ('," the US agency said')
MAX_LEAD_GAP = 12  # tokens allowed between a leading cue and the opening mark ('said in a statement on X: "')
MAX_TITLE_LENGTH = 8  # words: a longer title-cased passage is more likely a shouted statement
NAMING_CUES = lexicons.words("naming_verbs", "lemma", quote_cue="yes")
REPORTER_WORDS = lexicons.words("speaker_words", "word", kind="reporter")  # the publication asking
OBSERVING_CUES = lexicons.words("clause_cue_verbs", "lemma", kind="observing")  # + a wh-clause: data, not a claim
MAX_TOPIC_WORDS = 6  # "explained what happened": a wh-clause this short names a topic
WH_WORDS = {"what", "which", "how", "why", "where", "when", "who", "whom", "whose"}
QUESTION_CUES = lexicons.words("clause_cue_verbs", "lemma", kind="question")  # an indirect question is their content
RECORD_WORDS = lexicons.words("speaker_words", "word", kind="record")  # footage, data, guidelines: no speaker
ABSOLUTE_PREPS = {"with", "without"}  # 'With the EU urging banks to ...': a background circumstance
TERMINATORS = {".", "!", "?"}
QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


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
    for tok in doc_tokens(doc):
        if tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB"):
            continue  # speed: cue_entry's own first test, made here for every word of the text
        if cue_entry(tok) is None or ctx.in_quote(tok.idx) or article.in_heading(tok.idx, tok.idx + 1):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue  # "did not say whether ...": nothing was reported
        if _background_cue(tok):
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
            comp = _without_frame(ctx, tok, comp)
        if comp:
            candidates.append((tok, comp, None))
    for cue, src, clause in according_to(doc):
        if _record(src):
            continue  # 'according to camera footage': evidence for a fact, nobody's statement
        if not ctx.in_quote(cue.idx):
            sp = according_source(ctx, src)
            candidates.append((cue, clause, sp))
    own = {w.lower() for w in (article.publisher, *REPORTER_WORDS) if w}
    for cue, comp, sp in candidates:
        if cue.lemma_.lower() in QUESTION_CUES:
            asker = sp or cue_speaker(ctx, cue)
            if asker is not None and asker.text.lower() in own:
                continue  # the publication's own question ("Wikinews asked her how ...") states nothing
        whole = comp
        comp = _clip_complement(ctx, cue, comp)
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
        if not comp or (_without_content(cue, comp) and not sp):
            continue  # "explained what happened", "noting which birds returned": an act without content
        cs, ce = comp[0].idx, comp[-1].idx + len(comp[-1].text)
        if article.in_heading(cs, ce) or (len(comp) > 2 and _title_case(text[cs:ce])):
            continue  # a headline repeated in the body ('Senator Reveals "Secret" Plan') reports nothing
        # a quoted gloss in parentheses ('an anti-Brexit ("British exit") march') is the reporter's, not words
        # of the speaker: it neither makes the content mixed nor a quote of its own
        hits = [k for k, s in enumerate(segs) if s.outer_start < ce and cs < s.outer_end
                and not _gloss(text, s)]
        outside = ctx.text_outside(cs, ce, [segs[k] for k in hits])
        around_cue = cs < cue.idx < ce and all(ctx.in_quote(t.idx) or not t.is_alpha for t in comp)
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
        for piece in _around_cue(comp, attr):  # 'The plant will close, the firm said, and 200 jobs go'
            ps, pe = piece[0].idx, piece[-1].idx + len(piece[-1].text)
            inside = [k for k in hits if segs[k].outer_start < pe and ps < segs[k].outer_end]
            start = min([ps] + [segs[k].outer_start for k in inside])
            end = max([pe] + [segs[k].outer_end for k in inside])
            row = Row("mixed" if inside else "indirect", start, end, attr,
                      bisect.bisect_right(para_starts, start) - 1, follows=prev_row)
            rows.append(row)
            prev_row = row

    # interviews: each labelled answer is one quote of its speaker; the interviewer's questions are none
    answers, covered = _interview_rows(ctx, article)
    if covered:
        inside = [k for k, sg in enumerate(segs) if _within(covered, sg.outer_start)]
        consumed.update(inside)
        rows.extend(answers)
    # step 3: the remaining quoted passages are direct quotes
    direct: dict[int, Row] = {}
    for k, seg in enumerate(segs):
        if k in consumed:
            continue
        attr = seg_attr.get(k) or _window_cue(ctx, seg, reported)
        named = _naming(attr, seg) if attr is not None else None
        if named is not None:  # 'called the plan "a disaster"': what was named, and the quoted name
            rows.append(Row("mixed", named, seg.outer_end, attr, bisect.bisect_right(para_starts, named) - 1))
            continue
        embedded = _embedded(ctx, seg, attr) if attr is not None else None
        if embedded is not None:  # 'the tax "is a misguided approach," Lee said': the sentence reports it
            rows.append(Row("mixed", embedded[0], embedded[1], attr, seg.paragraph))
            continue
        inner = text[seg.start : seg.end].rstrip()
        # a cue makes a short quote speech only when it is punctuated as speech ('"Never," he said')
        if _too_short(inner) and (attr is None or not inner.endswith((",", ".", "!", "?"))):
            continue
        if _work_title(inner) or _named_thing(ctx, seg):
            continue  # 'appeared on "Morning With Friends."', 'added the question, "Do you own a boat?"'
        if attr is None and seg.open_at is not None and _term(ctx, seg, inner):
            continue  # 'a "targeted employment area"': a term held at a distance, nobody says it here
        direct[k] = Row("direct", seg.start, seg.end, attr or Attr(None, None), seg.paragraph, not seg.closed)
    dash_attributions(ctx, segs, direct)
    rows.extend(_layout_quotes(ctx, segs, consumed | set(direct)))
    carry_over(ctx, segs, direct, rows)
    rows.extend(direct.values())
    if covered:
        keep = {id(r) for r in answers}
        rows = [r for r in rows if id(r) in keep or not _within(covered, r.start)]
    for r in rows:
        if r.attr.cue is not None and r.attr.via is None and r.attr.speaker is not None:
            rel = relay_of(r.attr.cue)
            if rel is not None:
                r.attr.via = relay_source(rel)
            elif (obj := quoted_as(r.attr.cue)) is not None and (outer := speaker_of(obj.head)) is not None:
                r.attr.via = outer  # 'the Star reported the minister as saying': the Star relayed it
    rows = second_hand(ctx, _dedupe(sorted(rows, key=lambda r: (r.start, r.end))))
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


def _around_cue(comp: list[Token], attr: Attr) -> list[list[Token]]:
    """The reported content as the pieces the attribution leaves: one piece, or two when the cue and
    its speaker stand inside it ('The plant will close, the firm said, and 200 jobs go'), so that no
    row's span holds its own cue or speaker."""
    cue, sp = attr.cue, attr.speaker
    if cue is None or not (comp[0].i < cue.i < comp[-1].i):
        return [comp]
    lo = min(cue.idx, sp.start if sp is not None else cue.idx)
    hi = max(cue.idx + len(cue.text), sp.end if sp is not None else 0)
    left = [t for t in comp if t.idx + len(t.text) <= lo]
    right = [t for t in comp if t.idx >= hi]
    while left and (left[-1].is_punct and left[-1].text not in QUOTE_CHARS or left[-1].is_space):
        left.pop()
    while right and (right[0].is_punct and right[0].text not in QUOTE_CHARS or right[0].is_space
                     or right[0].dep_ == "cc"):  # ', and 200 jobs go': the piece starts at its own words
        right = right[1:]
    # a piece that is no clause of its own ('The museum, the mayor said, will open in May'; 'Because
    # funds ran out, the report said, the works stopped') states nothing alone: one span with the cue
    if not _clause(left) or not _clause(right):
        return [comp]
    return [left, right]


def _without_frame(ctx: QuoteContext, cue: Token, comp: list[Token]) -> list[Token]:
    """'Speaking to Ann Hale of the Herald, he said, "It happened ..."': the parser hangs the cue and the
    adverbial before it on the quoted clause; that adverbial frames the saying, it is not what was said."""
    after = ctx.text[cue.idx + len(cue.text) :].lstrip(" ,:")
    if not after or after[0] not in QUOTE_CHARS:
        return comp  # 'For some years, he said, orders will ...': the time phrase is part of the content
    frame: set[int] = set()
    for c in cue.head.children:
        # a participle clause ('Speaking to ...', 'Asked about ...') describes the act of saying
        if c.i < cue.i and c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and not any(
                ctx.in_quote(t.idx) for t in c.subtree):
            frame.update(t.i for t in c.subtree)
    if not frame:
        return comp
    out = [t for t in comp if t.i not in frame]
    while out and out[0].is_punct and out[0].text not in QUOTE_CHARS and out[0].i < cue.i:
        out = out[1:]
    return out


def _gloss(text: str, seg: QuoteSegment) -> bool:
    """A short quotation standing alone in parentheses: the reporter's explanation of a word."""
    return (text[seg.outer_start - 1 : seg.outer_start] == "(" and text[seg.outer_end : seg.outer_end + 1] == ")"
            and len(text[seg.start : seg.end].split()) <= 6)


def _record(noun: Token) -> bool:
    """A recording, a data set or a standing rule ('footage', 'figures', 'guidelines'): it shows or
    requires something, but nobody speaks through it."""
    if noun.pos_ != "NOUN" or (noun.lower_ not in RECORD_WORDS and noun.lemma_.lower() not in RECORD_WORDS):
        return False
    # 'according to these videos and NPR': a speaker among the sources keeps the attribution
    return all(_record(c) for c in noun.children if c.dep_ == "conj")


def _background_cue(cue: Token) -> bool:
    """A cue that reports no statement: its subject is a record ('the guidelines call for 2%', 'figures
    show that ...'), or it is the participle of an absolute 'with' phrase that sets the scene for the
    main clause ('With the EU urging banks to stop lending, shares fell')."""
    if any(c.dep_ in ("nsubj", "nsubjpass") and _record(c) for c in cue.children):
        return True
    if relay_clause(cue):
        return True  # 'as reported by the Gazette': the medium that relayed another cue's words
    if cue.tag_ != "VBG":
        return False
    kids = list(cue.children)
    if (cue.dep_ == "advcl" and cue_entry(cue.head) is not None and any(c.dep_ == "dobj" for c in kids)
            and not any(c.dep_ in ("ccomp", "xcomp") or c.is_quote for c in kids)):
        return True  # 'the agency, citing officials, reported ...': it names the source of another cue
    head = cue.head
    if cue.dep_ == "acl" and head.dep_ == "pobj":  # the parser may hang the participle on its subject
        head = head.head
    # 'With officials saying the fire is contained, ...' still reports a claim (a clausal complement)
    # 'with Lee describing the plan as "a farce"': quoted words or a naming are someone's words
    return (cue.dep_ in ("pcomp", "acl") and head.lower_ in ABSOLUTE_PREPS and head.dep_ == "prep"
            and not any(c.dep_ == "ccomp" for c in cue.children) and cue.lemma_.lower() not in NAMING_CUES
            and not any(t.is_quote for t in cue.subtree))


def _clause(toks: list[Token]) -> bool:
    """A main clause: a verb with its own subject among `toks`, not subordinated ("because ...",
    "which ...", "minutes before the vote ...")."""
    inside = {t.i for t in toks}
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("advcl", "relcl", "acl", "pcomp", "csubj")
               and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i in inside and c.tag_ not in ("WDT", "WP")
                       for c in t.children)
               and not any(c.dep_ == "mark" for c in t.children) for t in toks)


def _clip_complement(ctx: QuoteContext, cue: Token, comp: list[Token]) -> list[Token]:
    """Keep the reported content inside the cue's paragraph, and stop it where a colon or a quoted
    passage running past it opens a new direct quote ('told the radio any deal "would...": "Talks...')."""
    para = ctx.para_of(cue.idx)
    if para is not None:
        comp = [t for t in comp if para[0] <= t.idx < para[1]]
    comp = [t for t in comp if not in_dateline(t)]  # "KYIV (AFP) - Russian forces attacked ..., X said"
    if not comp or comp[0].i < cue.i:
        return comp
    out: list[Token] = []
    # '... was "a great man" and the governor noted his "strength"': a coordinated or 'while' clause with
    # its own subject and cue is a statement of its own (it gets its own row), not part of this content
    other = [t for t in comp if t.i > cue.i and cue_entry(t) is not None and _own_statement(t)]
    if other:
        cut = min(x.i for x in other[0].subtree)
        if cut > comp[0].i:
            comp = [t for t in comp if t.i < cut]
    comp_end = comp[-1].idx + len(comp[-1].text)
    for t in comp:
        if t.text == ":" and not ctx.in_quote(t.idx):
            break
        seg = ctx.seg_at(t.idx)
        if seg is not None and (seg.close_at is None or re.search(r"\w", ctx.text[comp_end : seg.outer_end])):
            break  # a passage that runs on past the complement is a quote of its own
        out.append(t)
    # '"was a great man" and': a connective left at the end joins the next clause, it says nothing
    while out and (out[-1].is_punct and out[-1].text not in QUOTE_CHARS or out[-1].is_space
                   or out[-1].dep_ == "cc" and len(out) > 1):
        if out[-1].text == ")" and paren_open(out):
            break  # '(EU)': the parenthesis the content opened
        out.pop()
    return out


def _own_statement(verb: Token) -> bool:
    """A clause joined to the content ('and the governor noted', 'while the mayor said') with a subject
    of its own: a second report, not part of the first one's content."""
    joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children))
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False  # 'said X, and that the evidence suggests Y': a second that-clause of the same report
    # a named or described subject ('the governor'), not a pronoun that may be the same source again
    return joined and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
                          and c.lower_ not in ("one", "ones") for c in verb.children)


def _window_cue(ctx: QuoteContext, seg: QuoteSegment, reported: set[int]) -> Attr | None:
    """A reporting verb next to the passage in the same sentence: after it first, then before it."""
    doc, text = ctx.doc, ctx.text
    para = ctx.para_of(seg.outer_start)
    p_start, p_end = para if para else (0, len(text))
    inner = re.sub(r"\[([,.!?])\]$", r"\1", text[seg.start : seg.end].rstrip())  # an editor's "[,]"
    if seg.close_at is not None:
        # after: '"...," Trump told reporters' / '"...!" insists Burton'; a quote closing a sentence
        # with a full stop is followed by a new sentence, not by its cue
        nxt = text[seg.outer_end :].lstrip()[:1]
        # newswire punctuation of a trailing attribution: '"...," he said', '"...!" insists X', '"...", said X'
        trailing = inner.endswith((",", "!", "?", "\u2014", "-", "\u2026")) or nxt == ","
        trailing = trailing or (inner.endswith(".") and nxt.islower())
        if not trailing:  # '"..." tweeted the mayor': an inverted cue right after the closing mark
            k = ctx.token_at(seg.outer_end)
            tokens = doc_tokens(doc)
            while k < len(tokens) and tokens[k].is_space:
                k += 1
            trailing = k + 1 < len(tokens) and cue_entry(tokens[k]) is not None and tokens[k + 1].pos_ in (
                "PROPN", "DET", "NOUN")
        if trailing:
            gap = 0
            for t in doc_tokens(doc)[ctx.token_at(seg.outer_end) :]:
                if t.idx >= p_end or ctx.in_quote(t.idx) or t.text in TERMINATORS:
                    break
                if cue_entry(t) is not None and t.i not in reported and not _background_cue(t):
                    return Attr(t, cue_speaker(ctx, t))
                gap += not (t.is_punct or t.is_space)
                if gap > MAX_SUBJECT_GAP:
                    break
    # before: 'He said, "...' / 'said in a statement on X: "...'
    before = text[p_start : seg.outer_start].rstrip()
    if seg.open_at is not None and before:
        gap = 0
        for t in reversed(doc_tokens(doc)[: ctx.token_at(seg.outer_start)]):
            if t.idx < p_start or ctx.in_quote(t.idx) or t.text in TERMINATORS:
                break
            if t.lower_ == "according" and before.endswith(","):  # 'According to Dana Lee, "...'
                src = [g for c in t.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
                sp = own_speaker(ctx, src[0]) if src else None
                if sp is not None:
                    return Attr(t, sp)
            if cue_entry(t) is not None and t.i not in reported and not _background_cue(t):
                adjacent = t.idx + len(t.text) == len(before) + p_start
                # 'told the BBC after the verdict "...': only a phrase, no other clause, before the mark
                between = doc_tokens(doc)[t.i + 1 : ctx.token_at(seg.outer_start)]
                bare = all(b.pos_ not in ("VERB", "AUX") and b.lower_ not in ("that", "whether") for b in between)
                if before.endswith((":", ",")) or adjacent or bare:
                    return _according_first(ctx, t) or Attr(t, cue_speaker(ctx, t))
                break
            gap += not (t.is_punct or t.is_space)
            if gap > MAX_LEAD_GAP:
                break
        if before.endswith((":", ",")):
            return colon_frame(ctx, ctx.token_at(seg.outer_start) - 1)
    if seg.open_at is not None and not before:
        return _lead_paragraph(ctx, p_start)
    return None


def _according_first(ctx: QuoteContext, cue: Token) -> Attr | None:
    """'According to the prosecutor, the letter if drafted by the accused shows a plan: "..."': a sentence
    opened by "according to X" is X's, not that of a cue inside a subordinate clause without a subject of
    its own ("drafted by the accused")."""
    if cue.dep_ in ("ROOT", "conj") or cue.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass")
                                                                for c in cue.children):
        return None  # only a participle without a subject ("if drafted by ..."), not "intends to appeal"
    sent = cue.sent
    for t in sent:
        if t.i >= cue.i:
            break
        if t.lower_ == "according" and not ctx.in_quote(t.idx):
            src = [g for c in t.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            sp = according_source(ctx, src[0]) if src else None
            return Attr(t, sp) if sp is not None else None
    return None


def according_source(ctx: QuoteContext, src: Token) -> Speaker | None:
    """The source of "according to X": X's noun phrase up to the comma that closes the phrase ('According
    to Dana Lee, the note ...': not 'Dana Lee, the note', which the parser may read as an apposition)."""
    sp = own_speaker(ctx, src)
    if sp is None or sp.core == (sp.start, sp.end):
        return sp
    k = bisect.bisect_right(ctx.sent_starts, sp.start) - 1
    opens = k >= 0 and ctx.text[ctx.sents[k].start_char : sp.start].lower().lstrip().startswith("according")
    if opens and "," in ctx.text[sp.core[1] : sp.end]:
        return Speaker(sp.name, *sp.core, sp.kind)
    return sp


def _lead_paragraph(ctx: QuoteContext, p_start: int) -> Attr | None:
    """A quotation opening its paragraph after one that ends in a colon ('The senator continued:' /
    'She gave this answer:'): the cue or the colon frame of that paragraph."""
    prev = [p for p in ctx.paras if p[1] <= p_start]
    if not prev:
        return None
    ps, pe = prev[-1]
    if not ctx.text[ps:pe].endswith(":") or ctx.in_quote(pe - 1):
        return None
    first, colon = ctx.token_at(ps), ctx.token_at(pe - 1)
    for t in reversed(doc_tokens(ctx.doc)[first:colon]):
        if t.text in TERMINATORS:
            break
        if cue_entry(t) is not None and not ctx.in_quote(t.idx):
            return Attr(t, cue_speaker(ctx, t), layout=True)
    return colon_frame(ctx, colon)


def _without_content(cue: Token, comp: list[Token]) -> bool:
    """A speech act that names a topic, not a statement: a short embedded wh-clause ("explained what
    happened"), or any wh-clause after an observing verb ("noting which birds returned"). An indirect
    question ("asked why ...") keeps its content."""
    lemma = cue.lemma_.lower()
    if comp[0].lower_ not in WH_WORDS or lemma in QUESTION_CUES:
        return False
    return lemma in OBSERVING_CUES or sum(not t.is_punct for t in comp) <= MAX_TOPIC_WORDS


def _naming(attr: Attr, seg: QuoteSegment) -> int | None:
    """Start of the object of a naming cue ('called X "Y"', 'described X as "Y"') standing between the
    cue and the quoted name, or None."""
    cue = attr.cue
    if cue is None or cue.lemma_.lower() not in NAMING_CUES or cue.idx >= seg.outer_start or seg.close_at is None:
        return None
    objs = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i and c.idx < seg.outer_start]
    if not objs:
        return None
    # 'described the harbour to the paper in 2011: "..."': a colon ends the framing, and the quoted
    # words after it are a direct quote of their own, not the name given to the object
    if ":" in cue.doc.text[objs[0].idx : seg.outer_start]:
        return None
    return objs[0].left_edge.idx


def _interview_rows(ctx: QuoteContext, article: Article) -> tuple[list[Row], list[tuple[int, int]]]:
    """The answers of a question-and-answer article as quotes of the labelled speaker (an answer runs on
    over unlabelled paragraphs until the next label), and every span the interview covers."""
    labels = interview_labels(ctx, article.publisher)
    if not labels:
        return [], []
    rows, covered = [], []
    starts = [lb.para_start for lb in labels]
    for n, lb in enumerate(labels):
        end = lb.para_end
        if n + 1 < len(labels):  # unlabelled paragraphs before the next label continue this turn
            for ps, pe in ctx.paras:
                if lb.para_end < ps < starts[n + 1]:
                    end = pe
        covered.append((lb.para_start, end))
        if lb.speaker is not None and len(ctx.text[lb.body_start : end].split()) >= MIN_WORDS:
            pi = bisect.bisect_right([p[0] for p in ctx.paras], lb.para_start) - 1
            rows.append(Row("direct", lb.body_start, end, Attr(None, lb.speaker, layout=True), pi))
    return rows, covered


def _within(spans: list[tuple[int, int]], i: int) -> bool:
    return any(s <= i < e for s, e in spans)


def _layout_quotes(ctx: QuoteContext, segs: list[QuoteSegment], used: set[int]) -> list[Row]:
    """Quotes without quotation marks that the layout makes clear:
    - a block quote: the paragraph after one ending in a colon after a reporting verb
      ('The ministry rejected the claims:' / next paragraph: the statement itself);
    - a pull quote: a paragraph of speech ending with the speaker's name and nothing else
      ('We will rebuild the bridge by spring. Maria Lopez, Mayor of Springfield')."""
    text, out = ctx.text, []
    for pi, (ps, pe) in enumerate(ctx.paras):
        if text[ps] in QUOTE_CHARS or any(s.paragraph == pi and s.open_at == ps for s in segs):
            continue  # a marked quote: handled by the quotation marks
        inside = [k for k, s in enumerate(segs) if s.paragraph == pi]
        if any(k in used and not _too_short(text[segs[k].start : segs[k].end]) for k in inside):
            continue
        row = _block_quote(ctx, pi, ps, pe) or _pull_quote(ctx, pi, ps, pe)
        if row is not None:
            out.append(row)
    return out


def _block_quote(ctx: QuoteContext, pi: int, ps: int, pe: int) -> Row | None:
    if pi == 0:
        return None
    prev_s, prev_e = ctx.paras[pi - 1]
    if not ctx.text[prev_s:prev_e].endswith(":") or ctx.in_quote(prev_e - 1):
        return None
    if len(ctx.text[ps:pe].split()) < MIN_WORDS:
        return None
    lead = ctx.doc.char_span(prev_s, prev_e - 1, alignment_mode="expand")
    cues = [t for t in (lead or []) if cue_entry(t) is not None and not ctx.in_quote(t.idx)]
    if not cues:
        return None
    cue = cues[-1]
    speaker = cue_speaker(ctx, cue)
    if cue.lemma_.lower() in QUESTION_CUES:
        # 'The reporter asked the minister about X:' - the block is the answer of the one asked
        asked = [c for c in cue.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "PRON", "NOUN")]
        if not asked:
            return None
        speaker = own_speaker(ctx, asked[0])
    end = pe
    for sent in ctx.sents:  # the block quote ends where narration resumes with a new reporting verb
        if ps < sent.start_char < pe and any(cue_entry(t) is not None for t in sent):
            end = sent.start_char
            break
    return Row("direct", ps, end, Attr(cue, speaker, layout=True), pi)


def _pull_quote(ctx: QuoteContext, pi: int, ps: int, pe: int) -> Row | None:
    text = ctx.text
    for m in re.finditer(r"[.!?](?:\s*(?:--?|\u2013|\u2014|\u2015))?\s+(?=[A-Z])", text[ps:pe]):
        sp = name_at(ctx, ps + m.end(), pe)
        if sp is not None:
            end = ps + m.start() + 1
            if len(text[ps:end].split()) < MIN_WORDS:
                return None
            return Row("direct", ps, end, Attr(None, sp, layout=True), pi)
    return None


def _too_short(inner: str) -> bool:
    """Scare quotes and titles: a word or two, or a Capitalised Title, not a sentence of speech."""
    words = inner.split()
    if not words:
        return True
    if inner.rstrip(" ,").endswith((".", "!", "?")) and len(words) > 1:
        return False
    if len(words) < MIN_WORDS:
        return True
    return _title_case(inner)


def _embedded(ctx: QuoteContext, seg: QuoteSegment, attr: Attr) -> tuple[int, int] | None:
    """A quoted fragment inside a sentence of the reporter's words, attributed after it ('Using the tax
    "is a misguided approach," Lee said'): the sentence up to the attribution is the (mixed) content,
    as PARC and PolNeAR annotate it. None for a quote that opens its sentence or follows a lead-in
    (a colon, a comma)."""
    cue, sp = attr.cue, attr.speaker
    if cue is None or attr.carried or seg.close_at is None or cue.idx < seg.end:
        return None
    k = bisect.bisect_right(ctx.sent_starts, seg.outer_start) - 1
    if k < 0:
        return None
    start = max(ctx.sents[k].start_char, ctx.para_of(seg.outer_start)[0] if ctx.para_of(seg.outer_start) else 0)
    lead = ctx.text[start : seg.outer_start].rstrip()
    if re.search(r"[.!?]['\"\u2019\u201d]*(\s|$)", lead):
        return None  # the parser's sentence runs over a full stop: not one sentence
    if not lead or lead.endswith((":", ",", ";")) or sum(w.isalpha() for w in lead.split()) < 2:
        return None
    if ctx.in_quote(start) or any(cue_entry(t) is not None for t in ctx.doc.char_span(
            start, seg.outer_start, alignment_mode="expand") or []):
        return None  # another quote, or a cue of its own in the lead-in: not one sentence of content
    end = min(cue.idx, sp.start if sp is not None else cue.idx)
    while end > seg.outer_end and ctx.text[end - 1] in " ,\u2014-":
        end -= 1
    if re.search(r"\b(and|but|or|while)$", ctx.text[seg.outer_end : end], re.I):
        return None  # '"cowards", and Garcia said': the cue opens a clause of its own
    return (start, end) if end >= seg.outer_end else None


def _term(ctx: QuoteContext, seg: QuoteSegment, inner: str) -> bool:
    """A quoted phrase without a verb that is not a sentence of its own, and no cue near it: a scare-quoted
    term, a slogan, a label ('the "liquidating trust"', 'the cause of death was "blunt trauma."')."""
    if inner[:1].isupper() and inner.rstrip("'\"\u2019\u201d ").endswith((".", "!", "?")):
        return False  # a sentence of its own: '"Justice for the miners."'
    tokens = doc_tokens(ctx.doc)[ctx.token_at(seg.start) : ctx.token_at(seg.end)]
    return not any(t.pos_ in ("VERB", "AUX") for t in tokens)


def _named_thing(ctx: QuoteContext, seg: QuoteSegment) -> bool:
    """A quotation right after a noun that names a text ('the question, "Do you own a boat?"', 'the
    slogan "Roads First"', rows with pos "label" in the cue lexicon): it is quoted, nobody says it here."""
    tokens = doc_tokens(ctx.doc)
    k = ctx.token_at(seg.outer_start) - 1
    while k >= 0 and (tokens[k].is_space or tokens[k].text == ","):
        k -= 1
    if k < 0 or tokens[k].tag_ != "NN" or (tokens[k].lemma_.lower(), "label") not in reporting_lexicon():
        return False
    # one named text: "the question", "a slogan" (not "50 questions, "must be ..."")
    return any(c.dep_ == "det" for c in tokens[k].children)


def _work_title(inner: str) -> bool:
    """A short title-cased passage (a show, a book, a headline), even with a full stop inside the marks."""
    words = inner.split()
    content = [w for w in words if len(w) > 3 and w.lower().strip(",:;.!?") not in STOP_WORDS]
    return len(words) <= MAX_TITLE_LENGTH and len(content) >= 2 and _title_case(inner.rstrip(".,!? "))


def _title_case(inner: str) -> bool:
    """A headline or work title: every word that is not a function word ("from", "with", "part") is
    capitalised."""
    words = re.sub("[\"'\u201c\u201d\u2018\u2019]", "", inner).split()
    content = [w for w in words if len(w) > 3 and w.lower().strip(",:;") not in STOP_WORDS]
    return bool(content) and all(w[:1].isupper() for w in content) and not inner.isupper()


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
            last = next((c for c in cue.children if c.lower_ == "to"), cue)
        cue_end = last.idx + len(last.text)
        cue_text = text[cue.idx : cue_end]
    return Quote(
        quote_type=row.quote_type,
        quote_text=text[start:end],
        char_start=start,
        char_end=end,
        sentence_index=first,
        evidence=evidence,
        speaker_key=link_speaker(ctx.doc, actors, sp, registry),
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
    sent_starts = [s.start_char for s in doc.sents]
    sents = list(doc.sents)
    for seg in find_quote_segments(text, article.headings):
        inner = text[seg.start : seg.end].strip()
        found = foreign_trailing_cue(text, seg.outer_end, article.language or "") if seg.close_at else None
        if found is None and _too_short(inner):
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
