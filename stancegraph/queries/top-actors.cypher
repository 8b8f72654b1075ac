// title: Top actors
// description: Actors by how many articles mention them, with how many statements they made.
// param: limit int default=20 -- at most this many rows
// writes: false
// Reads the counts every write keeps on the actor (articles, mentions, statements): aggregating
// every MENTIONS edge is slow on a large graph. Neo4j orders by its index on mentions.
MATCH (a:Actor)
WHERE a.mentions > 0
RETURN a.name AS actor, a.kind AS kind, a.articles AS articles, a.mentions AS mentions, a.statements AS statements
ORDER BY mentions DESC, articles DESC, actor, kind, statements
LIMIT $limit
