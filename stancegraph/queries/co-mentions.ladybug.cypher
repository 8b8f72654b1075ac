MATCH (centre:Actor)-[pair:CO_MENTIONED]-(other:Actor)
WHERE centre.id IN $actor AND NOT other.id IN $actor
WITH other, sum(pair.articles) AS articles
WHERE articles >= $min
WITH other, articles ORDER BY articles DESC, other.id LIMIT $limit
OPTIONAL MATCH (c1:Actor)<-[:ABOUT]-(s1:Statement)<-[:SAID]-(other)
WHERE c1.id IN $actor
WITH other, articles, count(DISTINCT s1) AS said_about_them
OPTIONAL MATCH (c2:Actor)-[:SAID]->(s2:Statement)-[:ABOUT]->(other)
WHERE c2.id IN $actor
RETURN other.name AS actor, other.kind AS kind, articles, said_about_them,
       count(DISTINCT s2) AS they_said_about
ORDER BY articles DESC, actor, kind, said_about_them, they_said_about
