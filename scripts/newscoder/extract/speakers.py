"""Who said it, read off the syntax of the cue: the rules that find a quote's speaker from its cue verb.

Order of evidence, strongest first:
1. syntax (this module): the subject of the cue verb (climbing conjoined and subordinate verbs when the
   cue has none), the agent of a passive cue, the object of 'quoted X as saying', the noun phrase after
   an inverted cue ('said the minister'), the author of a statement-like subject, the source of
   "according to";
2. layout (`extract/speaker_layout.py`): a colon frame ('The senator opposed the plan: "..."'), interview
   labels, a name closing the paragraph after a dash or a pull quote ('- Jane Doe');
3. carry-over (`extract/speaker_carry_over.py`): a direct quote with no cue takes the speaker of the rest
   of its passage, of the previous quote in its paragraph, or, for a paragraph that is nothing but a
   quote, of the previous paragraph's.
The speaker's words are a `Speaker` span (`extract/speaker_phrase.py`). A speaker is linked to the actor
whose mention covers it (`extract/speaker_actor.py`); pronoun mentions are linked to their antecedents by
the actor analysis (`extract/mentions.py`, `extract/coref.py`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.attribution import cue_entry, reporting_lexicon
from newscoder.extract.deps import SUBJECT_DEPS
from newscoder.extract.doctext import children_of, doc_tokens
from newscoder.extract.speaker_phrase import RELATIVE, Speaker, noun_phrase
from newscoder.extract.text_authors import is_text_noun

if TYPE_CHECKING:
    from newscoder.extract.quote_context import QuoteContext

# links we climb from a cue without a subject to the clause that has one
CLIMB_DEPS = {"conj", "xcomp", "advcl", "acl", "relcl", "dobj", "pobj", "prep", "pcomp"}
DEMONSTRATIVES = {"this", "that", "these", "those"}
# cues whose object is the one addressed: the noun right after them is never an inverted speaker
ADDRESSEE_CUES = {"tell", "ask", "urge", "inform", "warn", "remind", "assure", "advise", "notify", "brief"}
# verbs whose object clause is something made to happen to someone: 'have the driver released'
CAUSATIVES = {"have", "get", "make", "let", "see", "want"}
# nouns naming a piece of a text: "part of the statement reads" is the statement speaking
PARTS = {"part", "portion", "excerpt", "section", "passage", "extract", "rest", "remainder"}
SOURCE_PRONOUNS = {"he", "she", "they", "we", "i"}


@lru_cache(maxsize=1)
def _speaking_nouns() -> frozenset[str]:
    """Common nouns that name someone who can speak: people by role, groups, bodies."""
    return (lexicons.words("agent_nouns", "word") | lexicons.words("group_nouns", "noun")
            | lexicons.words("body_nouns", "noun") | lexicons.words("follower_nouns", "noun")
            | lexicons.words("national_group_nouns", "noun") | lexicons.words("company_words", "noun")
            | lexicons.words("government_nouns", "word") | lexicons.words("gendered_words", "word")
            | lexicons.words("speaker_words", "word", kind="person")
            | lexicons.words("speaker_words", "word", kind="research") | roles.title_words())


def can_speak(head: Token) -> bool:
    """Whether a subject's head may be a speaker: a pronoun, a name, a named entity, a text (statement,
    report), or a noun for a person, group or body. 'Election implications' is none of these."""
    if head.pos_ in ("PRON", "PROPN") or head.ent_type_ or is_text_noun(head):
        return True
    if any(c.dep_ == "poss" for c in children_of(head)):
        return True  # 'his daughter', 'the party's office': someone's relation or office may speak
    words = _speaking_nouns()
    return head.lower_ in words or head.lemma_.lower() in words


def _passive_agent(verb: Token) -> Token | None:
    """The agent of a passive verb whose subject cannot speak: 'The implications were described by the
    mayor as grave, saying ...' - the one saying is the mayor, the doer of the verb the participle hangs on."""
    subj = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
    if not subj or can_speak(subj[0]):
        return None
    return next((g for c in children_of(verb) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"), None)


def speaker_of(cue: Token) -> Speaker | None:
    """The subject of a cue verb, climbing up through conjoined/subordinate verbs."""
    agent = [g for c in children_of(cue) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"]
    if agent:  # "was told by the minister": the agent of a passive cue speaks
        return noun_phrase(agent[0])
    quoted = quoted_as(cue)
    if quoted is not None:  # 'the paper quoted the minister as saying': the minister's words
        return noun_phrase(quoted)
    text_subject = _misread_text_subject(cue)
    if text_subject is not None:
        return noun_phrase(_author(text_subject))
    misread = misread_object_subject(cue)
    if misread is not None:
        return noun_phrase(misread)
    tok: Token | None = cue
    for _ in range(6):
        if tok is None:
            break
        # the parser may hang the subject on an auxiliary ('The EU has been urging ...')
        subj = [c for c in children_of(tok) if c.dep_ in SUBJECT_DEPS] or [
            c for a in children_of(tok) if a.dep_ in ("aux", "auxpass") for c in children_of(a)
            if c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE]
        # 'told it this was unconfirmed and noted ...': a demonstrative pronoun stands for a thing said,
        # never for a speaker; the speaker is the subject further up
        # (not a relative "that", not "those close to him": a demonstrative with modifiers is people)
        shown = [c for c in subj if c.lower_ in DEMONSTRATIVES and c.tag_ == "DT" and c.pos_ == "PRON"
                 and not any(children_of(c))]
        if shown:
            subj = [c for c in subj if c not in shown]
            if not subj and tok.dep_ == "ccomp" and tok is not cue:
                tok = tok.head  # the verb whose content the demonstrative's clause is
                continue
        if tok is not cue and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in CAUSATIVES and not any(
                c.dep_ in ("aux", "mark") for c in children_of(tok)):
            # 'tried to have the driver released by saying ...': the subject of the small clause of a
            # causative is the one acted on, not the one speaking; climb on to the causative's subject
            tok = tok.head
            continue
        if tok is not cue and (agent_tok := _passive_agent(tok)) is not None:
            return noun_phrase(agent_tok)
        if len(subj) > 1:
            # "The buyer asked for X, but the minister stated Y" misparsed with two subjects of "stated": a
            # subject carrying a clause of its own ("asked for X") is another verb's, not this cue's
            bare = [t for t in subj if not any(g.pos_ == "VERB" and g.dep_ in ("acl", "relcl")
                                               and g.head.i == t.i for g in children_of(t))]
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
                if tok.dep_ == "relcl":
                    head = tok.head  # "Trump, who said ..." -> Trump
                else:
                    head = _who_antecedent(head)
                    if head is None:
                        return None  # "signs which read ...": no antecedent the parse can give
            head = _author(head)
            if _anonymous_document(head):
                return None  # 'a statement said': a document whose author the sentence does not give
            return noun_phrase(head)
        if tok.dep_ not in CLIMB_DEPS or tok.head is tok:
            break
        tok = tok.head
    return inverted_speaker(cue) or _apposed_to_addressee(cue)


def _apposed_to_addressee(cue: Token) -> Speaker | None:
    """'Speaking to Reuters, the head of the union, Ann Lee, said ...': a cue with no subject whose opening
    clause speaks to an outlet; the parser hangs the real subject on the outlet as an apposition that runs
    up to the comma before the cue."""
    toks = doc_tokens(cue.doc)
    if cue.i < 2 or toks[cue.i - 1].text != ",":
        return None
    clauses = [c for c in children_of(cue) if c.dep_ == "advcl" and c.i < cue.i and c.lemma_.lower() in ADDRESS_VERBS]
    for clause in clauses:
        for prep in (p for p in children_of(clause) if p.dep_ == "prep" and p.lower_ == "to"):
            for obj in (o for o in children_of(prep) if o.dep_ == "pobj"):
                appos = [a for a in children_of(obj) if a.dep_ == "appos" and toks[a.left_edge.i - 1].text == ","]
                if appos and appos[-1].right_edge.i + 2 == cue.i and can_speak(appos[-1]):
                    return noun_phrase(appos[-1])
    return None


ADDRESS_VERBS = {"speak", "talk", "write"}


def _misread_text_subject(cue: Token) -> Token | None:
    """'The summary of the judgment read in part: ...' parsed with 'read' as a participle on 'judgment': a
    cue hung as a clause on a text noun ('the ruling said', 'the decision read'), with no subject or agent
    of its own, is that text's main verb; the subject is the whole noun phrase ('the summary of ...')."""
    if cue.dep_ != "acl" or cue.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("agent", "nsubj", "nsubjpass", "dobj") or c.dep_ == "prep" and c.lower_ == "by"
            for c in children_of(cue)):
        return None
    noun = cue.head
    if noun.pos_ != "NOUN" or noun.i > cue.i or not is_text_noun(noun):
        return None
    # climb 'the summary of the judgment' to the phrase's head, the subject of the sentence
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun if noun.dep_ in SUBJECT_DEPS or noun.dep_ == "ROOT" else None


def misread_object_subject(cue: Token) -> Token | None:
    """'The paper reported a police source said ...' parsed with 'a police source' as the object of
    'reported' and 'said' as a clause without a subject: a reporting verb takes a clause, not a person, so
    the noun right before the subjectless cue is the cue's subject."""
    if cue.dep_ != "ccomp" or cue.tag_ != "VBD" or any(c.dep_ in SUBJECT_DEPS for c in children_of(cue)):
        return None
    verb = cue.head
    if cue_entry(verb) is None or verb.lemma_.lower() in ADDRESSEE_CUES:
        return None  # 'told reporters ...': the object of "tell" is whom it addresses
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.right_edge.i == cue.i - 1), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.i > cue.i:
        return None
    return obj


def _who_antecedent(pronoun: Token) -> Token | None:
    """'..., according to the police, who said ...' parsed with 'who said' conjoined to the main verb: a
    relative 'who' (never a thing) stands for the noun phrase it follows, when that phrase ends right
    before it (a comma between); 'which'/'that' may stand for a clause or a thing, so they get nothing."""
    if pronoun.lower_ != "who":
        return None
    toks = pronoun.doc
    j = pronoun.i - 1
    while j >= pronoun.sent.start and toks[j].is_punct and toks[j].text in (",", ")"):
        j -= 1
    if j < pronoun.sent.start:
        return None
    prev = toks[j]
    while prev.dep_ in ("compound", "flat") and prev.head.i > prev.i and prev.head.i < pronoun.i:
        prev = prev.head
    if prev.pos_ not in ("PROPN", "NOUN") or prev.dep_ not in ("pobj", "nsubj", "dobj", "appos", "conj"):
        return None
    return prev


def _plural_subject_of_content(cue: Token, pronoun: Token) -> Token | None:
    """'Prosecutors charged the man, they said': a trailing 'they said' whose reported clause has, as its
    active subject, a plural noun for people (a title such as prosecutors or officials): that noun is the
    nearest antecedent that agrees, before any actor further back ('The men were held, they said' keeps
    its pronoun: a passive subject is acted on)."""
    for c in children_of(cue):
        if c.dep_ != "ccomp" or c.i > pronoun.i:
            continue
        subj = [s for s in children_of(c) if s.dep_ == "nsubj" and s.tag_ in ("NNS", "NNPS")]
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
        objs = [c for c in children_of(verb)
                if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON") and c.i < prep.i]
        if objs:
            return objs[0] if verb.pos_ == "VERB" else None
    return None


def _author(head: Token) -> Token:
    """The possessor of a statement-like subject: "the ministry's statement said" -> the ministry."""
    part_of = [o for p in children_of(head) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p)
               if o.dep_ == "pobj" and (o.lemma_.lower(), "noun") in reporting_lexicon()]
    if part_of and (head.pos_ in ("PRON", "ADJ", "NUM") or head.lemma_.lower() in PARTS):
        head = part_of[0]  # "part of the judge's statement reads": the statement, and so its author
    if (head.lemma_.lower(), "noun") in reporting_lexicon():
        poss = [c for c in children_of(head) if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON")]
        if poss:
            return poss[0]
        by = [o for p in children_of(head) if p.dep_ == "prep" and p.lower_ == "by" for o in children_of(p)
              if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")]
        if by:  # "a tweet by the minister"
            return by[0]
        if head.dep_ == "dobj":  # "the company released a statement which read": who released it
            # a pronoun too ('They released a statement'): it is resolved like any pronoun speaker
            subj = [c for c in children_of(head.head) if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN", "PRON")
                    and c.lower_ not in RELATIVE]
            if subj:
                return subj[0]
    return head


def _anonymous_document(head: Token) -> bool:
    """An indefinite statement-like noun with no owner ('a statement', 'a letter'): it names a medium, not
    who speaks through it; a definite one ('the report') points back to a document the article introduced."""
    if head.pos_ != "NOUN" or (head.lemma_.lower(), "noun") not in reporting_lexicon():
        return False
    kids = list(children_of(head))
    return (any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids)
            and not any(c.dep_ in ("poss", "compound", "amod", "prep", "acl", "relcl") for c in kids))


def inverted_speaker(cue: Token) -> Speaker | None:
    """The noun phrase right after an inverted cue: '..." said Hammer', '..." insists Burton'."""
    if any(c.dep_ == "xcomp" and c.i > cue.i for c in children_of(cue)):
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


def cue_speaker(ctx: QuoteContext, cue: Token) -> Speaker | None:
    sp = speaker_of(cue)
    if sp is not None and ctx.in_quote(sp.start):
        sp = inverted_speaker(cue)  # the parser took a word of the quote for the subject
        if sp is not None and ctx.in_quote(sp.start):
            sp = None
    return sp


def own_speaker(ctx: QuoteContext, head: Token) -> Speaker | None:
    sp = noun_phrase(_author(head))
    return None if ctx.in_quote(sp.start) else sp
