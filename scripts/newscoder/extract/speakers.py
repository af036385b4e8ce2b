"""Who said it: every rule that finds a quote's speaker, and the link from the speaker to an actor.

Order of evidence, strongest first:
1. syntax: the subject of the cue verb (climbing conjoined and subordinate verbs when the cue has none),
   the noun phrase after an inverted cue ('said the minister'), the source of "according to";
2. layout: a name closing the paragraph after a dash or a pull quote ('- Jane Doe');
3. carry-over: a direct quote with no cue takes the speaker of the rest of its passage, of the previous
   quote in its paragraph, or, for a paragraph that is nothing but a quote, of the previous paragraph's.
A speaker is linked to the actor whose mention covers it (`speaker_actor`); pronoun mentions are linked
to their antecedents by the actor analysis (`extract/mentions.py`, `extract/coref.py`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newscoder import lexicons
from newscoder.extract import coref, roles
from newscoder.extract.deps import SUBJECT_DEPS
from newscoder.extract.doctext import doc_ents, doc_text, doc_tokens
from newscoder.extract.quote_context import Attr

if TYPE_CHECKING:
    from newscoder.extract.quote_context import QuoteContext, Row
    from newscoder.extract.quote_marks import QuoteSegment
    from newscoder.records import ActorAnalysis

# links we climb from a cue without a subject to the clause that has one
CLIMB_DEPS = {"conj", "xcomp", "advcl", "acl", "relcl", "dobj", "pobj", "prep", "pcomp"}
RELATIVE = {"who", "which", "that"}
DEMONSTRATIVES = {"this", "that", "these", "those"}
# cues whose object is the one addressed: the noun right after them is never an inverted speaker
ADDRESSEE_CUES = {"tell", "ask", "urge", "inform", "warn", "remind", "assure", "advise", "notify", "brief"}
GOVERNMENT_WORDS = lexicons.words("government_nouns", "word", kind="government")
# verbs whose object clause is something made to happen to someone: 'have the driver released'
CAUSATIVES = {"have", "get", "make", "let", "see", "want"}
# nouns naming a piece of a text: "part of the statement reads" is the statement speaking
PARTS = {"part", "portion", "excerpt", "section", "passage", "extract", "rest", "remainder"}
# words kept with a speaker's head: "the agency", "US President Donald Trump", "Mike Hammer"
NP_LEFT_DEPS = {"compound", "det", "amod", "nmod", "nummod", "flat"}
# '"...," - Ilse Marrow' / '-- Name' / '— Name, title': a dash attribution closing the paragraph
DASH_ATTRIBUTION = re.compile(r"\s*(?:--?|\u2013|\u2014|\u2015)\s*(?=[A-Z])")
# 'Jane Doe: I think ...' / 'JD: ...' / '((Wikinews)) What ...': a speaker label opening a paragraph
_NAME_WORD = r"[A-Z][\w.'\u2019-]*"
LABEL = re.compile(rf"[\"\u201c]?(?P<label>\(\([^()\n]{{1,30}}\)\)|{_NAME_WORD}(?: {_NAME_WORD}){{0,3}})[ \t]*:?[ \t]+")
INTERVIEWER_LABELS = lexicons.words("speaker_words", "word", kind="interviewer")
PRONOUN_WINDOW = 400  # characters looked back for a pronoun's antecedent: about two sentences
HONORIFICS = lexicons.words("speaker_words", "word", kind="honorific")
SOURCE_PRONOUNS = {"he", "she", "they", "we", "i"}
ARTICLES = {"the", "a", "an"}  # "The President": a capitalised article is no name word
NOT_SOURCE_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LOC", "FAC"}
MAX_TITLE_WORDS = 10  # "Jonas Albu, Port Administrator": words allowed after a pull quote's name


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str
    start: int
    end: int
    kind: str  # name | noun | pronoun
    # the speaker's core (the name or head noun with its modifiers) inside a longer noun phrase ("the head"
    # of "the head of the agency"): what the speaker is linked by; None when the core is the whole span
    core_start: int | None = None
    core_end: int | None = None
    core_text: str | None = None

    @property
    def core(self) -> tuple[int, int]:
        if self.core_start is None or self.core_end is None:
            return self.start, self.end
        return self.core_start, self.core_end

    @property
    def name(self) -> str:
        """The words the speaker is linked by: the core, else the whole text."""
        return self.core_text if self.core_text is not None else self.text


def speaker_of(cue: Token) -> Speaker | None:
    """The subject of a cue verb, climbing up through conjoined/subordinate verbs."""
    agent = [g for c in cue.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agent:  # "was told by the minister": the agent of a passive cue speaks
        return noun_phrase(agent[0])
    quoted = quoted_as(cue)
    if quoted is not None:  # 'the paper quoted the minister as saying': the minister's words
        return noun_phrase(quoted)
    tok: Token | None = cue
    for _ in range(6):
        if tok is None:
            break
        # the parser may hang the subject on an auxiliary ('The EU has been urging ...')
        subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS] or [
            c for a in tok.children if a.dep_ in ("aux", "auxpass") for c in a.children
            if c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE]
        # 'told it this was unconfirmed and noted ...': a demonstrative pronoun stands for a thing said,
        # never for a speaker; the speaker is the subject further up
        # (not a relative "that", not "those close to him": a demonstrative with modifiers is people)
        shown = [c for c in subj if c.lower_ in DEMONSTRATIVES and c.tag_ == "DT" and c.pos_ == "PRON"
                 and not any(c.children)]
        if shown:
            subj = [c for c in subj if c not in shown]
            if not subj and tok.dep_ == "ccomp" and tok is not cue:
                tok = tok.head  # the verb whose content the demonstrative's clause is
                continue
        if tok is not cue and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in CAUSATIVES and not any(
                c.dep_ in ("aux", "mark") for c in tok.children):
            # 'tried to have the driver released by saying ...': the subject of the small clause of a
            # causative is the one acted on, not the one speaking; climb on to the causative's subject
            tok = tok.head
            continue
        if len(subj) > 1:
            # "The buyer asked for X, but the minister stated Y" misparsed with two subjects of "stated": a
            # subject carrying a clause of its own ("asked for X") is another verb's, not this cue's
            bare = [t for t in subj if not any(g.pos_ == "VERB" and g.dep_ in ("acl", "relcl")
                                               and g.head.i == t.i for g in t.children)]
            subj = bare or subj
        if subj:
            # the parser can split a hyphenated title into extra subjects ("Co-founder Ann Lee"): the name
            # wins, else the piece a name hangs on ("co-author and geochemist Ann Lee")
            head = subj[0] if len(subj) == 1 else next(
                (t for t in subj if t.pos_ == "PROPN"),
                next((t for t in subj if any(g.ent_type_ == "PERSON" for g in t.subtree)), subj[0]))
            if head.lower_ == "it" and head.dep_ in ("nsubjpass", "expl"):
                return None  # "It was reported that ...": a placeholder subject, the passive names no speaker
            if head.lower_ == "they":
                head = _plural_subject_of_content(tok, head) or head
            if head.lower_ in RELATIVE:
                if tok.dep_ != "relcl":
                    return None  # "signs which read ...": no antecedent the parse can give
                head = tok.head  # "Trump, who said ..." -> Trump
            head = _author(head)
            if _anonymous_document(head):
                return None  # 'a statement said': a document whose author the sentence does not give
            return noun_phrase(head)
        if tok.dep_ not in CLIMB_DEPS or tok.head is tok:
            break
        tok = tok.head
    return inverted_speaker(cue)


def _plural_subject_of_content(cue: Token, pronoun: Token) -> Token | None:
    """'Prosecutors charged the man, they said': a trailing 'they said' whose reported clause has, as its
    active subject, a plural noun for people (a title such as prosecutors or officials): that noun is the
    nearest antecedent that agrees, before any actor further back ('The men were held, they said' keeps
    its pronoun: a passive subject is acted on)."""
    for c in cue.children:
        if c.dep_ != "ccomp" or c.i > pronoun.i:
            continue
        subj = [s for s in c.children if s.dep_ == "nsubj" and s.tag_ in ("NNS", "NNPS")]
        if subj and (subj[0].lemma_.lower() in roles.titles() or subj[0].lower_ in roles.titles()):
            return subj[0]
    return None


def quoted_as(cue: Token) -> Token | None:
    """'The paper reported the minister as saying ...', 'quoted her as saying': the object of the outer
    verb said the words (its subject only relayed them)."""
    prep = cue.head
    if cue.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    # the parser may hang "as saying" on a later clause of the sentence: the nearest verb above it that has
    # an object before "as" ('cited X, chief of Y, as saying ...')
    for verb in [prep.head, *prep.head.ancestors][:3]:
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON") and c.i < prep.i]
        if objs:
            return objs[0] if verb.pos_ == "VERB" else None
    return None


def _author(head: Token) -> Token:
    """The possessor of a statement-like subject: "the ministry's statement said" -> the ministry."""
    from newscoder.extract.attribution import reporting_lexicon  # attribution imports this module

    part_of = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj" and (o.lemma_.lower(), "noun") in reporting_lexicon()]
    if part_of and (head.pos_ in ("PRON", "ADJ", "NUM") or head.lemma_.lower() in PARTS):
        head = part_of[0]  # "part of the judge's statement reads": the statement, and so its author
    if (head.lemma_.lower(), "noun") in reporting_lexicon():
        poss = [c for c in head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON")]
        if poss:
            return poss[0]
        by = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children
              if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")]
        if by:  # "a tweet by the minister"
            return by[0]
        if head.dep_ == "dobj":  # "the company released a statement which read": who released it
            # a pronoun too ('They released a statement'): it is resolved like any pronoun speaker
            subj = [c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN", "PRON")
                    and c.lower_ not in RELATIVE]
            if subj:
                return subj[0]
    return head


def _anonymous_document(head: Token) -> bool:
    """An indefinite statement-like noun with no owner ('a statement', 'a letter'): it names a medium, not
    who speaks through it; a definite one ('the report') points back to a document the article introduced."""
    from newscoder.extract.attribution import reporting_lexicon  # attribution imports this module

    if head.pos_ != "NOUN" or (head.lemma_.lower(), "noun") not in reporting_lexicon():
        return False
    kids = list(head.children)
    return (any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids)
            and not any(c.dep_ in ("poss", "compound", "amod", "prep", "acl", "relcl") for c in kids))


def inverted_speaker(cue: Token) -> Speaker | None:
    """The noun phrase right after an inverted cue: '..." said Hammer', '..." insists Burton'."""
    if any(c.dep_ == "xcomp" and c.i > cue.i for c in cue.children):
        return None  # 'urging members to restrict ...': the noun after the cue is whom it addresses
    if cue.lemma_.lower() in ADDRESSEE_CUES:
        return None  # '... told Reuters "..."': the object of "tell" is the one told, never the teller
    for t in cue.doc[cue.i + 1 : cue.i + 4]:
        if t.pos_ in ("PROPN", "PRON", "NOUN"):
            while t.dep_ in ("compound", "flat") and t.head.i > t.i and t.head.i <= cue.i + 6:
                t = t.head  # "said Mayor Ines Castell": the name's head, not its title
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.i != cue.i and t.lower_ not in SOURCE_PRONOUNS:
                # 'noted no ransom had been sought': the subject of the content, not the speaker (a personal
                # pronoun there, 'aside from saying he wants ...', is most often the speaker again)
                return None
            return noun_phrase(t)
        if t.pos_ not in ("DET", "ADJ", "ADV"):
            break
    return None


def noun_phrase(head: Token) -> Speaker:
    """The speaker: the whole noun phrase of `head` ("the head of the agency", "Ann Lee, a teacher at
    the school") with, as its core, the name or head noun and its own modifiers, which the actor link uses."""
    subject = head
    core = _trim(_core_phrase(head))
    text = doc_text(head.doc)
    cs, ce = _whole_words(text, core[0].idx, core[-1].idx + len(core[-1].text))
    kind = "pronoun" if core[-1].pos_ == "PRON" or head.pos_ == "PRON" else None
    whole = [] if kind == "pronoun" else _whole_phrase(subject, core)
    start, end = (_whole_words(text, whole[0].idx, whole[-1].idx + len(whole[-1].text)) if whole else (cs, ce))
    start, end = min(start, cs), max(end, ce)
    core_head = _core_head(core, head)
    kind = kind or ("name" if core_head.pos_ == "PROPN" or core_head.ent_type_ else "noun")
    if (start, end) == (cs, ce):
        return Speaker(text[cs:ce], cs, ce, kind)
    return Speaker(text[start:end], start, end, kind, cs, ce, text[cs:ce])


def _trim(toks: list[Token]) -> list[Token]:
    """Without punctuation or spaces at its edges (a closing parenthesis that has its opening stays)."""
    out = list(toks)
    while len(out) > 1 and (out[0].is_punct or out[0].is_space):
        out = out[1:]
    while len(out) > 1 and (out[-1].is_space or out[-1].is_punct and not (
            out[-1].text == ")" and any(t.text == "(" for t in out))):
        out = out[:-1]
    return out


def _core_head(core: list[Token], head: Token) -> Token:
    """The token the core phrase was built around (the syntactic head among its tokens)."""
    inside = {t.i for t in core}
    return next((t for t in core if t.head.i not in inside or t.head.i == t.i), head)


# prepositions whose object describes the speaker ("the head of the agency", "a spokesperson for the
# ministry", "an official from the city", "a professor at the university", "the ambassador to the UN")
DESCRIBING_PREPS = {"of", "for", "from", "at", "with", "to", "in", "by"}
# parts of a subject's subtree that are not the speaker: clauses, and adverbial or clausal modifiers
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "dep", "npadvmod"}
MAX_SPEAKER_TOKENS = 25  # a longer subject is a misparse: keep the core
WORD_JOINERS = "-\u2010\u2011'\u2019."  # inside one word: "co-author", "O'Neill", "U.S."


