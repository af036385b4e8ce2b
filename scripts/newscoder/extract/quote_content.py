"""The reported content of indirect and mixed quotes: where it starts and ends, and cues that report none.

A reporting verb's clausal complement is clipped to the cue's paragraph and stopped where another
statement or a direct quote begins (`clip_complement`); a participle frame before the cue is no content
(`without_frame`); content the cue and its speaker interrupt becomes two pieces (`content_pieces`). Cues
whose subject is a record, absolute 'with' phrases and short wh-clauses report no statement
(`background_cue`, `is_record`, `without_content`). Naming cues ('called the plan "a disaster"') and
quoted fragments inside the reporter's sentence (`embedded_content`) give mixed quotes.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newscoder import lexicons
from newscoder.extract.attribution import cue_entry, paren_open
from newscoder.extract.dateline import in_dateline
from newscoder.extract.doctext import char_span, children_of, doc_text
from newscoder.extract.relay import relay_clause

if TYPE_CHECKING:
    from newscoder.extract.quote_context import Attr, QuoteContext
    from newscoder.extract.quote_marks import QuoteSegment

NAMING_CUES = lexicons.words("naming_verbs", "lemma", quote_cue="yes")
OBSERVING_CUES = lexicons.words("clause_cue_verbs", "lemma", kind="observing")  # + a wh-clause: data, not a claim
MAX_TOPIC_WORDS = 6  # "explained what happened": a wh-clause this short names a topic
WH_WORDS = {"what", "which", "how", "why", "where", "when", "who", "whom", "whose"}
QUESTION_CUES = lexicons.words("clause_cue_verbs", "lemma", kind="question")  # an indirect question is their content
RECORD_WORDS = lexicons.words("speaker_words", "word", kind="record")  # footage, data, guidelines: no speaker
ABSOLUTE_PREPS = {"with", "without"}  # 'With the EU urging banks to ...': a background circumstance
QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def content_pieces(comp: list[Token], attr: Attr) -> list[list[Token]]:
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


def without_frame(ctx: QuoteContext, cue: Token, comp: list[Token]) -> list[Token]:
    """'Speaking to Ann Hale of the Herald, he said, "It happened ..."': the parser hangs the cue and the
    adverbial before it on the quoted clause; that adverbial frames the saying, it is not what was said."""
    after = ctx.text[cue.idx + len(cue.text) :].lstrip(" ,:")
    if not after or after[0] not in QUOTE_CHARS:
        return comp  # 'For some years, he said, orders will ...': the time phrase is part of the content
    frame: set[int] = set()
    for c in children_of(cue.head):
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


def is_gloss(text: str, seg: QuoteSegment) -> bool:
    """A short quotation standing alone in parentheses: the reporter's explanation of a word."""
    return (text[seg.outer_start - 1 : seg.outer_start] == "(" and text[seg.outer_end : seg.outer_end + 1] == ")"
            and len(text[seg.start : seg.end].split()) <= 6)


def is_record(noun: Token) -> bool:
    """A recording, a data set or a standing rule ('footage', 'figures', 'guidelines'): it shows or
    requires something, but nobody speaks through it."""
    if noun.pos_ != "NOUN" or (noun.lower_ not in RECORD_WORDS and noun.lemma_.lower() not in RECORD_WORDS):
        return False
    # 'according to these videos and NPR': a speaker among the sources keeps the attribution
    return all(is_record(c) for c in children_of(noun) if c.dep_ == "conj")


def background_cue(cue: Token) -> bool:
    """A cue that reports no statement: its subject is a record ('the guidelines call for 2%', 'figures
    show that ...'), or it is the participle of an absolute 'with' phrase that sets the scene for the
    main clause ('With the EU urging banks to stop lending, shares fell')."""
    if any(c.dep_ in ("nsubj", "nsubjpass") and is_record(c) for c in children_of(cue)):
        return True
    if relay_clause(cue):
        return True  # 'as reported by the Gazette': the medium that relayed another cue's words
    if cue.tag_ != "VBG":
        return False
    kids = list(children_of(cue))
    if (cue.dep_ == "advcl" and cue_entry(cue.head) is not None and any(c.dep_ == "dobj" for c in kids)
            and not any(c.dep_ in ("ccomp", "xcomp") or c.is_quote for c in kids)):
        return True  # 'the agency, citing officials, reported ...': it names the source of another cue
    head = cue.head
    if cue.dep_ == "acl" and head.dep_ == "pobj":  # the parser may hang the participle on its subject
        head = head.head
    # 'With officials saying the fire is contained, ...' still reports a claim (a clausal complement)
    # 'with Lee describing the plan as "a farce"': quoted words or a naming are someone's words
    return (cue.dep_ in ("pcomp", "acl") and head.lower_ in ABSOLUTE_PREPS and head.dep_ == "prep"
            and not any(c.dep_ == "ccomp" for c in children_of(cue)) and cue.lemma_.lower() not in NAMING_CUES
            and not any(t.is_quote for t in cue.subtree))


