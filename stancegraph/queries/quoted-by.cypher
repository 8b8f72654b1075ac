// title: Outlets and agencies by who they quote
// description: Who carried whose statements: the agency or outlet a statement is attributed to (REPORTED_BY, e.g. Xinhua) and the outlet that published the article, per speaker, with statement counts and dates. The busiest first; among equally busy ones at the limit, by speaker id.
// param: speaker node -- only statements by this actor, e.g. Xi
// param: reporter node -- only statements carried by this agency or outlet, e.g. Xinhua
// param: limit int default=100 -- at most this many rows
// writes: false
// Reads the QuoteCount tallies every write keeps, one per (speaker, agency, outlet)
// (docs/schema.md), instead of grouping every statement.
// The rows are picked by (count, tally id) before they are named: picking ties by name
// needed a second pass that LadybugDB planned as joins over every actor.
// `statements > 0` (always true) lets Neo4j read the tallies in its index order.
MATCH (q:QuoteCount)
WHERE q.statements > 0
  AND q.speaker IN $speaker  // if: speaker
  AND q.agency IN $reporter  // if: reporter
WITH q ORDER BY q.statements DESC, q.id LIMIT $limit
MATCH (sp:Actor {id: q.speaker})
OPTIONAL MATCH (agency:Actor {id: q.agency})
RETURN agency.name AS reported_by, q.outlet AS published_by, sp.name AS speaker, q.statements AS statements,
       q.first_date AS first_date, q.last_date AS last_date
ORDER BY statements DESC, reported_by, published_by, speaker
