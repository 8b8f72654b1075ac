"""Curating actors by hand: rules (``rules``) that remap actors in every article graph written,
the same changes made to a stored graph (``rewire``), and likely mistakes to look at
(``suspects``). The API is :mod:`stancegraph.curation`; the rules file is described in
docs/entities.md ("Curation")."""
