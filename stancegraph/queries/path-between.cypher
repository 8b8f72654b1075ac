// title: Path between two actors
// description: The shortest chains linking two actors or topics (up to 4 steps) through statements (said / about / reported by) and stance and event edges; articles' mentions are left out, so a path means someone said or did something.
// param: from node required -- the first actor or topic, e.g. Trump
// param: to node required -- the second actor or topic, e.g. Xi
// param: limit int default=20 -- at most this many paths
// writes: false
// dialect: neo4j
MATCH (a:Actor|Topic), (b:Actor|Topic)
WHERE a.id IN $from AND b.id IN $to AND a <> b
MATCH p = allShortestPaths((a)-[:SAID|ABOUT|REPORTED_BY|SUPPORTS|OPPOSES|DOES_NOT_SUPPORT|VISITS|CALLED|MET|INVITED|EXPORTS_TO|AFFILIATED_WITH|LEADS*1..4]-(b))
WITH a, b, p, [n IN nodes(p) | coalesce(n.name, n.text)] AS names, [r IN relationships(p) | type(r)] AS types
RETURN a.name AS from_name, b.name AS to_name, length(p) AS steps,
       reduce(s = head(names), x IN tail(names) | s + ' > ' + x) AS route,
       reduce(s = head(types), x IN tail(types) | s + ' > ' + x) AS relations
ORDER BY steps, from_name, to_name, route, relations
LIMIT $limit
// dialect: ladybug
// Variable-length patterns take `* ALL SHORTEST 1..4` here; list comprehensions are list_transform;
// lists cannot be sorted on, so the path is returned as text (as on Neo4j).
// The ends are labelled (a node parameter is an actor or a topic): unlabelled, every node
// table was searched for them and the paths' nodes read from all of them (245 -> 56 ms on the 1M graph).
MATCH p = (a:Actor:Topic)-[:SAID|ABOUT|REPORTED_BY|SUPPORTS|OPPOSES|DOES_NOT_SUPPORT|VISITS|CALLED|MET|INVITED|EXPORTS_TO|AFFILIATED_WITH|LEADS* ALL SHORTEST 1..4]-(b:Actor:Topic)
WHERE a.id IN $from AND b.id IN $to AND a.id <> b.id
RETURN a.name AS from_name, b.name AS to_name, length(p) AS steps,
       list_to_string(' > ', list_transform(nodes(p), n -> coalesce(n.name, n.text))) AS route,
       list_to_string(' > ', list_transform(rels(p), r -> label(r))) AS relations
ORDER BY steps, from_name, to_name, route, relations
LIMIT $limit
