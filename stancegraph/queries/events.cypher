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
WITH CASE replace(lower(trim(coalesce($kind, ''))), ' ', '_')
       WHEN 'visit' THEN 'VISITS' WHEN 'visits' THEN 'VISITS' WHEN 'visited' THEN 'VISITS'
       WHEN 'call' THEN 'CALLED' WHEN 'calls' THEN 'CALLED' WHEN 'called' THEN 'CALLED'
       WHEN 'meet' THEN 'MET' WHEN 'meeting' THEN 'MET' WHEN 'meetings' THEN 'MET' WHEN 'met' THEN 'MET'
       WHEN 'invite' THEN 'INVITED' WHEN 'invitation' THEN 'INVITED' WHEN 'invitations' THEN 'INVITED'
       WHEN 'invited' THEN 'INVITED'
       WHEN 'export' THEN 'EXPORTS_TO' WHEN 'exports' THEN 'EXPORTS_TO' WHEN 'exports_to' THEN 'EXPORTS_TO'
       WHEN 'exported' THEN 'EXPORTS_TO'
       ELSE upper(trim(coalesce($kind, ''))) END AS wanted
// With an actor or target given: start from it (id index), sort what hangs off it.
MATCH (doer:Actor) WHERE doer.id IN $actor  // if: actor
MATCH (t:Actor|Topic) WHERE t.id IN $target  // if: target
MATCH (doer:Actor)-[r:CALLED|EXPORTS_TO|INVITED|MET|VISITS]->(t)  // if: actor, target
WHERE (wanted = '' OR type(r) = wanted)  // if: actor, target
  AND (size($actor) = 0 OR doer.id IN $actor)  // if: actor, target
  AND (size($target) = 0 OR t.id IN $target)  // if: actor, target
  AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))  // if: actor, target
  AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')  // if: actor, target
