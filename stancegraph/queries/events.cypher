// title: Events of a kind, with dates
// description: Visits, calls, meetings, invitations and exports between actors, optionally of one kind, by or toward an actor, within a date range; each with status, detail, source sentence and edge id.
// param: kind str -- visits, calls, meetings, invitations or exports (or VISITS, CALLED, MET, INVITED, EXPORTS_TO); default all
// param: actor node -- only events where this actor acts, e.g. Trump
// param: target node -- only events toward this actor or place, e.g. Beijing
// param: since date -- only events dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date -- only events dated up to this (a month or a year includes all of it)
// param: limit int default=100 -- at most this many rows
// writes: false
// Friendly names (visit, visits, call, meeting, export, ...) map onto the relationship types.
// coalesce() around optional parameters: LadybugDB cannot type a bare null parameter.
// dialect: neo4j
// Neo4j: picked in date order from each type's range index on r.date (one branch per type,
// each stopping after $limit), so a listing does not read every edge of a million-edge graph.
WITH CASE replace(lower(trim(coalesce($kind, ''))), ' ', '_')
       WHEN 'visit' THEN 'VISITS' WHEN 'visits' THEN 'VISITS' WHEN 'visited' THEN 'VISITS'
       WHEN 'call' THEN 'CALLED' WHEN 'calls' THEN 'CALLED' WHEN 'called' THEN 'CALLED'
       WHEN 'meet' THEN 'MET' WHEN 'meeting' THEN 'MET' WHEN 'meetings' THEN 'MET' WHEN 'met' THEN 'MET'
       WHEN 'invite' THEN 'INVITED' WHEN 'invitation' THEN 'INVITED' WHEN 'invitations' THEN 'INVITED'
       WHEN 'invited' THEN 'INVITED'
       WHEN 'export' THEN 'EXPORTS_TO' WHEN 'exports' THEN 'EXPORTS_TO' WHEN 'exports_to' THEN 'EXPORTS_TO'
       WHEN 'exported' THEN 'EXPORTS_TO'
       ELSE upper(trim(coalesce($kind, ''))) END AS wanted
OPTIONAL CALL (wanted) {
  MATCH (doer:Actor)-[r:CALLED]->(t)
  WHERE r.date >= CASE WHEN wanted IN ['', 'CALLED'] THEN coalesce($since, '') ELSE '~' END AND (wanted = '' OR type(r) = wanted)
    AND (size($actor) = 0 OR doer.id IN $actor) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (doer:Actor)-[r:EXPORTS_TO]->(t)
  WHERE r.date >= CASE WHEN wanted IN ['', 'EXPORTS_TO'] THEN coalesce($since, '') ELSE '~' END AND (wanted = '' OR type(r) = wanted)
    AND (size($actor) = 0 OR doer.id IN $actor) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (doer:Actor)-[r:INVITED]->(t)
  WHERE r.date >= CASE WHEN wanted IN ['', 'INVITED'] THEN coalesce($since, '') ELSE '~' END AND (wanted = '' OR type(r) = wanted)
    AND (size($actor) = 0 OR doer.id IN $actor) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (doer:Actor)-[r:MET]->(t)
  WHERE r.date >= CASE WHEN wanted IN ['', 'MET'] THEN coalesce($since, '') ELSE '~' END AND (wanted = '' OR type(r) = wanted)
    AND (size($actor) = 0 OR doer.id IN $actor) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  RETURN r ORDER BY r.date, r.id LIMIT $limit
  UNION ALL
  MATCH (doer:Actor)-[r:VISITS]->(t)
  WHERE r.date >= CASE WHEN wanted IN ['', 'VISITS'] THEN coalesce($since, '') ELSE '~' END AND (wanted = '' OR type(r) = wanted)
    AND (size($actor) = 0 OR doer.id IN $actor) AND (size($target) = 0 OR t.id IN $target)
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
  RETURN r ORDER BY r.date, r.id LIMIT $limit
}
WITH wanted, r ORDER BY r.date, type(r), r.id LIMIT $limit
WITH wanted, collect(r) AS dated
// Undated edges come last (as NULL sorts last); they have no index, so only look when needed.
CALL (dated, wanted) {
  WITH dated WHERE size(dated) < $limit
  MATCH (doer:Actor)-[r:CALLED|EXPORTS_TO|INVITED|MET|VISITS]->(t)
  WHERE r.date IS NULL AND (wanted = '' OR type(r) = wanted)
    AND (size($actor) = 0 OR doer.id IN $actor) AND (size($target) = 0 OR t.id IN $target)
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
// dialect: ladybug
// Edges are picked in date order before their ends are named: sorting is the cost here.
WITH CASE replace(lower(trim(coalesce($kind, ''))), ' ', '_')
       WHEN 'visit' THEN 'VISITS' WHEN 'visits' THEN 'VISITS' WHEN 'visited' THEN 'VISITS'
       WHEN 'call' THEN 'CALLED' WHEN 'calls' THEN 'CALLED' WHEN 'called' THEN 'CALLED'
       WHEN 'meet' THEN 'MET' WHEN 'meeting' THEN 'MET' WHEN 'meetings' THEN 'MET' WHEN 'met' THEN 'MET'
       WHEN 'invite' THEN 'INVITED' WHEN 'invitation' THEN 'INVITED' WHEN 'invitations' THEN 'INVITED'
       WHEN 'invited' THEN 'INVITED'
       WHEN 'export' THEN 'EXPORTS_TO' WHEN 'exports' THEN 'EXPORTS_TO' WHEN 'exports_to' THEN 'EXPORTS_TO'
       WHEN 'exported' THEN 'EXPORTS_TO'
       ELSE upper(trim(coalesce($kind, ''))) END AS wanted
MATCH (doer:Actor)-[r:VISITS|CALLED|MET|INVITED|EXPORTS_TO]->(t)
WHERE (wanted = '' OR label(r) = wanted)
  AND (size($actor) = 0 OR doer.id IN $actor) AND (size($target) = 0 OR t.id IN $target)
  AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
  AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
WITH doer, r, t ORDER BY r.date, label(r), r.id LIMIT $limit
RETURN label(r) AS event, doer.name AS actor, t.name AS target, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence, r.id AS edge
ORDER BY date, event, actor, target, detail, sentence, edge
