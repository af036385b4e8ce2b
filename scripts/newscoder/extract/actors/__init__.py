"""Actors and their mentions inside one article, one concern per module.

- `analysis.extract_actors(doc, article, registry)`: the entry point, in reading order of the passes;
- `entities`: the model's named entities cleaned (junk dropped, titles and possessives split off, labels
  corrected where the words say otherwise);
- `named`: each named entity made a local actor (people, organisations, states, national groups);
- `untagged`: names the model missed (later mentions, acronyms, registry names, untagged companies);
- `groups`: groups, national bodies, followers and unnamed officials read from noun phrases;
- `context`: the country an article is about;
- `builder`: the collector of actors and mentions all passes share; `word_lists`: the word tables they read.

Pronoun, descriptor and title links live in `newscoder.extract.coref`.
"""
