"""Reporting cues and their content, read off the spaCy dependency parse.

A cue is a reporting verb from `data/reporting_verbs.csv` ("said", "told", "insists") or the phrase
"according to"; its reported content is the verb's clausal complement. Who speaks is decided in
`extract/speakers.py` (and its sibling `speaker_*` modules).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newscoder import lexicons
from newscoder.extract.doctext import children_of, doc_column, doc_text, doc_tokens
from newscoder.extract.speaker_phrase import Speaker

# naming verbs whose past participle labels a thing ("a tactic known as", "a process called X")
PARTICIPLE_NAMES = lexicons.words("naming_verbs", "lemma", participle_names="yes")


@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str
    pos: str  # verb | noun | prep | label (a noun naming a quoted text: "the slogan")
    kind: str  # speech | writing | thought | source | text
    cameo_hint: str
    plover_hint: str
    object_to: str  # "yes" when "V someone to do X" reports speech (warn, urge, tell)


@functools.cache
def reporting_lexicon() -> dict[tuple[str, str], Verb]:
    """(lemma, pos) -> lexicon row, from the data file the events extractor also reads."""
    rows = [Verb(**{k: (v or "").strip() for k, v in r.items()}) for r in lexicons.rows("reporting_verbs")]
    return {(r.lemma, r.pos): r for r in rows}


# "called on X to", "called for X": a request, never the "called" that names ("a process called X")
PHRASAL_PARTICLES = {"on", "upon", "for"}
_IRREGULAR_PAST = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak", "thought": "think"}


def past_cue_form(word: str) -> bool:
    """"Remarked", "Said", "Added": a word written as the past tense of a speech verb of the lexicon (the
    tagger may read it as a proper noun when it opens a sentence before a name)."""
    low = word.lower()
    if low in _IRREGULAR_PAST:
        return (_IRREGULAR_PAST[low], "verb") in reporting_lexicon()
    if not low.endswith("ed") or len(low) < 5:
        return False
    stems = {low[:-2], low[:-1], low[:-3] + "y" if low.endswith("ied") else low[:-2]}
    return any((s, "verb") in reporting_lexicon() for s in stems)


_last_cues: tuple[Doc, dict[int, Verb | None]] | None = None


def cue_entry(tok: Token) -> Verb | None:
    """The lexicon row when `tok` is a speech or writing verb (thought verbs are not quotes)."""
    # speed: the quote rules ask about the same words many times over (about 46k calls per 500 articles);
    # the answers are kept for the last Doc, whose parse never changes, like `doctext.children_of`
    global _last_cues
    doc = tok.doc
    last = _last_cues
    if last is None or last[0] is not doc:
        last = _last_cues = (doc, {})
    i = tok.i
    try:
        return last[1][i]
    except KeyError:
        entry = last[1][i] = _cue_entry(tok)
        return entry


def _cue_entry(tok: Token) -> Verb | None:
    if tok.pos_ not in ("VERB", "AUX") and not (tok.tag_.startswith("VB")):
        return None
    # (after a closing mark, an "amod" is the parser misreading an inverted cue: '"..." tweeted Mayor X')
    amod = tok.dep_ == "amod" and tok.i > 0 and not tok.doc[tok.i - 1].is_punct
    naming = tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in PARTICIPLE_NAMES and not any(
        c.lower_ in PHRASAL_PARTICLES and c.i == tok.i + 1 for c in children_of(tok))  # "called on cyclists to ..."
    if amod or naming:
        return None  # "the stated aim", "a process called X": a participle describing a noun reports nothing
    lemma = tok.lemma_.lower()
    entry = reporting_lexicon().get((lemma, "verb"))
    # a phrasal verb is its own row ("shot back", "hit back": a retort), read before the bare verb
    tokens = doc_tokens(tok.doc)
    nxt = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
    if nxt is not None and nxt.dep_ in ("prt", "advmod") and nxt.head.i == tok.i:  # speed: children only then
        for prt in (c.lower_ for c in children_of(tok) if c.dep_ in ("prt", "advmod") and c.i == tok.i + 1):
            entry = reporting_lexicon().get((f"{lemma} {prt}", "verb"), entry)
    if entry is None and lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in children_of(tok)):
        entry = reporting_lexicon().get(("put it", "verb"))  # "as the minister put it"
    if entry is None or entry.kind == "thought":
        return None
    return entry


def _relative_clause(cue: Token, verb: Token) -> bool:
    """"commented on the matter, which the paper noted as rare": a clause after the cue opened by a relative
    pronoun describes the noun before it (the parser may hang it on the cue), it is not what was said."""
    first = verb.left_edge
    return first.i > cue.i + 1 and first.tag_ in ("WDT", "WP", "WP$") and first.lower_ != "what" \
        and verb.doc[first.i - 1].is_punct


def relative_object(cue: Token) -> bool:
    """'the move, which the paper noted as unusual': the cue's object is the relative pronoun, so what was
    said is the noun before it, never a quote that follows."""
    return any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") and c.lower_ != "what" and c.i < cue.i
               for c in children_of(cue))


# dependents that show a clause has its own subject or is introduced by a conjunction
SUBJ_OR_MARK = {"nsubj", "nsubjpass", "expl", "csubj", "mark"}


def complement_of(cue: Token) -> list[Token] | None:
    """The reported content of a cue verb: its clausal complement, or `V someone to ...`."""
    # a clause before the cue that a colon (or semicolon) closes is the narrator's lead-in, not the content:
    # 'X noted a risk: Y remarked, "..."'
    if relative_object(cue) and _set_off(cue):
        return None  # "X commented — which the paper noted as rare —": the pronoun's noun is what was noted
    comp = [c for c in children_of(cue) if c.dep_ == "ccomp"
            and not (c.i < cue.i and any(t.text in (":", ";") for t in cue.doc[c.right_edge.i + 1 : cue.i]))
            and not _relative_clause(cue, c)]
    if not comp or comp[0].i < cue.i:
        mid = _parenthetical(cue)
        if mid is not None:
            return mid
    entry = cue_entry(cue)
    if not comp and entry is not None and entry.object_to == "yes":
        # "urged Havana to ...", and "called on the ministry to ...": the one addressed after "on"/"upon"
        has_object = any(c.dep_ in ("dobj", "dative") or c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")
                         and any(g.dep_ == "pobj" for g in children_of(c)) for c in children_of(cue))
        comp = [c for c in children_of(cue) if c.dep_ == "xcomp"] if has_object else []
    if not comp:
        # "said in a statement that it was ...": the parser hangs the that-clause on the noun
        # (not 'announced X, following staff concerns that ...': the circumstance's clause is someone else's)
        comp = [a for p in children_of(cue) if p.dep_ == "prep" and p.lower_ in MEDIUM_PREPS
                for o in children_of(p) if o.dep_ == "pobj"
                for a in children_of(o) if a.dep_ in ("acl", "relcl") and a.i > o.i
                and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < a.i for m in children_of(a))]
    if not comp and cue.dep_ == "parataxis" and cue.head.i < cue.i:
        # "Police arrested 200 people, the commission said, and demanded ...": the clause before the cue
        first = cue.left_edge.i
        toks = [t for t in cue.head.subtree if t.i < first]
        semis = [k for k, t in enumerate(toks) if t.text == ";"]
        if semis:  # "The database had no record; the website noted ...": the content starts after the ";"
            toks = toks[semis[-1] + 1 :]
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            if toks[-1].text == ":":
                return None  # 'X noted Y: Z said, "..."': a colon frame before the cue, not its content
            toks = toks[:-1]
        return toks or None
    if not comp and cue.dep_ in ("parataxis", "advcl") and cue.head.i > cue.i and _set_off(cue):
        # "The museum, the mayor said, will open in May": the sentence around a parenthetical cue
        inner = {t.i for t in cue.subtree}
        toks = [t for t in cue.head.subtree if t.i not in inner]
        while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ == "cc"):
            toks = toks[1:]
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks = toks[:-1]
        return toks if toks and toks[0].i < cue.i else None
    if not comp and cue.lemma_.lower() == "call":
        # "called for a ceasefire": the demand is the object of "for"
        comp = [o for p in children_of(cue) if p.dep_ == "prep" and p.lower_ == "for" and p.i == cue.i + 1
                for o in children_of(p) if o.dep_ == "pobj" and len(list(o.subtree)) > 1]
    if not comp:
        return None
    if comp[0].dep_ == "ccomp" and comp[0].i > cue.i:
        # "stated 12 were rescued, and three each from the guard", "announced X, and that Y": a list item or a
        # second that-clause the parser hangs on the cue continues the content (not "and denied X": a verb
        # without "that" is another act of the speaker's)
        comp = comp + [c for c in children_of(cue) if c.dep_ == "conj" and c.i > comp[0].i and (
            c.pos_ in ("NUM", "NOUN", "PROPN") or any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))
            or _reported_conjunct(cue, c))]
    toks = sorted(t for c in comp for t in c.subtree)
    if comp and comp[0].dep_ == "ccomp" and toks[0].i > cue.i:
        # a misparsed clause subject ("said moving house twice a year is tiring") hangs off the cue
        extra = [c for c in children_of(cue) if c.dep_ in ("xcomp", "csubj") and cue.i < c.i < toks[0].i]
        # "indicated a fraud probe is ongoing": the parser took the clause's subject for the cue's object;
        # an object right before a clause with no subject of its own is that clause's subject
        # (not after a verb whose object is the one addressed: "told our reporter the ship had sunk")
        entry = cue_entry(cue)
        if entry is not None and entry.object_to != "yes" and not any(c.dep_ in SUBJ_OR_MARK
                                                                       for c in comp[0].children):
            extra += [c for c in children_of(cue) if c.dep_ == "dobj" and c.right_edge.i + 1 == toks[0].i]
        toks = sorted({*toks, *(t for c in extra for t in c.subtree)}, key=lambda t: t.i)
    # "said Sunday her administration ...": a date right after the cue belongs to the cue
    if toks and toks[0].i > cue.i:
        n = 0
        while n < len(toks) and toks[n].ent_type_ in ("DATE", "TIME") and toks[n].i <= cue.i + 3:
            n += 1
        if n < len(toks) and toks[n].dep_ != "case":  # "said Monday's vote was rigged": the vote's day
            toks = toks[n:]
        toks = _without_leading_time(toks)
    # drop the complementizer / infinitive marker and edge punctuation ("that", "to", ",")
    while toks and (toks[0].dep_ in ("mark", "aux") and toks[0].lower_ in ("that", "to", "whether", "if")
                    or toks[0].is_punct and toks[0].text not in "\"\u201c'\u2018" or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct and toks[-1].text not in "\"\u201d'\u2019" or toks[-1].is_space):
        if toks[-1].text == ")" and paren_open(toks):
            break  # 'from the European Union (EU)': the parenthesis the content opened closes it
        toks = toks[:-1]
    if toks and toks[-1].i + 1 < len(cue.doc) and cue.doc[toks[-1].i + 1].text == ")" and paren_open(
            [*toks, cue.doc[toks[-1].i + 1]]):
        toks = [*toks, cue.doc[toks[-1].i + 1]]  # the parser hung the closing parenthesis higher up
    return toks or None


def paren_open(toks: list[Token]) -> bool:
    """More '(' than ')' before the last token: a closing parenthesis there belongs to the content."""
    depth = 0
    for t in toks[:-1]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


MEDIUM_PREPS = {"in", "at", "on", "during", "via", "through", "with", "to", "into"}  # 'said in a statement that'
MODALS = {"would", "could", "might", "should", "will", "can", "may", "'d"}


def _reported_conjunct(cue: Token, verb: Token) -> bool:
    """'stated she was not interested, but would accept it': a verb joined to a past-tense cue that shares
    its subject and carries a backshifted modal continues the reported clause (what the speaker said
    they would do), not another act of the speaker's; a cue of its own ('but would not say why') is
    one unless negated ('but would not answer questions': part of what was said)."""
    if verb.pos_ not in ("VERB", "AUX") or cue.tag_ not in ("VBD", "VBN"):
        return False
    kids = list(children_of(verb))
    if any(k.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for k in kids):
        return False
    if not any(k.dep_ == "aux" and k.lower_ in MODALS for k in kids):
        return False
    return cue_entry(verb) is None or any(k.dep_ == "neg" for k in kids)


TIME_PREPS = {"on", "in", "at", "during"}  # "said on Monday ...": the day of the saying


def _without_leading_time(toks: list[Token]) -> list[Token]:
    """'told a briefing last night the school year would start later': a time phrase opening the
    complement as an adverbial (not its subject, not "Monday's vote") dates the saying, not the content."""
    n = 0
    # 'said on Monday they believe ...': a preposition that only dates (its object a date) opens the same way
    lead = toks[0].dep_ == "prep" and toks[0].lower_ in TIME_PREPS and len(toks) > 1
    if lead:
        n = 1
    while n < len(toks) and toks[n].ent_type_ in ("DATE", "TIME"):
        n += 1
    if lead and (n == 1 or toks[0].head.pos_ not in ("VERB", "AUX")
                 or any(t.i > toks[n - 1].i for t in toks[0].subtree) or n < len(toks) and toks[n].text == ","):
        return toks  # 'on the day of the vote': more than a date; 'in May, the firm ...': the content's own
    if lead and n < len(toks):
        rest = toks[n:]
        return rest if any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i == toks[0].head.i
                           for t in rest) else toks
    if n == 0 or n == len(toks):
        return toks
    run = {t.i for t in toks[:n]}
    heads = [t for t in toks[:n] if t.head.i not in run]
    if len(heads) != 1 or heads[0].dep_ not in ("npadvmod", "advmod", "tmod") or heads[0].head.pos_ not in (
            "VERB", "AUX"):
        return toks
    rest = toks[n:]
    return rest if any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in rest) else toks


# the dependents that make up an attribution clause of its own: who, to whom, when, where, how
OWN_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "prep", "npadvmod", "advmod", "agent", "aux", "auxpass", "prt"}
COMMAS = (",", "\u2014", "--")
CLAUSE_HEADS = {"ROOT", "parataxis", "advcl", "ccomp"}  # how the parser hangs ', the mayor said,'
MAX_CLAUSE = 25  # tokens: a longer clause between commas is narration of its own


def _parenthetical(cue: Token) -> list[Token] | None:
    """A cue with its own clause set off by commas in the middle of a sentence ('The plant will close,
    the firm said in a statement, and 200 jobs will go'): the whole sentence around the clause reports
    what was said (PARC and PolNeAR annotate it so), whatever the parser hung on the cue."""
    doc = cue.doc
    toks = doc_tokens(doc)
    if cue.dep_ not in CLAUSE_HEADS or not any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT")
                                                  and c.lower_ != "that" for c in children_of(cue)):
        return None  # 'who joked', 'they were criticized for ...': a relative clause or a passive
    # a participle clause on the cue is the speaker's own ("Speaking to the BBC, he said, ..."); a clause
    # with a conjunction ("Because funds ran out, the report said, ...") is content the parser hung there
    own = [cue, *(t for c in children_of(cue) if c.dep_ in OWN_DEPS or c.dep_ == "advcl" and not any(
        m.dep_ == "mark" for m in children_of(c)) for t in c.subtree)]
    left, right = min(t.i for t in own), max(t.i for t in own)
    if right - left + 1 != len(own) or len(own) > MAX_CLAUSE or left < 2 or right + 2 >= len(doc):
        return None  # not one unbroken clause
    if toks[left - 1].text not in COMMAS or toks[right + 1].text not in COMMAS:
        return None
    sent = cue.sent
    before = [t for t in toks[sent.start : left - 1]]
    after = [t for t in toks[right + 2 : sent.end]]
    if sum(t.is_alpha for t in before) < 2 or sum(t.is_alpha for t in after) < 2:
        return None
    if any(cue_entry(t) is not None and t.head.i == cue.i for t in after):
        return None  # '..., he said, adding that ...': a second cue of the same speaker, not content
    inside = {t.i for t in after}
    if any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.i not in inside
           and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(t)) for t in after):
        return None  # '..., the mayor said, and called for an inquiry': whose act that is, is unclear
    # a semicolon ends a clause: 'Two cars collided; oil, firefighters said, leaked': only the clause the
    # cue stands in is what was said
    semi = [k for k, t in enumerate(before) if t.text == ";"]
    before = before[semi[-1] + 1 :] if semi else before
    semi = [k for k, t in enumerate(after) if t.text == ";"]
    after = after[: semi[0]] if semi else after
    if sum(t.is_alpha for t in before) < 1:
        return None
    while after and (after[-1].is_punct and after[-1].text not in "\"\u201d'\u2019" or after[-1].is_space):
        after.pop()
    while before and (before[0].is_punct and before[0].text not in "\"\u201c'\u2018" or before[0].is_space):
        before = before[1:]
    return before + after


def _set_off(cue: Token) -> bool:
    """The cue's own clause stands between commas (or dashes): ', the mayor said,'."""
    doc = cue.doc
    toks = doc_tokens(doc)
    words = [t.i for t in cue.subtree if not t.is_punct]
    left, right = min(words), max(words)
    before = toks[left - 1].text if left > 0 else ""
    after = toks[right + 1].text if right + 1 < len(doc) else ""
    return before in (",", "\u2014", "--") and after in (",", "\u2014", "--")


def according_to(doc: Doc | Span) -> list[tuple[Token, Token, list[Token]]]:
    """(cue 'according', source head, content tokens) for every 'according to X' phrase."""
    out = []
    if isinstance(doc, Doc) and "according" not in doc_text(doc).lower():
        return out  # speed: most articles have none
    if isinstance(doc, Doc):  # speed: a Token only for the words "according"
        tokens = doc_tokens(doc)
        words = [tokens[i] for i, low in enumerate(doc_column(doc, "lower_")) if low == "according"]
    else:
        words = doc
    for tok in words:
        if tok.lower_ != "according" or tok.dep_ != "prep":
            continue
        to = [c for c in children_of(tok) if c.lower_ == "to"]
        src = [g for c in to for g in children_of(c) if g.dep_ == "pobj"]
        if not src:
            continue
        # "according to Vermont Senator Paul Hale": the parser may split the name off the place
        src += [c for c in children_of(tok) if c.dep_ in ("pobj", "nsubj", "appos") and c.pos_ in ("PROPN", "NOUN")]
        src = sorted(src, key=lambda t: (t.ent_type_ != "PERSON", t.ent_type_ not in ("PERSON", "ORG")))
        phrase = {t.i for t in tok.subtree}
        head = tok.head
        while head.pos_ not in ("VERB", "AUX") and head.head is not head and head.dep_ != "ROOT":
            head = head.head  # "36 minutes after the attack, according to police": the whole clause
        while head.dep_ == "conj" and head.head.i < head.i < tok.i and not any(
                c.dep_ in SUBJ_OR_MARK for c in children_of(head)):
            head = head.head  # "Rates rose in May and fell 4% according to X": the verbs share the subject
        clause = [t for t in head.subtree if t.i not in phrase]
        before = [t for t in clause if t.i < tok.i]
        after = [t for t in head.subtree if t.i > max(phrase) and t.is_alpha]
        if head.i < tok.i and after and _only_frame(head, before):
            # 'The judge decided, according to the summary, "that ..."': before the phrase stand only a
            # speaker and a cue; the phrase names where their words were read, the content is the cue's
            # (words of the cue's clause follow the phrase; 'fighting continued overnight, according to
            # residents' is a whole statement before it)
            continue
        semis = [t.i for t in before if t.text == ";"]
        if semis:  # 'Four were on board; according to police, one died': the clause after the semicolon
            clause = [t for t in clause if t.i > semis[-1]]
            before = [t for t in before if t.i > semis[-1]]
        inside = {t.i for t in before}
        # (the parser may tag the verb of such a clause an adjective: "while few fans own a costume")
        has_clause = any(any(c.dep_ in ("nsubj", "nsubjpass") and c.i in inside for c in children_of(t))
                         for t in before)
        if sum(t.is_alpha for t in before) >= 2 and (head.i < tok.i or has_clause):
            # (not 'Port officials, according to the Gazette, have noted ...': a subject alone is no content)
            # 'The road closed at noon, according to police, and crews arrived later': the source vouches
            # for what comes before the phrase; the narration after it is the reporter's
            clause = before
            words = [t for t in before if t.is_alpha]
            if words and words[-1].pos_ == "AUX" and words[-1].i == min(phrase) - 2:
                # 'One pupil was, according to the school, among the injured': the clause is cut at its
                # verb; what the source vouches for runs on after the phrase, to the end of the sentence
                # (the parser may hang that rest on "according": only the "to" phrase is the source)
                source_end = max(t.i for c in to for t in c.subtree)
                clause = before + [t for t in tok.doc[source_end + 1 : tok.sent.end]]
        while clause and (clause[0].is_punct or clause[0].is_space):
            clause = clause[1:]
        clause = _without_source_name(clause, phrase, src[0])
        while clause and (clause[-1].is_punct or clause[-1].is_space):
            clause = clause[:-1]
        if clause:
            out.append((tok, src[0], clause))
    return out


def _without_source_name(clause: list[Token], phrase: set[int], src: Token) -> list[Token]:
    """'according to the city's mayor, Ann Lee, the roads were shut': the name set off by commas right after
    a described source is that source's, not the content's subject (the parser may read it as one)."""
    if not clause or src.pos_ != "NOUN" or clause[0].i - 2 not in phrase or not clause[0].nbor(-1).is_punct:
        return clause
    j = 0
    while j < len(clause) and clause[j].pos_ == "PROPN" and clause[j].i == clause[0].i + j:
        j += 1
    if not 1 <= j <= 4 or j + 1 >= len(clause) or clause[j].text != "," or clause[j].i != clause[0].i + j:
        return clause
    rest = clause[j + 1 :]
    while rest and (rest[0].is_punct or rest[0].is_space):
        rest = rest[1:]
    return rest if sum(t.is_alpha for t in rest) >= 2 else clause


def _only_frame(head: Token, before: list[Token]) -> bool:
    """The words are the cue verb `head`, its subject and its own adverbs or auxiliaries: no content."""
    if cue_entry(head) is None and head.lemma_.lower() not in FRAME_VERBS:
        return False
    frame = {head.i} | {t.i for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass", "aux", "advmod", "neg")
                        for t in c.subtree}
    return bool(before) and all(t.i in frame or t.is_punct or t.is_space for t in before)


FRAME_VERBS = {"decide", "rule", "find", "conclude", "hold", "determine"}  # a court's or panel's finding


@functools.cache
def _foreign_cues(language: str) -> re.Pattern[str] | None:
    """A pattern for '<cue> <Name>' in a language the parser cannot read, from
    data/reporting_verbs_multilingual.csv ('dijo Burtón', 'a déclaré Dupont')."""
    forms = [r["form"].strip() for r in lexicons.rows("reporting_verbs_multilingual")
             if r["language"].strip() == language]
    if not forms:
        return None
    alts = "|".join(re.escape(x) for x in sorted(forms, key=len, reverse=True))
    name = r"[^\W\d_][\w'\u2019.-]*"
    return re.compile(rf"[\s,]*(?P<cue>{alts})\s+(?P<name>{name}(?:\s+{name}){{0,3}})")


def foreign_trailing_cue(text: str, pos: int, language: str) -> tuple[tuple[int, int], Speaker] | None:
    """The cue span and speaker of a trailing attribution at `pos` ('", dijo Burtón.') in a non-English
    article: a listed reporting verb followed by capitalised words, read without a parse."""
    pattern = _foreign_cues(language.lower()[:2])
    m = pattern.match(text, pos) if pattern else None
    if m is None:
        return None
    words = [w for w in re.finditer(r"\S+", text[m.start("name") : m.end("name")])]
    keep = 0
    while keep < len(words) and words[keep].group()[:1].isupper():
        keep += 1
    if keep == 0:
        return None
    start = m.start("name")
    end = start + words[keep - 1].end()
    while end > start and text[end - 1] in ".,":
        end -= 1
    return (m.start("cue"), m.end("cue")), Speaker(text[start:end], start, end, "name")
