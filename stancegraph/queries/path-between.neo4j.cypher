MATCH (a:Actor|Topic), (b:Actor|Topic)
WHERE a.id IN $from AND b.id IN $to AND a <> b
MATCH p = allShortestPaths((a)-[:SAID|ABOUT|REPORTED_BY|SUPPORTS|OPPOSES|DOES_NOT_SUPPORT|VISITS|CALLED|MET|INVITED|EXPORTS_TO|AFFILIATED_WITH|LEADS*1..4]-(b))
WITH a, b, p, [n IN nodes(p) | coalesce(n.name, n.text)] AS names, [r IN relationships(p) | type(r)] AS types
RETURN a.name AS from_name, b.name AS to_name, length(p) AS steps,
       reduce(s = head(names), x IN tail(names) | s + ' > ' + x) AS route,
       reduce(s = head(types), x IN tail(types) | s + ' > ' + x) AS relations
ORDER BY steps, from_name, to_name, route, relations
LIMIT $limit
