// Variable-length patterns take `* ALL SHORTEST 1..4` here; list comprehensions are list_transform;
// lists cannot be sorted on, so the path is returned as text (as on Neo4j).
// The ends are labelled (a node parameter is an actor or a topic): unlabelled, every node
// table was searched for them and the paths' nodes read from all of them.
MATCH p = (a:Actor:Topic)-[:SAID|ABOUT|REPORTED_BY|SUPPORTS|OPPOSES|DOES_NOT_SUPPORT|VISITS|CALLED|MET|INVITED|EXPORTS_TO|AFFILIATED_WITH|LEADS* ALL SHORTEST 1..4]-(b:Actor:Topic)
WHERE a.id IN $from AND b.id IN $to AND a.id <> b.id
RETURN a.name AS from_name, b.name AS to_name, length(p) AS steps,
       list_to_string(' > ', list_transform(nodes(p), n -> coalesce(n.name, n.text))) AS route,
       list_to_string(' > ', list_transform(rels(p), r -> label(r))) AS relations
ORDER BY steps, from_name, to_name, route, relations
LIMIT $limit
