// title: Actor profile
// description: Everything known about an actor, one row per fact, section by section: aliases, roles, affiliations, how much it said and when, what about, its stances, the events it took part in, who quoted it, how many articles mention it. Lists are the 10 most frequent items (count in `n`).
// param: actor node required -- the actor, e.g. Medeiros
// param: limit int default=10 -- at most this many items per section (aliases and roles: all)
// writes: false
// One UNION ALL branch per section, each anchored on the actor's id: a single chain of
// OPTIONAL MATCHes carried every earlier list through later joins and failed on hubs.
// Totals come from the counts every write keeps on the actor (docs/schema.md). On Neo4j
// 'quoted by' reads the actor's QuoteCount tallies, and
// sections group on nodes before naming the groups (names built for each of a hub's
// thousands of statements cost more than the grouping).
// Each branch leads with its place (`_order`): LadybugDB may return UNION ALL branches in any
// order, so stancegraph sorts the rows by it and drops the column (docs/queries.md).
