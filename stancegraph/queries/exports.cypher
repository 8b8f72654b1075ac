// title: Exports: who sells what to whom
// description: EXPORTS_TO edges with the goods (detail), date, status and source sentence, optionally from one exporter or to one buyer.
// param: exporter node -- e.g. "United States"
// param: buyer node -- e.g. China
// param: limit int default=100 -- at most this many rows
// writes: false
MATCH (seller:Actor)-[r:EXPORTS_TO]->(t)
WHERE (size($exporter) = 0 OR seller.id IN $exporter) AND (size($buyer) = 0 OR t.id IN $buyer)
RETURN seller.name AS exporter, t.name AS buyer, r.detail AS goods, r.date AS date, r.status AS status,
       r.sentence AS sentence
ORDER BY date, exporter, buyer, goods, status, sentence
LIMIT $limit
