// title: Top actors
// description: Actors by how many articles mention them, with how many statements they made; or by statements made (who talks the most); or the counts of one actor (how many articles mention it).
// param: actor node -- only this actor: its counts of articles, mentions and statements
// param: by_statements bool default=false -- rank by statements made rather than by mentions
// param: limit int default=20 -- at most this many rows
// writes: false
// Reads the counts every write keeps on the actor (articles, mentions, statements): aggregating
// every MENTIONS edge is slow on a large graph. Neo4j orders by its index on mentions.
MATCH (a:Actor)
WHERE a.mentions > 0
  AND a.id IN $actor  // if: actor
  AND a.statements > 0  // if: by_statements
RETURN a.name AS actor, a.kind AS kind, a.articles AS articles, a.mentions AS mentions, a.statements AS statements
ORDER BY mentions DESC, articles DESC, actor, kind, statements  // unless: by_statements
ORDER BY statements DESC, mentions DESC, actor, kind, articles  // if: by_statements
LIMIT $limit
