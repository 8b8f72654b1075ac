"""stancegraph: news articles to a knowledge graph of actors, statements and stances."""
from stancegraph.errors import InputError, QueryError, StancegraphError, StoreError

__version__ = "0.1.0"
__all__ = ["StancegraphError", "InputError", "StoreError", "QueryError", "__version__"]
