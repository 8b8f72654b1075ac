// variant: by-actor-or-target when actor, target
WITH CASE replace(lower(trim(coalesce($kind, ''))), ' ', '_')
       WHEN 'visit' THEN 'VISITS' WHEN 'visits' THEN 'VISITS' WHEN 'visited' THEN 'VISITS'
       WHEN 'call' THEN 'CALLED' WHEN 'calls' THEN 'CALLED' WHEN 'called' THEN 'CALLED'
       WHEN 'meet' THEN 'MET' WHEN 'meeting' THEN 'MET' WHEN 'meetings' THEN 'MET' WHEN 'met' THEN 'MET'
       WHEN 'invite' THEN 'INVITED' WHEN 'invitation' THEN 'INVITED' WHEN 'invitations' THEN 'INVITED'
       WHEN 'invited' THEN 'INVITED'
       WHEN 'export' THEN 'EXPORTS_TO' WHEN 'exports' THEN 'EXPORTS_TO' WHEN 'exports_to' THEN 'EXPORTS_TO'
       WHEN 'exported' THEN 'EXPORTS_TO'
       ELSE upper(trim(coalesce($kind, ''))) END AS wanted
// Start from what was given (id index) and sort what hangs off it.
MATCH (doer:Actor) WHERE doer.id IN $actor  // if: actor
MATCH (t:Actor|Topic) WHERE t.id IN $target  // if: target
MATCH (doer:Actor)-[r:CALLED|EXPORTS_TO|INVITED|MET|VISITS]->(t)
WHERE (wanted = '' OR type(r) = wanted)
  AND (size($actor) = 0 OR doer.id IN $actor)
  AND (size($target) = 0 OR t.id IN $target)
  AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
  AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
WITH wanted, doer, r, t ORDER BY r.date, type(r), r.id LIMIT $limit
RETURN type(r) AS event, doer.name AS actor, t.name AS target, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence, r.id AS edge
ORDER BY date, event, actor, target, detail, sentence, edge

// variant: by-date
WITH CASE replace(lower(trim(coalesce($kind, ''))), ' ', '_')
       WHEN 'visit' THEN 'VISITS' WHEN 'visits' THEN 'VISITS' WHEN 'visited' THEN 'VISITS'
       WHEN 'call' THEN 'CALLED' WHEN 'calls' THEN 'CALLED' WHEN 'called' THEN 'CALLED'
       WHEN 'meet' THEN 'MET' WHEN 'meeting' THEN 'MET' WHEN 'meetings' THEN 'MET' WHEN 'met' THEN 'MET'
       WHEN 'invite' THEN 'INVITED' WHEN 'invitation' THEN 'INVITED' WHEN 'invitations' THEN 'INVITED'
       WHEN 'invited' THEN 'INVITED'
       WHEN 'export' THEN 'EXPORTS_TO' WHEN 'exports' THEN 'EXPORTS_TO' WHEN 'exports_to' THEN 'EXPORTS_TO'
       WHEN 'exported' THEN 'EXPORTS_TO'
       ELSE upper(trim(coalesce($kind, ''))) END AS wanted
// Read each type's range index on r.date in order, stopping after $limit;
// a type not asked for seeks an empty range. Undated edges (NULL sorts last) only if needed.
OPTIONAL CALL (wanted) {
  MATCH (doer:Actor)-[r:CALLED]->(t)
  WHERE r.date >= CASE WHEN wanted IN ['', 'CALLED'] THEN coalesce($since, '') ELSE '~' END
    AND (wanted = '' OR type(r) = wanted)
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (doer:Actor)-[r:EXPORTS_TO]->(t)
  WHERE r.date >= CASE WHEN wanted IN ['', 'EXPORTS_TO'] THEN coalesce($since, '') ELSE '~' END
    AND (wanted = '' OR type(r) = wanted)
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (doer:Actor)-[r:INVITED]->(t)
  WHERE r.date >= CASE WHEN wanted IN ['', 'INVITED'] THEN coalesce($since, '') ELSE '~' END
    AND (wanted = '' OR type(r) = wanted)
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (doer:Actor)-[r:MET]->(t)
  WHERE r.date >= CASE WHEN wanted IN ['', 'MET'] THEN coalesce($since, '') ELSE '~' END
    AND (wanted = '' OR type(r) = wanted)
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (doer:Actor)-[r:VISITS]->(t)
  WHERE r.date >= CASE WHEN wanted IN ['', 'VISITS'] THEN coalesce($since, '') ELSE '~' END
    AND (wanted = '' OR type(r) = wanted)
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  RETURN r ORDER BY r.date, r.id LIMIT $limit
}
WITH wanted, r ORDER BY r.date, type(r), r.id LIMIT $limit
WITH wanted, collect(r) AS dated
CALL (dated, wanted) {
  WITH dated WHERE size(dated) < $limit
  MATCH (doer:Actor)-[r:CALLED|EXPORTS_TO|INVITED|MET|VISITS]->(t)
  WHERE r.date IS NULL
    AND (wanted = '' OR type(r) = wanted)
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  WITH r ORDER BY type(r), r.id LIMIT $limit
  RETURN collect(r) AS undated
}
UNWIND (dated + undated)[0..$limit] AS r
MATCH (doer:Actor)-[r]->(t)
RETURN type(r) AS event, doer.name AS actor, t.name AS target, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence, r.id AS edge
ORDER BY date, event, actor, target, detail, sentence, edge
