"""The graph layer: the record types (``model``), the stores (``store``) and what leaves
them (``output``: subgraph selection, renders and exports)."""
