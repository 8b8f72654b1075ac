// title: Exports: who sells what to whom
// description: EXPORTS_TO edges with the goods (detail), date, status and source sentence, optionally from one exporter or to one buyer.
// param: exporter node -- e.g. "United States"
// param: buyer node -- e.g. China
// param: limit int default=100 -- at most this many rows
// writes: false
