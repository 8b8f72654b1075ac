"""Extracting a graph from an article: spaCy parse, actors and their resolution, statements,
stances, events, topics and dates, as an :class:`~stancegraph.graph.model.ArticleGraph`.
Start with :mod:`.pipeline`: it lists the stages in order and the module of each."""
