"""How a clause places its act in time, for dating events: its tense (past, pluperfect, a past reported in
the past, an indefinite past, a plan), the kind of clause a date hangs on (a clause's adverbial or a noun's
modifier; a main, relative or participle clause), the start of a standing role and a past period of office;
also where a date stands (inside quotation marks, after publication) and the first day of a resolved value.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from newscoder.extract.doctext import char_span, children_of
from newscoder.extract.events.clauses import _clause_head
from newscoder.extract.events.modality import is_reporting_verb
from newscoder.records import Article, Timex


def _first_day(value: str) -> dt.date | None:
    v = value.split("/", 1)[0].strip()
    try:
        if len(v) == 10:
            return dt.date.fromisoformat(v)
        if len(v) == 8 and v[4:6] == "-W":
            return dt.date.fromisocalendar(int(v[:4]), int(v[6:]), 1)
        if len(v) == 7:
            return dt.date(int(v[:4]), int(v[5:7]), 1)
        if len(v) == 4:
            return dt.date(int(v), 1, 1)
    except ValueError:
        return None
    return None


def _text_end(text: str, sent: Span) -> int:
    """Where the sentence's text ends, before the whitespace its span takes in."""
    return sent.start_char + len(text[sent.start_char : sent.end_char].rstrip())


_FUTURE_AUX = {"will", "'ll", "shall", "would"}
# verbs that start a standing role or state ("began serving", "took office", "became mayor")
# ("began a strike on 4 March" starts an activity, whose first day may be the next acts' too: not a role)
_ONSET_VERBS = {"become", "assume", "serve"}
_OFFICE_NOUNS = {"office", "power", "helm", "oath", "post", "seat"}


def _planned_date(t: Timex, doc: Doc) -> bool:
    """The date of what was to happen ("the council was due to vote on Tuesday", "would meet on Monday"): it
    tells a plan, not another act's day (a purpose clause, "went there to meet X on Monday", is not one)."""
    span = char_span(doc, t.char_start, t.char_end, alignment_mode="expand")
    return span is not None and _future_clause(span.root) and _clause_head(span.root).dep_ != "advcl"


def _onset_date(t: Timex, doc: Doc) -> bool:
    """The date a standing role began ("took office on 3 May 2021"): it tells no other day of the story."""
    span = char_span(doc, t.char_start, t.char_end, alignment_mode="expand")
    return span is not None and _period_onset(span.root)


def _period_onset(tok: Token) -> bool:
    """The date's clause starts a standing role: "began serving as ...", "took office", "became president",
    "served as mayor from ...", "assumed the presidency"."""
    verb = _clause_head(tok)
    if verb.lemma_.lower() in ("begin", "start"):  # "began serving as governor on ..."
        verb = next((c for c in children_of(verb) if c.dep_ == "xcomp"), verb)
    for _ in range(2):
        lemma = verb.lemma_.lower()
        if lemma in _ONSET_VERBS or lemma == "take" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _OFFICE_NOUNS for c in children_of(verb)):
            return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


_CONTINUING_PRONOUNS = {"it", "he", "she", "they"}


def _pronoun_subject(sent: Span) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _CONTINUING_PRONOUNS for c in children_of(sent.root))


def _future_clause(tok: Token) -> bool:
    verb = _clause_head(tok)
    return any(c.dep_ == "aux" and (c.lower_ in _FUTURE_AUX or c.lower_ == "to") for c in children_of(verb))


# nouns of a period in someone's life or office ("during his tenure", "during her time as mayor")
_PERIOD_NOUNS = {"time", "tenure", "term", "presidency", "vice-presidency", "premiership", "administration",
                 "career", "reign", "rule", "stint", "years", "days", "mandate", "governorship", "chairmanship",
                 "leadership", "childhood", "youth"}