def _whole_phrase(subject: Token, core: list[Token]) -> list[Token]:
    """The subject's subtree without its clauses (relative, participial, verb-initial appositions), its
    dates and its reporting-noun phrases ("in a statement"): a run of tokens around the core."""
    from newscoder.extract.attribution import reporting_lexicon  # attribution imports this module

    doc = subject.doc
    tokens = doc_tokens(doc)  # `toks` below is the phrase
    first_appos = next((c.i for c in subject.children if c.dep_ == "appos"), None)
    keep: set[int] = set()
    frontier = [subject]
    while frontier:
        t = frontier.pop()
        keep.add(t.i)
        for c in t.children:
            misread_cue = c.dep_ == "amod" and c.i > 0 and tokens[c.i - 1].is_punct  # '"..." tweeted Mayor X'
            if c.dep_ in CLAUSE_DEPS or c.pos_ in ("VERB", "AUX") and (c.dep_ != "amod" or misread_cue):
                continue
            if c.dep_ == "appos" and (c.left_edge.pos_ in ("VERB", "AUX") or c.i != first_appos):
                continue  # one apposition, to the subject itself ("Ann Lee, director of X"), not a chain
            if c.dep_ == "prep":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if c.lower_ not in DESCRIBING_PREPS or not objs or any(
                        g.ent_type_ in ("DATE", "TIME") or c.lower_ != "of" and (
                            (g.lemma_.lower(), "noun") in reporting_lexicon()
                            or (g.lower_, "noun") in reporting_lexicon()) for g in objs):
                    continue
            if c.is_quote or "\n" in c.text or c.ent_type_ in ("DATE", "TIME") and c.i > t.i:
                continue
            if c.lower_.endswith(("self", "selves")):
                continue  # "the study itself": an emphasis, not a part of the name
            frontier.append(c)
    keep.update(t.i for t in core)
    lo, hi = core[0].i, core[-1].i
    while lo - 1 in keep and not tokens[lo - 1].is_quote:
        lo -= 1
    while hi + 1 in keep and not tokens[hi + 1].is_quote:
        hi += 1
    toks = list(doc[lo : hi + 1])
    # trim what cannot end a name: punctuation, conjunctions, a relative pronoun left behind
    while toks and toks[0].i < core[0].i and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ == "cc"):
        toks = toks[1:]
    while toks and toks[-1].i > core[-1].i and (toks[-1].is_punct and toks[-1].text != ")" or toks[-1].is_space
                                                 or toks[-1].dep_ in ("cc", "case", "prep")
                                                 or toks[-1].lower_ in RELATIVE):
        toks = toks[:-1]
    words = "".join(t.text_with_ws for t in toks)
    if words.count("(") != words.count(")"):
        # a parenthesis cut by the parse: close it when the next token does, else drop what it opened
        if hi + 1 < len(doc) and tokens[hi + 1].text == ")" and words.count("(") > words.count(")"):
            toks.append(tokens[hi + 1])
        else:
            return core
    if len(toks) > MAX_SPEAKER_TOKENS:
        return core
    return toks


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Never cut inside a word the parser split ("co-author", "France-Presse"): widen the span over
    letters and word-inner hyphens, apostrophes and dots; a possessive "'s" after it is no part of it."""
    lo, hi = start, end
    while lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in WORD_JOINERS and lo > 1 and text[lo - 2].isalnum()):
        lo -= 1
    while hi < len(text) and (text[hi].isalnum() or text[hi] in WORD_JOINERS and hi + 1 < len(text)
                              and text[hi + 1].isalnum()):
        hi += 1
    if hi > end and text[end:hi].lower() in ("'s", "\u2019s"):
        hi = end
    return lo, hi


def _core_phrase(head: Token) -> list[Token]:
    """The head with its name parts and determiners (not its possessors)."""
    if head.ent_type_ != "PERSON":  # "US chief of mission in Cuba Mike Hammer": the person named in it
        people = [t for t in head.subtree if t.ent_type_ == "PERSON" and t.head.ent_type_ != "PERSON"]
        # "Study co-author and geochemist Ann Lee": descriptions coordinated with one name are that person's
        described = len(people) == 1 and people[0].dep_ == "conj" and not any(
            t.lower_ in roles.title_words() for t in head.subtree if t.pos_ == "NOUN")
        people = [t for t in people if t.dep_ in ("appos", "compound", "npadvmod", "nmod") or t.head is head
                  or described]
        if people:
            head = people[-1]
        elif head.pos_ == "NOUN":
            # "the state news agency RIA Novosti": an organisation named in apposition to a descriptor
            named = [c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "ORG"]
            if named:
                head = named[0]
    toks = [head]
    frontier = [head]
    while frontier:  # left modifiers, recursively ("US President Donald Trump")
        t = frontier.pop()
        for c in t.lefts:
            # a hyphen inside a name ("Agence France-Presse", "Hoi-kwan") is punctuation to the parser
            hyphen = c.dep_ == "punct" and c.text in "-\u2010\u2011" and not c.whitespace_ and c.i > 0
            misread_cue = c.dep_ == "amod" and c.pos_ == "VERB"  # '"..." tweeted Mayor X' parsed as a modifier
            if (c.dep_ in NP_LEFT_DEPS and not misread_cue) or hyphen:
                toks.append(c)
                frontier.append(c)
    for c in head.rights:
        # "Ministry of Foreign Affairs", "Bureau of Western Hemisphere Affairs"
        # (not a person's: "Ann Lee of Acme Marine" is Ann Lee, her firm is no part of her name)
        if c.dep_ == "prep" and c.lower_ == "of" and head.pos_ == "PROPN" and head.ent_type_ != "PERSON":
            pobj = [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            if pobj:
                toks.extend(c.subtree)
        # "Burton and Nick"
        if c.dep_ == "conj" and c.pos_ == "PROPN" and head.pos_ == "PROPN":
            toks.extend(t for t in c.subtree if t.dep_ in NP_LEFT_DEPS or t is c)
            toks.extend(t for t in head.rights if t.dep_ == "cc")
    return _contiguous(head, toks)


def _contiguous(head: Token, toks: list[Token]) -> list[Token]:
    """The run of selected tokens around the head with no gap (a stray pick never widens the span)."""
    chosen = {t.i for t in toks}
    lo = hi = head.i
    while lo - 1 in chosen:
        lo -= 1
    while hi + 1 in chosen:
        hi += 1
    return list(head.doc[lo : hi + 1])


def cue_speaker(ctx: QuoteContext, cue: Token) -> Speaker | None:
    sp = speaker_of(cue)
    if sp is not None and ctx.in_quote(sp.start):
        sp = inverted_speaker(cue)  # the parser took a word of the quote for the subject
        if sp is not None and ctx.in_quote(sp.start):
            sp = None
    return sp


def colon_frame(ctx: QuoteContext, colon_i: int) -> Attr | None:
    """'The senator opposed the plan: "..."': a clause ending in a colon before a quotation names its
    speaker as its subject, when that subject is a named or personal source (not 'the results were:')."""
    tokens = doc_tokens(ctx.doc)
    while colon_i >= 0 and tokens[colon_i].is_space:
        colon_i -= 1
    from newscoder.extract.attribution import reporting_lexicon  # attribution imports this module

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
        source = any((t.lemma_.lower(), "noun") in reporting_lexicon() for t in ctx.doc.char_span(
            sp.start, sp.end, alignment_mode="expand") or [])
    if not source and sp.kind == "noun":
        # "the account made the following announcement:", "the council issued this statement:": a speech
        # noun as the object of the frame's verb makes its subject the speaker
        nouns = [c for c in verb.children if c.dep_ == "dobj" and (e := reporting_lexicon().get(
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


# what may stand between a reporting frame and the speaker it reports: punctuation, "that"
_LEAD = re.compile(r"\W*(?:that\b\W*)?", re.IGNORECASE)


def second_hand(ctx: QuoteContext, rows: list[Row]) -> list[Row]:
    """'The Post reported that officials said ...', 'According to the Post, officials said ...': when the
    content of one attribution is nothing but another (its speaker, its cue and what was said), the inner
    one is the quote; its speaker stays, and the outer speaker becomes its second-hand source (`via`).
    The outer row, which repeats the inner one, is dropped. The inner attribution must be a report of
    speech that happened: a speech verb with its own named or described subject ("officials said"), not a
    pronoun (the outer speaker's own "it said it would ask": one voice), not under a modal ("would ask")."""
    outer_rows = [o for o in rows if o.quote_type != "direct" and o.attr.cue is not None
                  and o.attr.speaker is not None and not o.attr.carried]
    if not outer_rows:
        return rows
    drop: set[int] = set()
    for o in outer_rows:
        for r in rows:
            sp, cue = r.attr.speaker, r.attr.cue
            if r is o or sp is None or cue is None or r.attr.carried or r.attr.via is not None or id(r) in drop:
                continue
            # the outer cue opens the frame ('according to X, Y said', 'X reported that Y said') or closes it
            # ('Y said ..., according to X')
            opens = o.attr.cue.idx < o.start
            closes = o.attr.cue.idx >= o.end and o.attr.cue.lower_ == "according"
            if not ((opens or closes) and o.start <= sp.start and o.start <= cue.idx < o.end and r.end <= o.end + 1):
                continue
            if sp.kind == "pronoun" or not _reported_speech(cue, sp):
                continue
            if _LEAD.fullmatch(ctx.text[o.start : sp.start]) is None:
                continue  # "Lee said the mayor lied when he said ...": more than the inner attribution
            r.attr.via = o.attr.speaker
            drop.add(id(o))
            break
    return [r for r in rows if id(r) not in drop]


def _reported_speech(cue: Token, sp: Speaker) -> bool:
    """A speech verb with its own subject inside the speaker's span and no modal: 'officials said'."""
    from newscoder.extract.attribution import cue_entry  # attribution imports this module

    entry = cue_entry(cue)
    if entry is None or entry.kind != "speech" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children):
        return False
    # an utterance reported as past ("officials said", "the board announced") or a present "says"; not a
    # standing position ("has long called for") or what a thing implies ("the phrase suggests")
    if cue.tag_ != "VBD" and not (cue.lemma_.lower() in ("say", "tell") and cue.tag_ in ("VBZ", "VBP", "VBN")):
        return False
    return any(c.dep_ in SUBJECT_DEPS and sp.start <= c.idx < sp.end for c in cue.children)


