"""Loaders: ``read`` brings articles in from wherever they arrive; ``extract`` turns each
into its graph with spaCy."""