def _in_past_period(tok: Token) -> str | None:
    """The words of a period of someone's past the clause (or one governing it) is set in: "during his time
    as vice president", "in her years as mayor", "while he was governor" (a possessive period or a "while"
    clause of being something, with no date of its own); else None."""
    verb = _clause_head(tok)
    for _ in range(4):
        for c in children_of(verb):
            if c.dep_ == "prep" and c.lower_ in ("during", "in", "throughout"):
                for g in children_of(c):
                    if g.dep_ == "pobj" and g.lemma_.lower() in _PERIOD_NOUNS and g.tag_ != "NNP" \
                            and any(d.dep_ == "poss" for d in children_of(g)):
                        return tok.doc[c.i : g.right_edge.i + 1].text
            if c.dep_ == "advcl" and c.lemma_ == "be" and c.tag_ == "VBD" and any(
                    d.dep_ == "mark" and d.lower_ == "while" for d in children_of(c)) \
                    and any(d.dep_ == "attr" for d in children_of(c)):
                return tok.doc[c.left_edge.i : c.right_edge.i + 1].text
        if verb.head.i == verb.i or verb.dep_ not in ("ccomp", "conj", "xcomp", "advcl"):
            return None
        verb = _clause_head(verb.head)
    return None


def _is_past(tok: Token) -> bool:
    # "was convicted", "had been arrested": a passive's auxiliary carries the tense
    return tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in children_of(tok))


# adverbs placing an act before the story's day without a date ("recently condemned", "had already agreed")
_BEFORE_ADVERBS = {"recently", "previously", "earlier", "already", "once", "formerly", "long", "originally"}


def _indefinite_past(tok: Token) -> bool:
    """An act told as an indefinite past, not the story's day: a present perfect ("both have alleged ..."), an
    adverb of an earlier time ("he recently condemned ..."), or the object of a present-tense report ("agencies
    believe the prince ordered ...": the belief is now, the act at some time before)."""
    cur = _clause_head(tok)
    if _reported_perfect(tok):
        return False
    for _ in range(6):
        if any(c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in children_of(cur)) \
                or any(c.dep_ == "advmod" and c.lower_ in _BEFORE_ADVERBS for c in children_of(cur)):
            return True
        if cur.head.i == cur.i or cur.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
        if cur.dep_ == "ccomp" and cur.head.tag_ in ("VBP", "VBZ"):
            return True
        cur = _clause_head(cur.head)
    return False


def _reported_perfect(tok: Token) -> bool:
    """A present perfect reported by a verb in the past tense ("she said she has asked for army help"): the
    act was done by the time of the report, the story's time, not an indefinite past."""
    cur = _clause_head(tok)
    if not any(c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in children_of(cur)):
        return False
    for _ in range(4):
        if any(c.dep_ == "advmod" and c.lower_ in _BEFORE_ADVERBS for c in children_of(cur)):
            return False
        if cur.dep_ == "ccomp":
            return cur.head.tag_ == "VBD" and is_reporting_verb(cur.head)
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            return False
        cur = _clause_head(cur.head)
    return False


_QUOTE_MARKS = ('"', "\u201c", "\u201d")


def _in_quotation_marks(text: str, at: int) -> bool:
    """An odd number of quotation marks between the paragraph's start and `at`."""
    para = text.rfind("\n", 0, at) + 1
    return sum(text.count(q, para, at) for q in _QUOTE_MARKS) % 2 == 1


def _pluperfect(tok: Token) -> bool:
    """ "had ordered", "had been arrested": the past before the past."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_head(tok)
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in children_of(verb))


# verbs that report an act as done, tried or failed at their own time ("tried to pressure X"): the act is told
# in their tense (a plan, "planned to visit", is not: its time is ahead)
_ATTEMPT_VERBS = {"try", "attempt", "manage", "fail"}


def _attempted(tok: Token) -> bool:
    """ "tried to pressure", "failed to stop": an act attempted in the past tense."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _ATTEMPT_VERBS and _is_past(tok.head)


