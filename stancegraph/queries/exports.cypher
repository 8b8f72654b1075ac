// title: Exports: who sells what to whom
// description: EXPORTS_TO edges with the goods (detail), date, status and source sentence, optionally from one exporter or to one buyer.
// param: exporter node -- e.g. "United States"
// param: buyer node -- e.g. China
// param: limit int default=100 -- at most this many rows
// writes: false
// dialect: neo4j
// With an actor or target given: start from it (id index), sort what hangs off it.
MATCH (seller:Actor) WHERE seller.id IN $exporter  // if: exporter
MATCH (t:Actor|Topic) WHERE t.id IN $buyer  // if: buyer
MATCH (seller:Actor)-[r:EXPORTS_TO]->(t)  // if: exporter, buyer
WHERE (size($exporter) = 0 OR seller.id IN $exporter)  // if: exporter, buyer
  AND (size($buyer) = 0 OR t.id IN $buyer)  // if: exporter, buyer
WITH seller, r, t ORDER BY r.date, type(r), r.id LIMIT $limit  // if: exporter, buyer
// Otherwise read each type's range index on r.date in order, stopping after $limit;
// a type not asked for seeks an empty range. Undated edges (NULL sorts last) only if needed.
CALL () {  // unless: exporter, buyer
  MATCH (seller:Actor)-[r:EXPORTS_TO]->(t)  // unless: exporter, buyer
  WHERE r.date >= ''  // unless: exporter, buyer
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: exporter, buyer
}  // unless: exporter, buyer
WITH r ORDER BY r.date, type(r), r.id LIMIT $limit  // unless: exporter, buyer
WITH collect(r) AS dated  // unless: exporter, buyer
CALL (dated) {  // unless: exporter, buyer
  WITH dated WHERE size(dated) < $limit  // unless: exporter, buyer
  MATCH (seller:Actor)-[r:EXPORTS_TO]->(t)  // unless: exporter, buyer
  WHERE r.date IS NULL  // unless: exporter, buyer
  WITH r ORDER BY type(r), r.id LIMIT $limit  // unless: exporter, buyer
  RETURN collect(r) AS undated  // unless: exporter, buyer
}  // unless: exporter, buyer
UNWIND (dated + undated)[0..$limit] AS r  // unless: exporter, buyer
MATCH (seller:Actor)-[r]->(t)  // unless: exporter, buyer
RETURN seller.name AS exporter, t.name AS buyer, r.detail AS goods, r.date AS date, r.status AS status,
       r.sentence AS sentence
ORDER BY date, exporter, buyer, goods, status, sentence
// dialect: ladybug
// Filters the user did not give are left out (// if: ...): each one tested on every edge
// cost ~90 ms at 120,000 edges. The edges are chosen in date order before their ends are named.
MATCH (seller:Actor)-[r:EXPORTS_TO]->(t)
WHERE true
  AND seller.id IN $exporter  // if: exporter
  AND t.id IN $buyer  // if: buyer
WITH seller, r, t ORDER BY r.date, label(r), r.id LIMIT $limit
RETURN seller.name AS exporter, t.name AS buyer, r.detail AS goods, r.date AS date, r.status AS status,
       r.sentence AS sentence
ORDER BY date, exporter, buyer, goods, status, sentence
