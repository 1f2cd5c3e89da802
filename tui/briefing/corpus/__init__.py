"""The corpus store of a briefs folder: ``folder.open_corpus`` keeps the briefs, the brief
list's rows and the search index in SQLite beside the user's cache; ``shelf.open_shelf`` is
the reader's view of it. See ``docs/corpus.md``.

Nothing is imported here: the reader's first frame needs only ``rows``, and importing the
store (SQLite, the search index, YAML) before it cost a fifth of the start-up.
"""
