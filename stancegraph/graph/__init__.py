"""The graph layer: record types, actor resolution, stores, subgraphs, renders and exports."""
