"""One error family: the CLI turns any of these into a one-line message and exit code 1."""


class StancegraphError(Exception):
    """Base class for every expected failure (bad input, unreachable store, ...)."""


class InputError(StancegraphError):
    """An input (file, URL, feed, record) could not be read or understood."""


class StoreError(StancegraphError):
    """The graph store could not be opened, reached or written."""


class QueryError(StancegraphError):
    """A saved or ad-hoc query is unknown, malformed, given bad parameters, or not allowed."""


class MissingDependency(StancegraphError, ImportError):
    """An optional dependency is missing; the message names the extra to install."""


def without_credentials(text: str) -> str:
    """Every ``scheme://user:secret@host`` in ``text`` as ``scheme://***@host``.

    Used wherever a URI (a Neo4j server, a fetched URL) is printed: in messages built from
    it and, once more, on every error line the command line prints.
    """
    import re

    return re.sub(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#@\s]*@", r"\1***@", text)