def _backshifted(tok: Token) -> bool:
    """A pluperfect reported by a verb in the past tense ("a spokesman said the group had carried out the
    attack"): the reported speech's shift of a simple past, not the past before the story's past."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_head(tok)
    return verb.dep_ == "ccomp" and verb.head.tag_ == "VBD" and not any(
        c.dep_ == "advmod" and c.lower_ in _BEFORE_ADVERBS for c in children_of(verb))


def _not_after_publication(t: Timex, article: Article) -> bool:
    day, pub = _first_day(t.value), article.published_date
    return day is not None and (pub is None or day <= pub)


def _adverbial(root: Token) -> bool:
    """A date attached to a clause ("launched that September", "on Friday, police ..."), not a modifier
    of a noun ("the 2008 elections", "Monday's attack")."""
    tok = root
    for _ in range(4):
        if tok.dep_ in ("poss", "compound", "amod", "nummod") or tok.head.i == tok.i:
            return tok.head.i == tok.i and tok.pos_ in ("VERB", "AUX")
        head = tok.head
        if head.pos_ in ("VERB", "AUX"):
            return True
        if head.pos_ in ("NOUN", "PROPN", "PRON") and tok.dep_ != "pobj":
            return False
        tok = head
    return False


def _told_in_past(tok: Token) -> bool:
    """The act, or the report that carries it ("it added that it is willing to ..."), is told in the past
    tense: a reported act is dated when it was reported, as a date of the reporting clause would date it."""
    cur = _clause_head(tok)
    for _ in range(6):
        if _is_past(cur):
            return True
        # an -ing adjunct ("the court ruled, allowing ...", "a blast hit the town, killing three") is told in
        # the tense of the clause it hangs on
        # (so is an -ing clause reduced from a relative, "protesters carrying placards asking X to ...": what
        # the placards ask is told while the protesters march)
        if cur.head.i == cur.i or cur.dep_ not in ("ccomp", "xcomp", "conj", "acomp") \
                and not (cur.dep_ in ("advcl", "acl") and cur.tag_ == "VBG") and not _absolute_ing(cur):
            return False
        cur = _clause_head(cur.head)
    return False


# prepositions whose -ing clause tells an act of the same time as the clause it hangs on ("was adopted, with
# most members backing it"; "protested by blocking the road")
_SAME_TIME_PREPS = {"with", "without", "by"}


def _absolute_ing(verb: Token) -> bool:
    """An -ing clause under "with", "without" or "by" on a verb: told in that verb's tense."""
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in _SAME_TIME_PREPS \
        and verb.head.head.pos_ in ("VERB", "AUX")


def _in_relative(tok: Token, deps: tuple[str, ...] = ("relcl", "acl")) -> bool:
    """The token's clause is, or hangs on, a relative or reduced clause of a noun ("the territory, which was
    occupied in 1967", "the plane, built in 1977")."""
    cur = _clause_head(tok)
    for _ in range(6):
        if cur.dep_ in deps:
            return True
        if cur.head.i == cur.i:
            return False
        cur = _clause_head(cur.head)
    return False


def _in_background_clause(tok: Token) -> bool:
    """The token's clause is, or hangs on, a relative clause or a past participle of a noun ("the territory,
    which was occupied in 1967", "the plane, built in 1977"): background told in its own time. An -ing clause
    of a noun ("placards asking X to ...") is not: it is told at the time of the clause the noun is in."""
    cur = _clause_head(tok)
    for _ in range(6):
        if cur.dep_ == "relcl" or cur.dep_ == "acl" and cur.tag_ != "VBG" and not _time_clause(cur):
            return True
        if cur.head.i == cur.i:
            return False
        cur = _clause_head(cur.head)
    return False


_SAME_TIME_MARKS = {"when", "as", "while"}
# conjunctions of time: a clause they open is adverbial even when the parser hangs it on a noun
_TIME_MARKS = {"after", "before", "when", "while", "until", "once"}