def _person_with_initials(ctx: QuoteContext, initials: str) -> Speaker | None:
    """The one person the article names whose initials are these ('MS' -> 'Michael Siegel'), at its first
    mention; None when no one or two different people fit."""
    hits = [e for e in doc_ents(ctx.doc) if e.label_ == "PERSON" and len(e) >= 2
            and "".join(t.text[:1] for t in e if t.text[:1].isalpha()).upper() == initials]
    if len({e.text for e in hits}) != 1:
        return None
    return Speaker(hits[0].text, hits[0].start_char, hits[0].end_char, "name")


def own_speaker(ctx: QuoteContext, head: Token) -> Speaker | None:
    sp = noun_phrase(_author(head))
    return None if ctx.in_quote(sp.start) else sp


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


def carry_over(ctx: QuoteContext, segs: list[QuoteSegment], direct: dict[int, Row], rows: list[Row]) -> None:
    """Give cue-less direct quotes the speaker their passage, paragraph or previous paragraph makes clear."""
    by_group: dict[int, Attr] = {}
    for k, row in direct.items():
        if row.attr.cue is not None:
            by_group.setdefault(segs[k].group, row.attr)
    for k in sorted(direct):
        row = direct[k]
        if row.attr.cue is not None or row.attr.speaker is not None:
            continue  # a speaker of its own (a dash line, a colon frame, a label) is never replaced
        src = by_group.get(segs[k].group)
        if src is None:
            src = _previous_in_paragraph(row, direct, rows)
        if src is None and not _quote_only(ctx, segs, row.paragraph):
            src = _subject_before(ctx, row)
        if src is None and _quote_only(ctx, segs, row.paragraph):
            src = _previous_paragraph(row, direct, rows)
            if src is None and not any(r.paragraph == row.paragraph - 1 for r in [*rows, *direct.values()]):
                src = _paragraph_subject(ctx, row.paragraph - 1)
        if src is not None and src.speaker is not None:
            row.attr = Attr(src.cue, src.speaker, carried=True)