WITH wanted, doer, r, t ORDER BY r.date, type(r), r.id LIMIT $limit  // if: actor, target
// Otherwise read each type's range index on r.date in order, stopping after $limit;
// a type not asked for seeks an empty range. Undated edges (NULL sorts last) only if needed.
OPTIONAL CALL (wanted) {  // unless: actor, target
  MATCH (doer:Actor)-[r:CALLED]->(t)  // unless: actor, target
  WHERE r.date >= CASE WHEN wanted IN ['', 'CALLED'] THEN coalesce($since, '') ELSE '~' END  // unless: actor, target
    AND (wanted = '' OR type(r) = wanted)  // unless: actor, target
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))  // unless: actor, target
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')  // unless: actor, target
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: actor, target
  UNION ALL  // unless: actor, target
  MATCH (doer:Actor)-[r:EXPORTS_TO]->(t)  // unless: actor, target
  WHERE r.date >= CASE WHEN wanted IN ['', 'EXPORTS_TO'] THEN coalesce($since, '') ELSE '~' END  // unless: actor, target
    AND (wanted = '' OR type(r) = wanted)  // unless: actor, target
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))  // unless: actor, target
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')  // unless: actor, target
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: actor, target
  UNION ALL  // unless: actor, target
  MATCH (doer:Actor)-[r:INVITED]->(t)  // unless: actor, target
  WHERE r.date >= CASE WHEN wanted IN ['', 'INVITED'] THEN coalesce($since, '') ELSE '~' END  // unless: actor, target
    AND (wanted = '' OR type(r) = wanted)  // unless: actor, target
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))  // unless: actor, target
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')  // unless: actor, target
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: actor, target
  UNION ALL  // unless: actor, target
  MATCH (doer:Actor)-[r:MET]->(t)  // unless: actor, target
  WHERE r.date >= CASE WHEN wanted IN ['', 'MET'] THEN coalesce($since, '') ELSE '~' END  // unless: actor, target
    AND (wanted = '' OR type(r) = wanted)  // unless: actor, target
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))  // unless: actor, target
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')  // unless: actor, target
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: actor, target
  UNION ALL  // unless: actor, target
  MATCH (doer:Actor)-[r:VISITS]->(t)  // unless: actor, target
  WHERE r.date >= CASE WHEN wanted IN ['', 'VISITS'] THEN coalesce($since, '') ELSE '~' END  // unless: actor, target
    AND (wanted = '' OR type(r) = wanted)  // unless: actor, target
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))  // unless: actor, target
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')  // unless: actor, target
  RETURN r ORDER BY r.date, r.id LIMIT $limit  // unless: actor, target
}  // unless: actor, target
WITH wanted, r ORDER BY r.date, type(r), r.id LIMIT $limit  // unless: actor, target
WITH wanted, collect(r) AS dated  // unless: actor, target
CALL (dated, wanted) {  // unless: actor, target
  WITH dated WHERE size(dated) < $limit  // unless: actor, target
  MATCH (doer:Actor)-[r:CALLED|EXPORTS_TO|INVITED|MET|VISITS]->(t)  // unless: actor, target
  WHERE r.date IS NULL  // unless: actor, target
    AND (wanted = '' OR type(r) = wanted)  // unless: actor, target
    AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))  // unless: actor, target
    AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')  // unless: actor, target
  WITH r ORDER BY type(r), r.id LIMIT $limit  // unless: actor, target
  RETURN collect(r) AS undated  // unless: actor, target
}  // unless: actor, target
UNWIND (dated + undated)[0..$limit] AS r  // unless: actor, target
MATCH (doer:Actor)-[r]->(t)  // unless: actor, target
RETURN type(r) AS event, doer.name AS actor, t.name AS target, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence, r.id AS edge
ORDER BY date, event, actor, target, detail, sentence, edge
// dialect: ladybug
// Filters the user did not give are left out (// if: ...): each one tested on every edge
// cost ~90 ms at 120,000 edges. The edges are chosen in date order before their ends are named.
// LadybugDB reads every column a query uses before its ORDER BY ... LIMIT: the names of both
// ends were read for every edge (stances: 97 -> 61 ms at 119,000 edges when the ends are
// carried by internal id and named after the limit).
WITH CASE replace(lower(trim(coalesce($kind, ''))), ' ', '_')  // if: kind
       WHEN 'visit' THEN 'VISITS' WHEN 'visits' THEN 'VISITS' WHEN 'visited' THEN 'VISITS'  // if: kind
       WHEN 'call' THEN 'CALLED' WHEN 'calls' THEN 'CALLED' WHEN 'called' THEN 'CALLED'  // if: kind
       WHEN 'meet' THEN 'MET' WHEN 'meeting' THEN 'MET' WHEN 'meetings' THEN 'MET' WHEN 'met' THEN 'MET'  // if: kind
       WHEN 'invite' THEN 'INVITED' WHEN 'invitation' THEN 'INVITED' WHEN 'invitations' THEN 'INVITED'  // if: kind
       WHEN 'invited' THEN 'INVITED'  // if: kind
       WHEN 'export' THEN 'EXPORTS_TO' WHEN 'exports' THEN 'EXPORTS_TO' WHEN 'exports_to' THEN 'EXPORTS_TO'  // if: kind
       WHEN 'exported' THEN 'EXPORTS_TO'  // if: kind
       ELSE upper(trim(coalesce($kind, ''))) END AS wanted  // if: kind
MATCH (doer:Actor)-[r:CALLED|EXPORTS_TO|INVITED|MET|VISITS]->(t)
WHERE true
  AND doer.id IN $actor  // if: actor
  AND t.id IN $target  // if: target
  AND label(r) = wanted  // if: kind
  AND r.date >= $since  // if: since
  AND r.date < $until + '~'  // if: until
WITH id(doer) AS doer_id, id(t) AS t_id, r ORDER BY r.date, label(r), r.id LIMIT $limit
MATCH (doer:Actor) WHERE id(doer) = doer_id
OPTIONAL MATCH (ta:Actor) WHERE id(ta) = t_id
OPTIONAL MATCH (tt:Topic) WHERE id(tt) = t_id
RETURN label(r) AS event, doer.name AS actor, coalesce(ta.name, tt.name) AS target, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence, r.id AS edge
ORDER BY date, event, actor, target, detail, sentence, edge
