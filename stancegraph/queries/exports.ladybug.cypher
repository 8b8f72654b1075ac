// Only the filters given are tested (// if:): each one is a test on every edge.
// The edges are chosen in date order before their ends are named.
MATCH (seller:Actor)-[r:EXPORTS_TO]->(t)
WHERE true
  AND seller.id IN $exporter  // if: exporter
  AND t.id IN $buyer  // if: buyer
WITH seller, r, t ORDER BY r.date, label(r), r.id LIMIT $limit
RETURN seller.name AS exporter, t.name AS buyer, r.detail AS goods, r.date AS date, r.status AS status,
       r.sentence AS sentence
ORDER BY date, exporter, buyer, goods, status, sentence
