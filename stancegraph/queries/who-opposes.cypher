// title: Who opposes an actor or topic
// description: Actors with an OPPOSES stance toward the target, and (unless strict) those who say they do not support it; how often, first and last date, one source sentence.
// param: target node required -- actor or topic opposed, e.g. "Taiwan independence"
// param: strict bool default=false -- only OPPOSES, leaving out DOES_NOT_SUPPORT
// param: limit int default=100 -- at most this many rows
// writes: false
// dialect: neo4j
// Neo4j: the node parameter is looked up by label (Actor|Topic), so the id indexes anchor the match
// (an unlabelled `t` made the planner scan every statement or actor first).
MATCH (t:Actor|Topic) WHERE t.id IN $target
MATCH (holder:Actor)-[r:OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE (NOT $strict OR type(r) = 'OPPOSES')
RETURN holder.name AS actor, holder.kind AS kind, type(r) AS stance, t.name AS target, count(r) AS times,
       count(DISTINCT r.article) AS articles, min(r.date) AS first_date, max(r.date) AS last_date,
       min(r.sentence) AS example
ORDER BY times DESC, actor, stance, target, kind
LIMIT $limit
// dialect: ladybug
MATCH (holder:Actor)-[r:OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE t.id IN $target AND (NOT $strict OR label(r) = 'OPPOSES')
RETURN holder.name AS actor, holder.kind AS kind, label(r) AS stance, t.name AS target, count(r) AS times,
       count(DISTINCT r.article) AS articles, min(r.date) AS first_date, max(r.date) AS last_date,
       min(r.sentence) AS example
ORDER BY times DESC, actor, stance, target, kind
LIMIT $limit
