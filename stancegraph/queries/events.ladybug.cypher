// Only the filters given are tested (// if:): each one costs a test on every edge.
// LadybugDB reads every column a query uses before its ORDER BY ... LIMIT, so the edges are
// chosen in date order carrying their ends by internal id, and the ends are named after.

// variant: of-a-kind when kind
// The kind is turned into a relationship type once, not tested as an expression per edge.
WITH CASE replace(lower(trim(coalesce($kind, ''))), ' ', '_')
       WHEN 'visit' THEN 'VISITS' WHEN 'visits' THEN 'VISITS' WHEN 'visited' THEN 'VISITS'
       WHEN 'call' THEN 'CALLED' WHEN 'calls' THEN 'CALLED' WHEN 'called' THEN 'CALLED'
       WHEN 'meet' THEN 'MET' WHEN 'meeting' THEN 'MET' WHEN 'meetings' THEN 'MET' WHEN 'met' THEN 'MET'
       WHEN 'invite' THEN 'INVITED' WHEN 'invitation' THEN 'INVITED' WHEN 'invitations' THEN 'INVITED'
       WHEN 'invited' THEN 'INVITED'
       WHEN 'export' THEN 'EXPORTS_TO' WHEN 'exports' THEN 'EXPORTS_TO' WHEN 'exports_to' THEN 'EXPORTS_TO'
       WHEN 'exported' THEN 'EXPORTS_TO'
       ELSE upper(trim(coalesce($kind, ''))) END AS wanted
MATCH (doer:Actor)-[r:CALLED|EXPORTS_TO|INVITED|MET|VISITS]->(t)
WHERE true
  AND doer.id IN $actor  // if: actor
  AND t.id IN $target  // if: target
  AND label(r) = wanted
  AND r.date >= $since  // if: since
  AND r.date < $until + '~'  // if: until
WITH id(doer) AS doer_id, id(t) AS t_id, r ORDER BY r.date, label(r), r.id LIMIT $limit
MATCH (doer:Actor) WHERE id(doer) = doer_id
OPTIONAL MATCH (ta:Actor) WHERE id(ta) = t_id
OPTIONAL MATCH (tt:Topic) WHERE id(tt) = t_id
RETURN label(r) AS event, doer.name AS actor, coalesce(ta.name, tt.name) AS target, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence, r.id AS edge
ORDER BY date, event, actor, target, detail, sentence, edge

// variant: all
MATCH (doer:Actor)-[r:CALLED|EXPORTS_TO|INVITED|MET|VISITS]->(t)
WHERE true
  AND doer.id IN $actor  // if: actor
  AND t.id IN $target  // if: target
  AND r.date >= $since  // if: since
  AND r.date < $until + '~'  // if: until
WITH id(doer) AS doer_id, id(t) AS t_id, r ORDER BY r.date, label(r), r.id LIMIT $limit
MATCH (doer:Actor) WHERE id(doer) = doer_id
OPTIONAL MATCH (ta:Actor) WHERE id(ta) = t_id
OPTIONAL MATCH (tt:Topic) WHERE id(tt) = t_id
RETURN label(r) AS event, doer.name AS actor, coalesce(ta.name, tt.name) AS target, r.date AS date, r.date_text AS when_said,
       r.status AS status, r.detail AS detail, r.sentence AS sentence, r.id AS edge
ORDER BY date, event, actor, target, detail, sentence, edge
