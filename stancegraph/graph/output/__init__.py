"""What leaves the store: subgraph selection, HTML renders and exports."""
