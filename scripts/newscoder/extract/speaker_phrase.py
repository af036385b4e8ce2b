"""The speaker as a span of text: which words of the sentence name who speaks.

`Speaker` is a speaker's span with, inside it, its core (the name or head noun with its own modifiers)
that the actor link uses. `noun_phrase` builds one from the head token the speaker rules found
(`extract/speakers.py`): the subject's subtree without its clauses, dates and "in a statement" phrases,
trimmed of edge punctuation and never cut inside a word.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newscoder.extract import roles
from newscoder.extract.doctext import children_of, doc_text, doc_tokens

RELATIVE = {"who", "which", "that"}
# words kept with a speaker's head: "the agency", "US President Donald Trump", "Mike Hammer"
NP_LEFT_DEPS = {"compound", "det", "amod", "nmod", "nummod", "flat"}


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


def noun_phrase(head: Token) -> Speaker:
    """The speaker: the whole noun phrase of `head` ("the head of the agency", "Ann Lee, a teacher at
    the school") with, as its core, the name or head noun and its own modifiers, which the actor link uses."""
    subject = head
    whole_of = _partitive_whole(head)
    if whole_of is not None:
        head = whole_of  # "Some of the protesters": some members of the group, linked by the group
    core = _without_cue_word(_trim(_core_phrase(head)))
    text = doc_text(head.doc)
    cs, ce = _whole_words(text, core[0].idx, core[-1].idx + len(core[-1].text))
    kind = "pronoun" if core[-1].pos_ == "PRON" or head.pos_ == "PRON" else None
    whole = [] if kind == "pronoun" else _without_cue_word(_whole_phrase(subject, core))
    start, end = (_whole_words(text, whole[0].idx, whole[-1].idx + len(whole[-1].text)) if whole else (cs, ce))
    start, end = min(start, cs), max(end, ce)
    core_head = _core_head(core, head)
    kind = kind or ("name" if core_head.pos_ == "PROPN" or core_head.ent_type_ else "noun")
    if (start, end) == (cs, ce):
        return Speaker(text[cs:ce], cs, ce, kind)
    return Speaker(text[start:end], start, end, kind, cs, ce, text[cs:ce])


# quantifiers that name part of a group ("some of the protesters", "many of the residents")
PARTITIVES = {"some", "many", "most", "several", "all", "both", "few", "half", "none", "dozens", "hundreds",
              "thousands", "majority", "number", "rest"}


def _partitive_whole(head: Token) -> Token | None:
    """The plural noun a quantifier subject takes part of ("Some of the protesters" -> "protesters"): the
    speaker is that group's members, so its phrase is the speaker's core; None for anything else (a lone
    "some", "one of the victims": one person is no group)."""
    if head.lower_ not in PARTITIVES:
        return None
    of = next((c for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((g for g in children_of(of) if g.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.tag_ not in ("NNS", "NNPS") or obj.ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return None
    return obj


def _trim(toks: list[Token]) -> list[Token]:
    """Without punctuation or spaces at its edges (a closing parenthesis that has its opening stays)."""
    out = list(toks)
    while len(out) > 1 and (out[0].is_punct or out[0].is_space):
        out = out[1:]
    while len(out) > 1 and (out[-1].is_space or out[-1].is_punct and not (
            out[-1].text == ")" and any(t.text == "(" for t in out))):
        out = out[:-1]
    return out


def _without_cue_word(toks: list[Token]) -> list[Token]:
    """'Remarked Center for X scientist Ann Lee, "..."': the speech verb opening the sentence (which the
    parser may take into the name) is the cue, no word of the speaker."""
    from newscoder.extract.attribution import past_cue_form  # (attribution imports this module)

    if len(toks) > 1 and toks[0].text[:1].isupper() and past_cue_form(toks[0].text):
        prev = toks[0].doc[toks[0].i - 1] if toks[0].i > 0 else None
        if prev is None or prev.is_space or prev.text in (".", "!", "?") or toks[0].is_sent_start:
            return toks[1:]
    return toks


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
    first_appos = next((c.i for c in children_of(subject) if c.dep_ == "appos"), None)
    keep: set[int] = set()
    frontier = [subject]
    while frontier:
        t = frontier.pop()
        keep.add(t.i)
        for c in children_of(t):
            misread_cue = c.dep_ == "amod" and c.i > 0 and tokens[c.i - 1].is_punct  # '"..." tweeted Mayor X'
            if c.dep_ in CLAUSE_DEPS or c.pos_ in ("VERB", "AUX") and (c.dep_ != "amod" or misread_cue):
                continue
            if c.dep_ == "appos" and (c.left_edge.pos_ in ("VERB", "AUX") or c.i != first_appos):
                continue  # one apposition, to the subject itself ("Ann Lee, director of X"), not a chain
            if c.dep_ == "prep":
                objs = [g for g in children_of(c) if g.dep_ == "pobj"]
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
            pobj = [g for g in children_of(c) if g.dep_ == "pobj" and g.pos_ == "PROPN"]
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
