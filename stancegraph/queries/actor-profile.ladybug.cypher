// `text + NULL` is text here (NULL in Neo4j): every optional part is spelled out with CASE.
// sum() is a 128-bit integer here: cast, since every branch of a UNION must give INT64.
// 'talks about' and 'quoted by' walk the statements here: the Neo4j variant's grouping on
// subjects and reading of QuoteCount (a filter on a bound value, not pushed down) were slower.
MATCH (who:Actor) WHERE who.id IN $actor
UNWIND who.aliases AS item
WITH who, item ORDER BY item LIMIT 1000
RETURN 1 AS _order, who.name AS actor, who.kind AS kind, 'alias' AS section, item, CAST(NULL AS INT64) AS n
UNION ALL
MATCH (who:Actor) WHERE who.id IN $actor
UNWIND who.roles AS item
WITH who, item ORDER BY item LIMIT 1000
RETURN 2 AS _order, who.name AS actor, who.kind AS kind, 'role' AS section, item, CAST(NULL AS INT64) AS n
UNION ALL
MATCH (who:Actor) WHERE who.id IN $actor
MATCH (who)-[aff:AFFILIATED_WITH|LEADS]->(org)
WITH who, CASE WHEN label(aff) = 'LEADS' THEN 'leads ' ELSE '' END + org.name
     + CASE WHEN aff.detail IS NULL THEN '' ELSE ' (' + aff.detail + ')' END AS item, count(*) AS n
WITH who, item, n ORDER BY n DESC, item LIMIT $limit
RETURN 3 AS _order, who.name AS actor, who.kind AS kind, 'affiliation' AS section, item, n
UNION ALL
MATCH (who:Actor) WHERE who.id IN $actor
RETURN 4 AS _order, who.name AS actor, who.kind AS kind, 'statements' AS section, '' AS item, coalesce(who.statements, 0) AS n
UNION ALL
MATCH (who:Actor) WHERE who.id IN $actor
MATCH (who)-[:SAID]->(s:Statement)
WITH who, min(s.date) AS first, max(s.date) AS last, count(s.date) AS n
WHERE n > 0
RETURN 5 AS _order, who.name AS actor, who.kind AS kind, 'said between' AS section, first + ' and ' + last AS item, n
UNION ALL
MATCH (who:Actor) WHERE who.id IN $actor
MATCH (who)-[:SAID]->(:Statement)-[:ABOUT]->(subject)
WITH who, subject.name AS item, count(*) AS n
WITH who, item, n ORDER BY n DESC, item LIMIT $limit
RETURN 6 AS _order, who.name AS actor, who.kind AS kind, 'talks about' AS section, item, n
UNION ALL
MATCH (who:Actor) WHERE who.id IN $actor
MATCH (who)-[st:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(target)
WITH who, label(st) AS stance, target, count(*) AS n
WITH who, replace(lower(stance), '_', ' ') + ' ' + target.name AS item, CAST(sum(n) AS INT64) AS n
WITH who, item, n ORDER BY n DESC, item LIMIT $limit
RETURN 7 AS _order, who.name AS actor, who.kind AS kind, 'stance' AS section, item, n
UNION ALL
MATCH (who:Actor) WHERE who.id IN $actor
MATCH (who)-[ev:VISITS|CALLED|MET|INVITED|EXPORTS_TO]->(other)
WITH who, replace(lower(label(ev)), '_', ' ') + ' '
               + other.name
               + CASE WHEN ev.detail IS NULL THEN '' ELSE ': ' + ev.detail END
               + CASE WHEN ev.date IS NULL THEN '' ELSE ' ' + ev.date END
               + CASE WHEN ev.status IS NULL THEN '' ELSE ' (' + ev.status + ')' END AS item, count(*) AS n
WITH who, item, n ORDER BY n DESC, item LIMIT $limit
RETURN 8 AS _order, who.name AS actor, who.kind AS kind, 'event' AS section, item, n
UNION ALL
MATCH (who:Actor) WHERE who.id IN $actor
MATCH (who)<-[ev:VISITS|CALLED|MET|INVITED|EXPORTS_TO]-(other:Actor)
WITH who, CASE label(ev) WHEN 'VISITS' THEN 'visited by ' WHEN 'CALLED' THEN 'called by ' WHEN 'MET' THEN 'met '
                   WHEN 'INVITED' THEN 'invited by ' ELSE 'imports from ' END
               + other.name
               + CASE WHEN ev.detail IS NULL THEN '' ELSE ': ' + ev.detail END
               + CASE WHEN ev.date IS NULL THEN '' ELSE ' ' + ev.date END
               + CASE WHEN ev.status IS NULL THEN '' ELSE ' (' + ev.status + ')' END AS item, count(*) AS n
WITH who, item, n ORDER BY n DESC, item LIMIT $limit
RETURN 9 AS _order, who.name AS actor, who.kind AS kind, 'event by others' AS section, item, n
UNION ALL
MATCH (who:Actor) WHERE who.id IN $actor
MATCH (who)-[:SAID]->(:Statement)-[:REPORTED_BY]->(reporter:Actor)
WITH who, reporter.name AS item, count(*) AS n
WITH who, item, n ORDER BY n DESC, item LIMIT $limit
RETURN 10 AS _order, who.name AS actor, who.kind AS kind, 'quoted by' AS section, item, n
UNION ALL
MATCH (who:Actor) WHERE who.id IN $actor
RETURN 11 AS _order, who.name AS actor, who.kind AS kind, 'articles' AS section, '' AS item, coalesce(who.articles, 0) AS n
UNION ALL
MATCH (who:Actor) WHERE who.id IN $actor
WITH who WHERE who.mentions > 0
RETURN 12 AS _order, who.name AS actor, who.kind AS kind, 'mentions' AS section, '' AS item, who.mentions AS n
