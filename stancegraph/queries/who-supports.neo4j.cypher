// The node parameter is looked up by label (Actor|Topic), so the id indexes anchor the match
// (an unlabelled `t` made the planner scan every statement or actor first).
MATCH (t:Actor|Topic) WHERE t.id IN $target
MATCH (holder:Actor)-[r:SUPPORTS]->(t)
RETURN holder.name AS actor, holder.kind AS kind, t.name AS target, count(r) AS times,
       count(DISTINCT r.article) AS articles, min(r.date) AS first_date, max(r.date) AS last_date,
       min(r.sentence) AS example
ORDER BY times DESC, actor, target, kind
LIMIT $limit
