// variant: by-exporter-or-buyer when exporter, buyer
// Start from what was given (id index) and sort what hangs off it.
MATCH (seller:Actor) WHERE seller.id IN $exporter  // if: exporter
MATCH (t:Actor|Topic) WHERE t.id IN $buyer  // if: buyer
MATCH (seller:Actor)-[r:EXPORTS_TO]->(t)
WHERE (size($exporter) = 0 OR seller.id IN $exporter)
  AND (size($buyer) = 0 OR t.id IN $buyer)
WITH seller, r, t ORDER BY r.date, type(r), r.id LIMIT $limit
RETURN seller.name AS exporter, t.name AS buyer, r.detail AS goods, r.date AS date, r.status AS status,
       r.sentence AS sentence
ORDER BY date, exporter, buyer, goods, status, sentence

// variant: by-date
// Read the range index on r.date in order, stopping after $limit;
// undated edges (NULL sorts last) only if needed.
CALL () {
  MATCH (seller:Actor)-[r:EXPORTS_TO]->(t)
  WHERE r.date >= ''
  RETURN r ORDER BY r.date, r.id LIMIT $limit
}
WITH r ORDER BY r.date, type(r), r.id LIMIT $limit
WITH collect(r) AS dated
CALL (dated) {
  WITH dated WHERE size(dated) < $limit
  MATCH (seller:Actor)-[r:EXPORTS_TO]->(t)
  WHERE r.date IS NULL
  WITH r ORDER BY type(r), r.id LIMIT $limit
  RETURN collect(r) AS undated
}
UNWIND (dated + undated)[0..$limit] AS r
MATCH (seller:Actor)-[r]->(t)
RETURN seller.name AS exporter, t.name AS buyer, r.detail AS goods, r.date AS date, r.status AS status,
       r.sentence AS sentence
ORDER BY date, exporter, buyer, goods, status, sentence
