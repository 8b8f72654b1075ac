"""Loaders: read articles from wherever they arrive and extract their graph with spaCy."""
