"""Cross-article merging and stable ids."""

import datetime as dt

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.records import ArticleRecords
from newscoder.resolve.actors import resolve_corpus
from newscoder.resolve.registry import load_registry


def records(nlp, texts_dates, registry):
    out = []
    for i, (text, date) in enumerate(texts_dates):
        art = make_article(text, date=date, article_id=f"art{i}")
        an = extract_actors(nlp(text), art, registry)
        out.append(ArticleRecords(article=art, actors=an.actors, mentions=an.mentions))
    return out


def by_name(corpus, name):
    rows = [r for r in corpus.actors if r["name"] == name]
    assert len(rows) == 1, (name, rows)
    return rows[0]


def test_registered_actors_keep_registry_ids_and_merge(nlp):
    reg = load_registry()
    recs = records(nlp, [("US President Donald Trump spoke in Florida.", "2026-01-05"),
                         ("Trump said Cuba would fall.", "2026-01-09")], reg)
    corpus = resolve_corpus(recs, reg)
    trump = by_name(corpus, "Donald Trump")
    assert trump["actor_id"] == "reg_donald_trump" and trump["is_registered"]
    assert trump["n_articles"] == 2 and trump["n_mentions"] == 2
    assert trump["first_seen_date"] == dt.date(2026, 1, 5) and trump["last_seen_date"] == dt.date(2026, 1, 9)
    cuba = by_name(corpus, "Cuba")
    assert (cuba["actor_type"], cuba["country_iso3"]) == ("state", "CUB")
    assert {"actor_id": "reg_donald_trump", "alias": "Trump"} in corpus.aliases


def test_same_surname_different_people_not_merged(nlp):
    reg = load_registry()
    recs = records(nlp, [("Anna Keller, a Swiss banker, said rates would rise. Keller declined to say more.",
                          "2026-01-05"),
                         ("Tom Keller, a farmer in Iowa, said the harvest was poor.", "2026-01-06")], reg)
    corpus = resolve_corpus(recs, reg)
    a, t = by_name(corpus, "Anna Keller"), by_name(corpus, "Tom Keller")
    assert a["actor_id"] != t["actor_id"]
    assert a["n_mentions"] == 2
    assert corpus.actor_id("art0", recs[0].actors[0].key) == a["actor_id"]


def test_ids_stable_when_an_article_is_added(nlp):
    reg = load_registry()
    first = records(nlp, [("Anna Keller of the Swiss National Bank said rates would rise.", "2026-01-05")], reg)
    before = {r["name"]: r["actor_id"] for r in resolve_corpus(first, reg).actors}
    more = first + records(nlp, [("Greenpeace activists protested outside the Swiss National Bank.",
                                  "2026-01-07")], reg)[:1]
    more[-1].article = make_article(more[-1].article.text, date="2026-01-07", article_id="art9")
    after = {r["name"]: r["actor_id"] for r in resolve_corpus(more, reg).actors}
    assert {"Anna Keller", "Swiss National Bank"} <= set(before)
    for name, actor_id in before.items():
        assert after[name] == actor_id
    assert all(i.startswith(("act_", "reg_")) for i in after.values())


def test_states_are_one_actor_per_country(nlp):
    reg = load_registry()
    recs = records(nlp, [("Washington and the United States Congress argued.", "2026-01-05"),
                         ("The US and Peru signed a deal.", "2026-01-06")], reg)
    corpus = resolve_corpus(recs, reg)
    states = [r for r in corpus.actors if r["actor_type"] == "state"]
    assert sorted(r["country_iso3"] for r in states) == ["PER", "USA"]
    assert by_name(corpus, "Peru")["actor_id"] == "reg_per"


def test_a_given_name_alone_is_not_pooled_across_articles(nlp):
    reg = load_registry()
    # (not a relative: "his daughter Margaret" is no actor at all, see test_actor_kin_and_titles.py)
    recs = records(nlp, [("Margaret, a nurse from Iowa, met the farmer Tom Keller.", "2026-01-05"),
                         ("Margaret, a young painter, sold her house to Anna Roth.", "2026-01-06")], reg)
    corpus = resolve_corpus(recs, reg)
    rows = [r for r in corpus.actors if r["name"] == "Margaret"]
    assert len(rows) == 2 and all(r["n_articles"] == 1 for r in rows)
    assert by_name(corpus, "Tom Keller")["n_articles"] == 1


def test_a_bare_armed_service_without_a_country_is_not_pooled_across_articles(nlp):
    reg = load_registry()
    recs = records(nlp, [("Navy divers searched the lake on Monday.", "2026-01-05"),
                         ("Navy ships left the harbour at dawn.", "2026-01-06")], reg)
    corpus = resolve_corpus(recs, reg)
    rows = [r for r in corpus.actors if r["name"] == "Navy"]
    assert len(rows) == 2 and all(r["n_articles"] == 1 for r in rows)