def _clause(toks: list[Token]) -> bool:
    """A main clause: a verb with its own subject among `toks`, not subordinated ("because ...",
    "which ...", "minutes before the vote ...")."""
    inside = {t.i for t in toks}
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("advcl", "relcl", "acl", "pcomp", "csubj")
               and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i in inside and c.tag_ not in ("WDT", "WP")
                       for c in children_of(t))
               and not any(c.dep_ == "mark" for c in children_of(t)) for t in toks)


def clip_complement(ctx: QuoteContext, cue: Token, comp: list[Token]) -> list[Token]:
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
    comp = _without_gloss(ctx, cue, comp)
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


PRESENT_TAGS = ("VBZ", "VBP")


def _without_gloss(ctx: QuoteContext, cue: Token, comp: list[Token]) -> list[Token]:
    """'ordered staff to delay aid to Valdoria, which is currently at war with ...': a relative clause set
    off by a comma after a name, in the present tense where the report is in the past, closing the content
    outside any quotation marks, is the reporter's note on the name, not the speaker's words."""
    past = cue.tag_ == "VBD" or cue.tag_ == "VBN" and any(
        a.lower_ == "had" for a in children_of(cue) if a.dep_ == "aux")
    if not past or len(comp) < 4:
        return comp
    inside = {t.i for t in comp}
    for rel in (t for t in comp if t.dep_ == "relcl" and t.head.pos_ == "PROPN" and t.head.i in inside):
        sub = list(rel.subtree)
        first = sub[0]
        present = rel.tag_ in PRESENT_TAGS or any(a.dep_ in ("aux", "auxpass") and a.tag_ in PRESENT_TAGS
                                                  for a in children_of(rel))
        if (present and first.lower_ in ("which", "who", "whose") and first.i > 0
                and ctx.doc[first.i - 1].text == "," and sub[-1].i >= comp[-1].i - 1
                and not any(t.text == "," for t in sub)  # (one short gloss, no list run on into it)
                and not any(ctx.in_quote(t.idx) for t in sub)):
            return [t for t in comp if t.i < first.i - 1]
    return comp


def _own_statement(verb: Token) -> bool:
    """A clause joined to the content ('and the governor noted', 'while the mayor said') with a subject
    of its own: a second report, not part of the first one's content."""
    joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in children_of(verb)))
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(verb)):
        return False  # 'said X, and that the evidence suggests Y': a second that-clause of the same report
    # a named or described subject ('the governor'), not a pronoun that may be the same source again
    return joined and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
                          and c.lower_ not in ("one", "ones") for c in children_of(verb))


def without_content(cue: Token, comp: list[Token]) -> bool:
    """A speech act that names a topic, not a statement: a short embedded wh-clause ("explained what
    happened"), or any wh-clause after an observing verb ("noting which birds returned"). An indirect
    question ("asked why ...") keeps its content."""
    lemma = cue.lemma_.lower()
    if comp[0].lower_ not in WH_WORDS or lemma in QUESTION_CUES:
        return False
    return lemma in OBSERVING_CUES or sum(not t.is_punct for t in comp) <= MAX_TOPIC_WORDS


def naming_object(attr: Attr, seg: QuoteSegment) -> int | None:
    """Start of the object of a naming cue ('called X "Y"', 'described X as "Y"') standing between the
    cue and the quoted name, or None."""
    cue = attr.cue
    if cue is None or cue.lemma_.lower() not in NAMING_CUES or cue.idx >= seg.outer_start or seg.close_at is None:
        return None
    objs = [c for c in children_of(cue) if c.dep_ == "dobj" and cue.i < c.i and c.idx < seg.outer_start]
    if not objs:
        return None
    # 'described the harbour to the paper in 2011: "..."': a colon ends the framing, and the quoted
    # words after it are a direct quote of their own, not the name given to the object
    if ":" in doc_text(cue.doc)[objs[0].idx : seg.outer_start]:
        return None
    return objs[0].left_edge.idx


def embedded_content(ctx: QuoteContext, seg: QuoteSegment, attr: Attr) -> tuple[int, int] | None:
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
    if ctx.in_quote(start) or any(cue_entry(t) is not None for t in char_span(ctx.doc,
            start, seg.outer_start, alignment_mode="expand") or []):
        return None  # another quote, or a cue of its own in the lead-in: not one sentence of content
    end = min(cue.idx, sp.start if sp is not None else cue.idx)
    while end > seg.outer_end and ctx.text[end - 1] in " ,\u2014-":
        end -= 1
    if re.search(r"\b(and|but|or|while)$", ctx.text[seg.outer_end : end], re.I):
        return None  # '"cowards", and Garcia said': the cue opens a clause of its own
    return (start, end) if end >= seg.outer_end else None
