"""Speakers the page layout names rather than a cue verb's syntax.

- a colon frame: 'The senator opposed the plan: "..."' (the subject of the clause ending in the colon),
  or 'issued a statement, "..."';
- interview labels: 'Jane Doe: ...', 'JD: ...' opening the answers of a question-and-answer article;
- a dash line closing the paragraph ('"So far, so good." - Jane Doe') and a name filling the end of a
  paragraph (`name_at`, also used for pull quotes).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newscoder import lexicons
from newscoder.extract.attribution import reporting_lexicon
from newscoder.extract.doctext import char_span, children_of, doc_ents, doc_tokens
from newscoder.extract.quote_context import Attr
from newscoder.extract.speaker_phrase import Speaker
from newscoder.extract.speakers import SOURCE_PRONOUNS, speaker_of

if TYPE_CHECKING:
    from newscoder.extract.quote_context import QuoteContext, Row
    from newscoder.extract.quote_marks import QuoteSegment

# '"...," - Ilse Marrow' / '-- Name' / '— Name, title': a dash attribution closing the paragraph
DASH_ATTRIBUTION = re.compile(r"\s*(?:--?|\u2013|\u2014|\u2015)\s*(?=[A-Z])")
# 'Jane Doe: I think ...' / 'JD: ...' / '((Wikinews)) What ...': a speaker label opening a paragraph
_NAME_WORD = r"[A-Z][\w.'\u2019-]*"
LABEL = re.compile(rf"[\"\u201c]?(?P<label>\(\([^()\n]{{1,30}}\)\)|{_NAME_WORD}(?: {_NAME_WORD}){{0,3}})[ \t]*:?[ \t]+")
INTERVIEWER_LABELS = lexicons.words("speaker_words", "word", kind="interviewer")
NOT_SOURCE_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LOC", "FAC"}
MAX_TITLE_WORDS = 10  # "Jonas Albu, Port Administrator": words allowed after a pull quote's name


def colon_frame(ctx: QuoteContext, colon_i: int) -> Attr | None:
    """'The senator opposed the plan: "..."': a clause ending in a colon before a quotation names its
    speaker as its subject, when that subject is a named or personal source (not 'the results were:')."""
    tokens = doc_tokens(ctx.doc)
    while colon_i >= 0 and tokens[colon_i].is_space:
        colon_i -= 1
    if colon_i < 0 or tokens[colon_i].text not in (":", ","):
        return None
    if tokens[colon_i].text == "," and (colon_i == 0 or (tokens[colon_i - 1].lemma_.lower(), "noun")
                                        not in reporting_lexicon()):
        return None  # a comma frames a quotation only after a statement noun: 'issued a statement, "..."'
    # after 'a statement,' the verb is the statement's ("issued"); a colon hangs on its clause's verb
    verb = tokens[colon_i - 1].head if tokens[colon_i].text == "," else tokens[colon_i].head
    for _ in range(4):  # the parser may hang the colon on the object ("opposed the bill:")
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if tokens[colon_i].text == ":" and ctx.in_quote(verb.idx):
        # the parser hung the narration on the quotation's own verb ('X, during his address, proposed Y,
        # cutting Z: "Our exports ..."'): the last main verb of the lead-in before the colon frames it
        verb = _lead_verb(ctx, tokens, colon_i) or verb
    if verb.pos_ not in ("VERB", "AUX") or ctx.in_quote(verb.idx):
        return None
    sp = speaker_of(verb)
    if sp is None or ctx.in_quote(sp.start) or sp.start > verb.idx:
        return None
    i = ctx.token_at(sp.start)
    head = tokens[i] if i < len(tokens) else None
    source = sp.kind == "name" or (sp.kind == "pronoun" and sp.text.lower() in SOURCE_PRONOUNS)
    if not source and sp.kind == "noun":  # "The study outlined the link:" - a document speaks for its authors
        source = any((t.lemma_.lower(), "noun") in reporting_lexicon() for t in char_span(ctx.doc,
            sp.start, sp.end, alignment_mode="expand") or [])
    if not source and sp.kind == "noun":
        # "the account made the following announcement:", "the council issued this statement:": a speech
        # noun as the object of the frame's verb makes its subject the speaker
        nouns = [c for c in children_of(verb) if c.dep_ == "dobj" and (e := reporting_lexicon().get(
            (c.lemma_.lower(), "noun"))) is not None and e.kind in ("speech", "writing")]
        if nouns:
            return Attr(nouns[0], sp, layout=True)  # the cue is the speech noun ("announcement")
    if not source or head is None or head.ent_type_ in NOT_SOURCE_ENTS:
        return None
    return Attr(verb, sp, layout=True)


def _lead_verb(ctx: QuoteContext, tokens: list[Token], colon_i: int) -> Token | None:
    """The last verb of a main or coordinated clause before the colon in its sentence, outside quotes."""
    sent_start = tokens[colon_i].sent.start
    for t in reversed(tokens[sent_start:colon_i]):
        if t.pos_ == "VERB" and t.dep_ in ("ROOT", "ccomp", "conj") and not ctx.in_quote(t.idx):
            # "proposed X, cutting Y and promoting Z:": the verb the participles hang on frames the quote
            while t.dep_ in ("advcl", "xcomp") or t.dep_ == "conj" and t.head.dep_ in ("advcl", "xcomp"):
                t = t.head
            return t
    return None


@dataclass(frozen=True, slots=True)
class Label:
    """A paragraph opened by a speaker label in an interview or transcript."""

    para_start: int
    para_end: int
    body_start: int  # where the answer (or question) text begins
    speaker: Speaker | None  # None for the interviewer's own questions


def interview_labels(ctx: QuoteContext, publisher: str | None = None) -> list[Label]:
    """Speaker labels of a question-and-answer article: the interviewee's name (or initials) before each
    answer, the interviewer's label before each question. An article needs two labelled answers."""
    text, found = ctx.text, []
    tokens = doc_tokens(ctx.doc)
    for ps, pe in ctx.paras:
        m = LABEL.match(text, ps, pe)
        if m is None:
            continue
        label = m.group("label")
        ls = m.start("label")
        colon = text[m.end("label") : m.end()].strip() == ":"
        if label.startswith("(("):
            found.append(Label(ps, pe, m.end(), None))
            continue
        body = m.end()
        if not colon:  # 'MS We used ...': initials may open an answer without a colon, nothing else may
            first = label.split()[0]
            if not (first.isalpha() and first.isupper() and 2 <= len(first) <= 4):
                continue
            label, body = first, ls + len(first)
            while body < pe and text[body] in " \t":
                body += 1
        low = label.lower()
        if low in INTERVIEWER_LABELS or (publisher and low == publisher.lower()):
            found.append(Label(ps, pe, m.end(), None))
            continue
        words = label.split()
        i = ctx.token_at(ls)
        person = i < len(tokens) and tokens[i].ent_type_ == "PERSON"
        initials = len(words) == 1 and label.isupper() and 2 <= len(label) <= 4
        shouting = len(words) == 1 and label.isupper() and len(label) > 4  # transcripts: 'SMITH: ...'
        if person or initials or shouting or 2 <= len(words) <= 4:
            found.append(Label(ps, pe, body, Speaker(label, ls, ls + len(label), "name")))
    # initials without a colon count only when they open two answers or more ('MS ...', 'MS ...')
    counts = Counter(f.speaker.text for f in found if f.speaker is not None)
    found = [f for f in found if f.speaker is None or ":" in text[f.speaker.end : f.body_start]
             or counts[f.speaker.text] >= 2]
    answers = [f for f in found if f.speaker is not None]
    questions = [f for f in found if f.speaker is None]
    if len(answers) < 2 and len(questions) >= 2:
        return questions  # the interviewer's labelled questions, with answers given as plain paragraphs
    if len(answers) < 2 or not (questions or len({a.speaker.text for a in answers}) > 1):
        return []  # not an interview: a question label, or two different speakers, is needed
    full: dict[str, Speaker] = {}
    out = []
    for f in found:
        sp = f.speaker
        if sp is not None and " " in sp.text:
            full.setdefault("".join(w[0] for w in sp.text.split()).upper(), sp)
        elif sp is not None and sp.text in full:
            sp = full[sp.text]  # 'NG' after 'Natasha Gownaris'
        elif sp is not None and sp.text.isupper() and (named := _person_with_initials(ctx, sp.text)):
            full[sp.text] = sp = named  # 'MS' for the Michael Siegel the introduction names
        out.append(Label(f.para_start, f.para_end, f.body_start, sp))
    return out


