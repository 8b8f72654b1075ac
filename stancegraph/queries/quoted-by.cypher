// title: Outlets and agencies by who they quote
// description: Who carried whose statements: the agency or outlet a statement is attributed to (REPORTED_BY, e.g. Xinhua) and the outlet that published the article, per speaker, with statement counts and dates.
// param: speaker node -- only statements by this actor, e.g. Xi
// param: reporter node -- only statements carried by this agency or outlet, e.g. Xinhua
// param: limit int default=100 -- at most this many rows
// writes: false
// Given a reporter or a speaker, start from it (id index); without either, every statement
// is grouped (the slow case on a large graph: docs/scale.md).
MATCH (agency:Actor) WHERE agency.id IN $reporter                  // if: reporter
MATCH (sp:Actor) WHERE sp.id IN $speaker                           // if: speaker
MATCH (sp:Actor)-[:SAID]->(s:Statement)-[:REPORTED_BY]->(agency)   // if: reporter
MATCH (sp:Actor)-[:SAID]->(s:Statement)                            // unless: reporter
OPTIONAL MATCH (s)-[:REPORTED_BY]->(agency:Actor)                  // unless: reporter
OPTIONAL MATCH (art:Article)-[:CONTAINS]->(s)
RETURN agency.name AS reported_by, art.outlet AS published_by, sp.name AS speaker, count(DISTINCT s) AS statements,
       min(s.date) AS first_date, max(s.date) AS last_date
ORDER BY statements DESC, reported_by, published_by, speaker
LIMIT $limit
