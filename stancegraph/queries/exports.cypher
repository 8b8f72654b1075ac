// title: Exports: who sells what to whom
// description: EXPORTS_TO edges with the goods (detail), date, status and source sentence, optionally from one exporter or to one buyer.
// param: exporter node -- e.g. "United States"
// param: buyer node -- e.g. China
// param: limit int default=100 -- at most this many rows
// writes: false
// dialect: neo4j
// Neo4j: picked in date order from each type's range index on r.date (one branch per type,
// each stopping after $limit), so a listing does not read every edge of a million-edge graph.
CALL () {
  MATCH (seller:Actor)-[r:EXPORTS_TO]->(t)
  WHERE r.date >= '' AND (size($exporter) = 0 OR seller.id IN $exporter) AND (size($buyer) = 0 OR t.id IN $buyer)
  RETURN r ORDER BY r.date, r.id LIMIT $limit
}
WITH r ORDER BY r.date, type(r), r.id LIMIT $limit
WITH collect(r) AS dated
// Undated edges come last (as NULL sorts last); they have no index, so only look when needed.
CALL (dated) {
  WITH dated WHERE size(dated) < $limit
  MATCH (seller:Actor)-[r:EXPORTS_TO]->(t)
  WHERE r.date IS NULL AND (size($exporter) = 0 OR seller.id IN $exporter) AND (size($buyer) = 0 OR t.id IN $buyer)
  WITH r ORDER BY type(r), r.id LIMIT $limit
  RETURN collect(r) AS undated
}
UNWIND (dated + undated)[0..$limit] AS r
MATCH (seller:Actor)-[r]->(t)
RETURN seller.name AS exporter, t.name AS buyer, r.detail AS goods, r.date AS date, r.status AS status,
       r.sentence AS sentence
ORDER BY date, exporter, buyer, goods, status, sentence
// dialect: ladybug
// Edges are picked in date order before their ends are named: sorting is the cost here.
MATCH (seller:Actor)-[r:EXPORTS_TO]->(t)
WHERE (size($exporter) = 0 OR seller.id IN $exporter) AND (size($buyer) = 0 OR t.id IN $buyer)
WITH seller, r, t ORDER BY r.date, r.id LIMIT $limit
RETURN seller.name AS exporter, t.name AS buyer, r.detail AS goods, r.date AS date, r.status AS status,
       r.sentence AS sentence
ORDER BY date, exporter, buyer, goods, status, sentence