def _time_clause(verb: Token) -> bool:
    """ "the statement after X spoke with Y": a clause opened by a conjunction of time that the parser hung on
    a noun is an adverbial clause of time, told in the time of the clause the noun is in, not a relative
    clause's background."""
    return any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in children_of(verb))



def _main_clause(tok: Token) -> bool:
    """The token's clause is a main clause, a coordinated or reported one, or an adverbial clause of the same
    time ("when", "as", an -ing or "to" clause): not a past participle ("Born in X on June 23, 1941, he ...") or
    a relative clause, whose date is its own."""
    cur = _clause_head(tok)
    for _ in range(6):
        if cur.head.i == cur.i:
            return True
        if cur.dep_ == "advcl" and (cur.tag_ != "VBN" or any(
                c.dep_ in ("mark", "advmod") and c.lower_ in _SAME_TIME_MARKS for c in children_of(cur))):
            pass  # "When announcing it on Monday, X ...", "To modernize, in 2018, X ...": the same time
        elif cur.dep_ not in ("conj", "parataxis", "ccomp"):
            return False
        cur = _clause_head(cur.head)
    return False


# units of a distance in time long enough to put a clause on another day than the clause it hangs on ("days
# after", "two weeks before"); hours and minutes usually stay on the same day
_DAY_UNITS = {"day", "week", "month", "year", "decade"}
_DISTANCE_MARKS = {"after", "before", "since"}


def _distanced(tok: Token) -> bool:
    """The act is told in a clause set a measured time apart from the clause it hangs on ("X said on Sunday
    ..., days after he threatened Y", "ruled on Monday, two weeks after Z sued"): the governing clause's date
    is by the text's own words not the act's."""
    clause = tok
    for _ in range(6):
        while clause.dep_ in ("xcomp", "conj", "aux") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in _DISTANCE_MARKS for c in children_of(clause)) \
                and any(c.dep_ == "npadvmod" and c.lemma_.lower() in _DAY_UNITS for c in children_of(clause)):
            return True
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _subject_words(tok: Token) -> frozenset[str] | None:
    """The names in the subject of the token's clause (its nouns when it names no one), through coordinated
    verbs sharing the first one's subject ("X would have faced Y but resigned"); None for a pronoun or a
    clause without a subject: who acts is then not told apart."""
    verb = _clause_head(tok)
    subj = None
    for _ in range(4):
        subj = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            break
        verb = _clause_head(verb.head)
    if subj is None or subj.pos_ == "PRON":
        return None
    words = list(subj.subtree)
    names = {w.lower_ for w in words if w.pos_ == "PROPN"}
    return frozenset(names or {w.lower_ for w in words if w.pos_ == "NOUN"}) or None


def _other_subject(a: Token, b: Token) -> bool:
    """The two tokens' clauses have subjects that share no name (nor noun): acts of different parties."""
    sa, sb = _subject_words(a), _subject_words(b)
    return sa is not None and sb is not None and not sa & sb


def _contrasted_sequel(tok: Token) -> bool:
    """The act's clause is followed, after "but", by a past clause of another party ("X sued Y, but the judge
    dismissed the suit"): the sentence tells two acts of different times, the later one last, so a date told
    around it (on another clause or in an earlier sentence) is the sequel's as often as the act's."""
    verb = _clause_head(tok)
    if verb.dep_ == "conj":
        return False  # (the last conjunct is the sequel itself)
    conjs = [c for c in children_of(verb) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > tok.i]
    # (the "but" joining the two clauses stands between them: not one inside the sequel, "for X but against Y")
    buts = [c.i for c in children_of(verb) if c.dep_ == "cc" and c.lower_ == "but"]
    return any(_is_past(c) and _other_subject(c, verb) and any(verb.i < b < c.i for b in buts + [
        d.i for d in children_of(c) if d.dep_ == "cc" and d.lower_ == "but"]) for c in conjs)
