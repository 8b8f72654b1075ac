// variant: by-source-or-target when source, target
// Start from what was given (id index) and sort what hangs off it.
MATCH (src:Actor) WHERE src.id IN $source  // if: source
MATCH (t:Actor|Topic) WHERE t.id IN $target  // if: target
MATCH (src:Actor)-[r:AFFILIATED_WITH|CALLED|DOES_NOT_SUPPORT|EXPORTS_TO|INVITED|LEADS|LOCATED_IN|MET|OPPOSES|SUPPORTS|VISITS]->(t)
WHERE (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
  AND (size($source) = 0 OR src.id IN $source)
  AND (size($target) = 0 OR t.id IN $target)
  AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
WITH src, r, t ORDER BY r.date, type(r), r.id LIMIT $limit
OPTIONAL MATCH (art:Article {id: r.article})
OPTIONAL MATCH (s:Statement {id: r.statement})
RETURN r.id AS edge, type(r) AS type, src.name AS source, t.name AS target, r.sentence AS sentence,
       r.sentence_start AS sentence_start, r.sentence_end AS sentence_end, r.cue AS cue,
       s.text AS statement, r.date AS date, r.date_text AS date_text, r.status AS status,
       r.detail AS detail, r.confidence AS confidence, art.title AS article, art.outlet AS outlet,
       art.url AS url, art.published AS published
ORDER BY date, type, source, target, published, sentence_start, edge

// variant: by-date
// Read each type's range index on r.date in order, stopping after $limit;
// a type not asked for seeks an empty range. Undated edges (NULL sorts last) only if needed.
CALL () {
  MATCH (src:Actor)-[r:AFFILIATED_WITH]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'AFFILIATED_WITH' THEN '' ELSE '~' END
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:CALLED]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'CALLED' THEN '' ELSE '~' END
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:DOES_NOT_SUPPORT]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'DOES_NOT_SUPPORT' THEN '' ELSE '~' END
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:EXPORTS_TO]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'EXPORTS_TO' THEN '' ELSE '~' END
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:INVITED]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'INVITED' THEN '' ELSE '~' END
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:LEADS]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'LEADS' THEN '' ELSE '~' END
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:LOCATED_IN]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'LOCATED_IN' THEN '' ELSE '~' END
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:MET]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'MET' THEN '' ELSE '~' END
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:OPPOSES]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'OPPOSES' THEN '' ELSE '~' END
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:SUPPORTS]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'SUPPORTS' THEN '' ELSE '~' END
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (src:Actor)-[r:VISITS]->(t)
  WHERE r.date >= CASE WHEN coalesce($type, '') = '' OR upper(replace(trim(coalesce($type, '')), '-', '_')) = 'VISITS' THEN '' ELSE '~' END
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  RETURN r ORDER BY r.date, r.id LIMIT $limit
}
WITH r ORDER BY r.date, type(r), r.id LIMIT $limit
WITH collect(r) AS dated
CALL (dated) {
  WITH dated WHERE size(dated) < $limit
  MATCH (src:Actor)-[r:AFFILIATED_WITH|CALLED|DOES_NOT_SUPPORT|EXPORTS_TO|INVITED|LEADS|LOCATED_IN|MET|OPPOSES|SUPPORTS|VISITS]->(t)
  WHERE r.date IS NULL
    AND (coalesce($edge, '') = '' OR r.id = coalesce($edge, ''))
    AND (coalesce($type, '') = '' OR type(r) = upper(replace(trim(coalesce($type, '')), '-', '_')))
  WITH r ORDER BY type(r), r.id LIMIT $limit
  RETURN collect(r) AS undated
}
UNWIND (dated + undated)[0..$limit] AS r
MATCH (src:Actor)-[r]->(t)
OPTIONAL MATCH (art:Article {id: r.article})
OPTIONAL MATCH (s:Statement {id: r.statement})
RETURN r.id AS edge, type(r) AS type, src.name AS source, t.name AS target, r.sentence AS sentence,
       r.sentence_start AS sentence_start, r.sentence_end AS sentence_end, r.cue AS cue,
       s.text AS statement, r.date AS date, r.date_text AS date_text, r.status AS status,
       r.detail AS detail, r.confidence AS confidence, art.title AS article, art.outlet AS outlet,
       art.url AS url, art.published AS published
ORDER BY date, type, source, target, published, sentence_start, edge
