// title: Events of a kind, with dates
// description: Visits, calls, meetings, invitations and exports between actors, optionally of one kind, by or toward an actor, within a date range; each with status, detail, source sentence and edge id.
// param: kind str -- visits, calls, meetings, invitations or exports (or VISITS, CALLED, MET, INVITED, EXPORTS_TO); default all
// param: actor node -- only events where this actor acts, e.g. Trump
// param: target node -- only events toward this actor or place, e.g. Beijing
// param: since date -- only events dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date -- only events dated up to this (a month or a year includes all of it)
// param: limit int default=100 -- at most this many rows
// writes: false
// dialect: neo4j
// Friendly names (visit, visits, call, meeting, export, ...) map onto the relationship types.
// coalesce() around optional parameters: LadybugDB cannot type a bare null parameter.
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
WHERE (wanted = '' OR type(r) = wanted)
  AND (size($actor) = 0 OR doer.id IN $actor) AND (size($target) = 0 OR t.id IN $target)
  AND (coalesce($since, '') = '' OR r.date >= coalesce($since, ''))
  AND (coalesce($until, '') = '' OR r.date < coalesce($until, '') + '~')
RETURN type(r) AS event, doer.name AS actor, t.name AS target, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence, r.id AS edge
ORDER BY date, event, actor, target, detail, sentence, edge
LIMIT $limit
// dialect: ladybug
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
RETURN label(r) AS event, doer.name AS actor, t.name AS target, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence, r.id AS edge
ORDER BY date, event, actor, target, detail, sentence, edge
LIMIT $limit