def _person_with_initials(ctx: QuoteContext, initials: str) -> Speaker | None:
    """The one person the article names whose initials are these ('MS' -> 'Michael Siegel'), at its first
    mention; None when no one or two different people fit."""
    hits = [e for e in doc_ents(ctx.doc) if e.label_ == "PERSON" and len(e) >= 2
            and "".join(t.text[:1] for t in e if t.text[:1].isalpha()).upper() == initials]
    if len({e.text for e in hits}) != 1:
        return None
    return Speaker(hits[0].text, hits[0].start_char, hits[0].end_char, "name")


def name_at(ctx: QuoteContext, start: int, end: int, dash: bool = False) -> Speaker | None:
    """A person named right at `start` whose name, plus at most a short title after a comma, fills the
    rest of [start, end): 'Ilse Marrow', 'Jonas Albu, Port Administrator'."""
    i = ctx.token_at(start)
    doc = ctx.doc
    toks = doc_tokens(doc)
    if i >= len(doc) or toks[i].idx != start:
        return None
    if toks[i].ent_type_ == "PERSON" and toks[i].ent_iob_ == "B":
        name_end = next(e.end for e in doc_ents(doc) if e.start == i)
    else:  # the small model often misses names it has not seen ("Ilse Marrow"): 2-4 proper nouns
        name_end = i
        while name_end < len(doc) and toks[name_end].pos_ == "PROPN" and toks[name_end].text[:1].isupper():
            name_end += 1
        if not 2 <= name_end - i <= 4:
            return None
    while name_end > i + 1 and toks[name_end - 1].is_space:
        name_end -= 1  # an entity can swallow the paragraph's line break
    span = doc[i:name_end]
    rest = ctx.text[span.end_char : end].strip()
    if rest == "." and dash:
        rest = ""  # '- Jane Doe.': the dash line's own full stop
    # a title may follow ('Jonas Albu, Port Administrator'); a date or number means a source citation
    if rest and not (rest.startswith(",") and len(rest.split()) <= MAX_TITLE_WORDS
                     and not rest.endswith((".", "!", "?", ":")) and not re.search(r"\d", rest)):
        return None
    return Speaker(span.text, span.start_char, span.end_char, "name")


def dash_attributions(ctx: QuoteContext, segs: list[QuoteSegment], direct: dict[int, Row]) -> None:
    """'"So far, so good." - Jane Doe': a dash and a name closing the paragraph name the speaker."""
    for k, row in direct.items():
        seg = segs[k]
        if row.attr.cue is not None or row.attr.speaker is not None or seg.close_at is None:
            continue
        para = ctx.para_of(seg.outer_end)
        if para is None or para[1] <= seg.outer_end:
            continue
        m = DASH_ATTRIBUTION.match(ctx.text, seg.outer_end, para[1])
        if m is None:
            continue
        if not ctx.text[seg.start : seg.end].rstrip().endswith((".", "!", "?", ",")):
            # '"Storm hits the coast" — Daily News, May 2, 2024': a headline in a source list has no
            # speaker; it stays a low-confidence quote (annotators such as GUM's count cited headlines)
            continue
        sp = name_at(ctx, m.end(), para[1], dash=True)
        if sp is not None:
            row.attr = Attr(None, sp, layout=True)