def _previous_in_paragraph(row: Row, direct: dict[int, Row], rows: list[Row]) -> Attr | None:
    earlier = [r for r in [*rows, *direct.values()] if r.paragraph == row.paragraph and r.end <= row.start]
    earlier = [r for r in earlier if r.attr.speaker is not None]
    return max(earlier, key=lambda r: r.end).attr if earlier else None


def _previous_paragraph(row: Row, direct: dict[int, Row], rows: list[Row]) -> Attr | None:
    prev = [r for r in [*rows, *direct.values()] if r.paragraph == row.paragraph - 1]
    if not prev:
        return None
    last = max(prev, key=lambda r: r.end)
    return last.attr if last.attr.speaker is not None else None


def _paragraph_subject(ctx: QuoteContext, paragraph: int) -> Attr | None:
    """The one person a paragraph is about, for a bare quotation paragraph after it: the subject of the
    paragraph's last sentence is a person's name, and the paragraph names no other person."""
    if paragraph < 0 or paragraph >= len(ctx.paras):
        return None
    ps, pe = ctx.paras[paragraph]
    sents = [s for s in ctx.sents if ps <= s.start_char < pe]
    if not sents:
        return None
    people = {e.text.split()[-1] for s in sents for e in s.ents if e.label_ == "PERSON"}
    if len(people) != 1:
        return None  # nobody, or two people: whose words follow is not clear
    subj = [c for c in sents[-1].root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1:
        return None
    if subj[0].lower_ in ("he", "she"):  # "He remembers ...": the one person named before
        named = [t for s in sents for t in s if t.ent_type_ == "PERSON" and t.text in people and t.i < subj[0].i]
        return Attr(None, noun_phrase(named[-1])) if named else None
    if subj[0].pos_ != "PROPN" or subj[0].text not in people:
        return None
    return Attr(None, noun_phrase(subj[0]))


def _subject_before(ctx: QuoteContext, row: Row) -> Attr | None:
    """A quotation opening its own sentence after narration about one person ('Early on, Ruiz doubted
    herself. "I was sure I would fail," ...'): that person, when the paragraph before the quote names no
    other person and the sentence before it has that person (or he/she) as its subject."""
    ps, _ = ctx.paras[row.paragraph]
    k = bisect.bisect_right(ctx.sent_starts, row.start) - 1
    if k < 1 or ctx.sents[k - 1].start_char < ps:
        return None
    own = ctx.sents[k]
    if any(t.pos_ in ("VERB", "AUX") for t in own if t.idx < row.start and not ctx.in_quote(t.idx)):
        return None  # the quote sits in a clause of the narrator's ('The sign read "..."'), not on its own
    sents = [s for s in ctx.sents[:k] if s.start_char >= ps]
    people = {e.text.split()[-1] for s in sents for e in s.ents if e.label_ == "PERSON"}
    subj = [c for c in sents[-1].root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not people and len(subj) == 1 and subj[0].lower_ in ("he", "she"):
        # 'She left the series early. "This was not ..."' in a paragraph that names nobody: the one person
        # the paragraph before names, when the pronoun agrees with that person's first name
        return _one_person_in(ctx, row.paragraph - 1, "female" if subj[0].lower_ == "she" else "male")
    if len(people) != 1:
        return None
    if len(subj) != 1:
        return None
    if subj[0].lower_ in ("he", "she"):
        named = [t for s in sents for t in s if t.ent_type_ == "PERSON" and t.text in people and t.i < subj[0].i]
        return Attr(None, noun_phrase(named[-1])) if named else None
    if subj[0].text not in people or subj[0].ent_type_ != "PERSON":
        return None
    return Attr(None, noun_phrase(subj[0]))


def _one_person_in(ctx: QuoteContext, paragraph: int, gender: str) -> Attr | None:
    """The one person a paragraph names (by surname), as the speaker, when their first name is of
    `gender`; None when it names nobody or two people, or the first name is unknown or of the other sex."""
    if paragraph < 0 or paragraph >= len(ctx.paras):
        return None
    ps, pe = ctx.paras[paragraph]
    ents = [e for s in ctx.sents if ps <= s.start_char < pe for e in s.ents if e.label_ == "PERSON"]
    if len({e.text.split()[-1] for e in ents}) != 1:
        return None
    full = max(ents, key=lambda e: len(e.text.split()))
    if len(full.text.split()) < 2 or first_name_gender(full.text) != gender:
        return None
    return Attr(None, noun_phrase(ents[-1].root))


def _quote_only(ctx: QuoteContext, segs: list[QuoteSegment], paragraph: int) -> bool:
    """True when the paragraph holds nothing but quoted text (and punctuation)."""
    if paragraph < 0 or paragraph >= len(ctx.paras):
        return False
    ps, pe = ctx.paras[paragraph]
    rest = ctx.text_outside(ps, pe, [s for s in segs if s.paragraph == paragraph])
    return not re.search(r"\w", rest)


def speaker_actor(actors: ActorAnalysis, sp: Speaker | None) -> str | None:
    """Key of the actor the speaker's words refer to: the actor whose mention covers the speaker's core,
    checked against the whole name; for a pronoun, an antecedent that agrees with it in number, gender
    and animacy; for a spokesperson's title ("a spokesperson for the ministry"), the body spoken for.
    None rather than a guess."""
    if sp is None:
        return None
    start, end = sp.core
    key = actors.actor_at(start, end)
    actor = actors.get(key)
    if actor is not None and actor.actor_type != "person" and sp.kind == "name":
        # "co-author Ann Lee of the Institute for X": the person named in the speaker, not the body
        inside = [m for m in actors.mentions if start <= m.char_start and m.char_end <= end
                  and m.mention_kind == "name" and (a := actors.get(m.actor_key)) and a.actor_type == "person"]
        if inside:
            key = min(inside, key=lambda m: m.char_start).actor_key
    if sp.kind == "pronoun":
        if key is None or not _agrees(actors, sp, key):
            return _pronoun_antecedent(actors, sp)
        return key
    if key is not None and sp.kind == "name":
        return _whole_name(actors, sp, key)
    if key is None and sp.kind == "name":
        # "The President said": a title alone is the one person of the article holding it
        return _named_person(actors, sp) if _name_words(sp.name) else _titled_person(actors, sp)
    if sp.kind == "noun" and (key is None or actor is not None and actor.actor_type == "group"):
        # "officials at the ministry": the ministry rather than a group of unnamed officials
        return _spoken_for(actors, sp) or (key if key is not None else _titled_person(actors, sp))
    return key


def _agrees(actors: ActorAnalysis, sp: Speaker, key: str) -> bool:
    """Can the pronoun stand for this actor: a person for he/she (not one of the other sex by first name),
    a body or group for it/they."""
    entry = coref.pronoun_table().get(sp.text.lower())
    actor = actors.get(key)
    if entry is None or actor is None:
        return True
    number, gender, animacy = entry
    if animacy == "person" and number == "singular":
        return actor.actor_type == "person" and (
            gender not in ("male", "female") or first_name_gender(actor.name) in (None, gender))
    if number == "singular":
        return actor.actor_type != "person"
    # 'they' is a country's people or officials, not the country; its government is a body that can be
    return actor.actor_type != "state" or _government_mention(actors, key, sp.start)


def _government_mention(actors: ActorAnalysis, key: str, before: int) -> bool:
    """The state's last mention before `before` names its government ('the government of X', 'X's
    government', 'the X government'): a body that "they" can stand for."""
    last = max((m for m in actors.mentions if m.actor_key == key and m.char_end <= before),
               key=lambda m: m.char_start, default=None)
    if last is None:
        return False
    name = re.escape(last.text)
    gov = "|".join(re.escape(w) for w in GOVERNMENT_WORDS)
    return re.search(rf"\b(?:{gov}) of (?:the )?{name}\b|\b{name}(?:'s|\u2019s)? (?:{gov})\b",
                     last.evidence, re.IGNORECASE) is not None


def _spoken_for(actors: ActorAnalysis, sp: Speaker) -> str | None:
    """'a spokesperson for the ministry', 'the agency's spokesman', 'an official from the city': an unnamed
    spokesperson or official speaks for the body their phrase names; other descriptions ('the head of the
    agency') stay unlinked."""
    words = sp.name.lower().split()
    if not words or roles.titles().get(words[-1].strip(",.").removesuffix("s")) not in ("spokesperson", "official"):
        return None
    body = [m for m in actors.mentions if sp.start <= m.char_start and m.char_end <= sp.end
            and not (sp.core[0] <= m.char_start < sp.core[1]) or sp.core[0] <= m.char_start < sp.core[1]
            and m.char_end <= sp.core[1] and m.mention_kind != "pronoun"]
    body = [m for m in body if (a := actors.get(m.actor_key)) is not None and a.actor_type in (
        "organization", "state")]
    keys = {m.actor_key for m in body}
    return body[0].actor_key if len(keys) == 1 else None


def _titled_person(actors: ActorAnalysis, sp: Speaker) -> str | None:
    """'the company's chief executive', 'the bank's governor': the one person named earlier in the article
    whose role carries the speaker's title; none when no one, or more than one, does."""
    words = [w.strip(",.").lower() for w in sp.name.split()]
    found = roles.head_title(words)
    if found is None or found[1] in ("honorific", "spokesperson") or not " ".join(words).endswith(found[0]):
        return None  # the title must head the speaker ("the bank's governor", not "a governor's aide")
    earlier = {m.actor_key for m in actors.mentions if m.char_end <= sp.start}
    # the role carries the title and no modifier the speaker lacks (a "Deputy Governor" is no "governor")
    fits = [a for a in actors.actors if a.actor_type == "person" and a.key in earlier and a.role
            and f" {found[0]} " in f" {a.role.lower()} "
            and not any(roles.titles().get(w) == "modifier" and w not in words for w in a.role.lower().split())]
    return fits[0].key if len(fits) == 1 else None


def _name_words(text: str) -> set[str]:
    """The capitalised words of a name that are not titles ('President Jane Doe' -> {'jane', 'doe'})."""
    words = re.findall(r"[A-Z][\w'\u2019-]*", text)
    return {w.lower() for w in words if w.lower() not in roles.title_words() and w.lower() not in HONORIFICS
            and w.lower() not in ARTICLES}


def _whole_name(actors: ActorAnalysis, sp: Speaker, key: str) -> str | None:
    """The linked person must carry every name word of the speaker; another person of the article who
    does is taken instead ('Jane Doe' is never 'John Doe'); a bare surname two people of the article share
    goes to the one whose role the speaker's title names, else stays unlinked."""
    actor = actors.get(key)
    if actor is None or actor.actor_type != "person":
        return key
    words = _name_words(sp.name)
    if not words:
        return key
    people = [a for a in actors.actors if a.actor_type == "person"]
    fits = [a for a in people if words <= _name_words(a.name)]
    if actor in fits and len(fits) == 1:
        return key
    if not fits:
        return key  # a name the actor analysis knows better (a nickname, a spelling): keep its link
    if len(fits) == 1:
        return fits[0].key
    title = {w.lower() for w in sp.name.split()} & roles.title_words()
    by_role = [a for a in fits if a.role and title & set(a.role.lower().split())]
    if len(by_role) == 1:
        return by_role[0].key
    return key if actor in fits and len(words) > 1 else None


def _named_person(actors: ActorAnalysis, sp: Speaker) -> str | None:
    """A name with no mention of its own ("Okafor said" where the analysis missed the surname): the one
    person of the article who carries every name word of it; none when two do (a shared surname)."""
    words = _name_words(sp.name)
    if not words:
        return None
    fits = [a for a in actors.actors if a.actor_type == "person" and words <= _name_words(a.name)]
    return fits[0].key if len(fits) == 1 else None


def _pronoun_antecedent(actors: ActorAnalysis, sp: Speaker) -> str | None:
    """The nearest earlier mention, within `PRONOUN_WINDOW` characters, of an actor the pronoun can
    stand for: he/she a person (not one of the other sex by first name), they a group or body, it a body."""
    entry = coref.pronoun_table().get(sp.text.lower())
    if entry is None:
        return None
    number, gender, animacy = entry
    if animacy == "person" and number == "singular":
        types = {"person"}
    elif number == "plural":
        # news calls a country "it"; a plural "they" near a country's name is its people or officials,
        # whom the country's actor does not stand for (unless it was last named as its government)
        types = {"group", "organization", "state"}
    else:
        types = {"organization", "state"}
    best = None
    for m in actors.mentions:
        if not (sp.start - PRONOUN_WINDOW <= m.char_start and m.char_end <= sp.start):
            continue
        actor = actors.get(m.actor_key)
        if actor is None or actor.actor_type not in types:
            continue
        if number == "plural" and actor.actor_type == "state" and not _government_mention(
                actors, m.actor_key, sp.start):
            continue
        if gender in ("male", "female") and first_name_gender(actor.name) not in (None, gender):
            continue
        if best is None or m.char_start > best.char_start:
            best = m
    return best.actor_key if best else None


def first_name_gender(name: str) -> str | None:
    """The gender of the name's first word from data/first_names.csv, or None when it is no known first name."""
    first = name.split()[0] if name.split() else ""
    return _first_names().get(first)


@functools.cache
def _first_names() -> dict[str, str]:
    return {r["name"].strip(): r["gender"].strip() for r in lexicons.rows("first_names")}
