// title: Co-mention network of an actor
// description: Actors mentioned in the same articles as the given one, by how many articles they share, with how many statements each side made about the other. The actors sharing the most articles; among equally many at the limit, by id. When a name matches several actors, the articles each shares are added up.
// param: actor node required -- the actor at the centre, e.g. Trump
// param: min int default=1 -- leave out actors sharing fewer articles than this
// param: limit int default=50 -- at most this many rows
// writes: false
// Shared articles are read from the kept pair counts (CO_MENTIONED, docs/schema.md): walking
// every article of a hub and their mentions is slow. The $limit
// actors sharing the most are picked first; only they are enriched with statement counts.
