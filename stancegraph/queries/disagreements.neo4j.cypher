// variant: by-actor when actor
// The actor's first $limit targets (in name order) with someone on the other side, read off
// the counts kept on them (each gives at least one row); only those are paired.
MATCH (a:Actor)-[s1:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE a.id IN $actor AND (size($target) = 0 OR t.id IN $target)
// sup/opp: whether the actor itself supports/opposes it, so is one of the target's counted
// supporters/opponents: someone else is on the other side when that count is higher.
WITH a, t, max(CASE WHEN type(s1) = 'SUPPORTS' THEN 1 ELSE 0 END) AS sup,
     max(CASE WHEN type(s1) = 'SUPPORTS' THEN 0 ELSE 1 END) AS opp
WHERE (sup = 1 AND t.opponents > opp) OR (opp = 1 AND t.supporters > sup)
WITH DISTINCT t ORDER BY t.name, t.id LIMIT $limit
MATCH (a:Actor)-[s1:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE a.id IN $actor
WITH a, t, type(s1) AS a_stance, count(*) AS n_a, min(s1.sentence) AS a_says
MATCH (other:Actor)-[s2:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE other <> a AND (a_stance = 'SUPPORTS') <> (type(s2) = 'SUPPORTS')
  // two matched actors on opposite sides: count their pairs once, from the supporter
  AND (a_stance = 'SUPPORTS' OR NOT other.id IN $actor)
WITH a, t, a_stance, n_a, a_says, other, type(s2) AS o_stance, count(*) AS n_o, min(s2.sentence) AS o_says
WITH t, CASE WHEN a_stance = 'SUPPORTS' THEN a ELSE other END AS pro,
     CASE WHEN a_stance = 'SUPPORTS' THEN other ELSE a END AS con,
     CASE WHEN a_stance = 'SUPPORTS' THEN o_stance ELSE a_stance END AS opponent_stance,
     n_a * n_o AS pairs,
     CASE WHEN a_stance = 'SUPPORTS' THEN a_says ELSE o_says END AS supporter_says,
     CASE WHEN a_stance = 'SUPPORTS' THEN o_says ELSE a_says END AS opponent_says
RETURN t.name AS target, pro.name AS supporter, con.name AS opponent, opponent_stance, pairs,
       supporter_says, opponent_says
ORDER BY target, supporter, opponent, opponent_stance
LIMIT $limit

// variant: one-target when target
// The target's supporters, each paired with its opponents (as in all-targets below).
MATCH (t:Actor|Topic) WHERE t.id IN $target
MATCH (pro:Actor)-[yes:SUPPORTS]->(t)
// Someone other than this supporter opposes it: two opponents, or one that is not the supporter.
WHERE t.opponents > 1 OR (t.opponents = 1 AND NOT EXISTS { MATCH (pro)-[:OPPOSES|DOES_NOT_SUPPORT]->(t) })
WITH t, pro, count(*) AS n_yes, min(yes.sentence) AS supporter_says
ORDER BY t.name, t.id, pro.name, pro.id LIMIT $limit
// Each target's opponents are grouped once, not once per supporter; a supporter needs at
// most $limit of them, plus the two it may be itself (OPPOSES and DOES_NOT_SUPPORT).
WITH t, collect({id: pro.id, name: pro.name, n: n_yes, says: supporter_says}) AS pros
CALL (t) {
  MATCH (con:Actor)-[no:OPPOSES|DOES_NOT_SUPPORT]->(t)
  WITH con, type(no) AS opponent_stance, count(*) AS n_no, min(no.sentence) AS opponent_says
  ORDER BY con.name, opponent_stance, con.id LIMIT $limit + 2
  RETURN collect({id: con.id, name: con.name, stance: opponent_stance, n: n_no, says: opponent_says}) AS cons
}
// The lists are dropped as soon as they are unwound: rows carrying them made Neo4j count
// every pair as holding both lists (out of transaction memory on a hub).
UNWIND pros AS p
WITH t, p, cons
UNWIND cons AS c
WITH t, p, c WHERE c.id <> p.id
RETURN t.name AS target, p.name AS supporter, c.name AS opponent, c.stance AS opponent_stance, p.n * c.n AS pairs,
       p.says AS supporter_says, c.says AS opponent_says
ORDER BY target, supporter, opponent, opponent_stance
LIMIT $limit

// variant: all-targets
// Targets in name order that someone supports and someone else opposes, read off the
// counts kept on them: supporters, opponents, and two or more stance holders in all.
CALL () {
  MATCH (t:Actor) WHERE t.name IS NOT NULL AND t.supporters > 0 AND t.opponents > 0 AND t.stance_holders > 1
  RETURN t ORDER BY t.name, t.id LIMIT $limit
  UNION ALL
  MATCH (t:Topic) WHERE t.name IS NOT NULL AND t.supporters > 0 AND t.opponents > 0 AND t.stance_holders > 1
  RETURN t ORDER BY t.name, t.id LIMIT $limit
}
WITH t ORDER BY t.name, t.id LIMIT $limit
MATCH (pro:Actor)-[yes:SUPPORTS]->(t)
// Someone other than this supporter opposes it: two opponents, or one that is not the supporter.
WHERE t.opponents > 1 OR (t.opponents = 1 AND NOT EXISTS { MATCH (pro)-[:OPPOSES|DOES_NOT_SUPPORT]->(t) })
WITH t, pro, count(*) AS n_yes, min(yes.sentence) AS supporter_says
ORDER BY t.name, t.id, pro.name, pro.id LIMIT $limit
// Each target's opponents are grouped once, not once per supporter; a supporter needs at
// most $limit of them, plus the two it may be itself (OPPOSES and DOES_NOT_SUPPORT).
WITH t, collect({id: pro.id, name: pro.name, n: n_yes, says: supporter_says}) AS pros
CALL (t) {
  MATCH (con:Actor)-[no:OPPOSES|DOES_NOT_SUPPORT]->(t)
  WITH con, type(no) AS opponent_stance, count(*) AS n_no, min(no.sentence) AS opponent_says
  ORDER BY con.name, opponent_stance, con.id LIMIT $limit + 2
  RETURN collect({id: con.id, name: con.name, stance: opponent_stance, n: n_no, says: opponent_says}) AS cons
}
// The lists are dropped as soon as they are unwound: rows carrying them made Neo4j count
// every pair as holding both lists (out of transaction memory on a hub).
UNWIND pros AS p
WITH t, p, cons
UNWIND cons AS c
WITH t, p, c WHERE c.id <> p.id
RETURN t.name AS target, p.name AS supporter, c.name AS opponent, c.stance AS opponent_stance, p.n * c.n AS pairs,
       p.says AS supporter_says, c.says AS opponent_says
ORDER BY target, supporter, opponent, opponent_stance
LIMIT $limit
