"""Extracting a graph from an article: spaCy parse, actors and their resolution, statements,
stances, events, topics and dates, as an :class:`~stancegraph.graph.model.ArticleGraph`."""
