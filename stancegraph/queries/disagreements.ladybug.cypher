// variant: by-actor when actor
// The actor's first $limit targets (in name order) with someone on the other side, read off
// the counts kept on them (each gives at least one row); only those are paired. The actor's
// own groups are carried to the pairing as values, not matched again.
MATCH (a:Actor)-[s1:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE a.id IN $actor AND (size($target) = 0 OR t.id IN $target)
WITH a, t, label(s1) AS a_stance, count(*) AS n_a, min(s1.sentence) AS a_says
// sup/opp: whether the actor itself supports/opposes it, so is one of the target's counted
// supporters/opponents: someone else is on the other side when that count is higher.
WITH a, t, collect({stance: a_stance, n: n_a, says: a_says}) AS mine,
     max(CASE WHEN a_stance = 'SUPPORTS' THEN 1 ELSE 0 END) AS sup,
     max(CASE WHEN a_stance = 'SUPPORTS' THEN 0 ELSE 1 END) AS opp
WHERE (sup = 1 AND t.opponents > opp) OR (opp = 1 AND t.supporters > sup)
WITH t, collect({a_id: a.id, mine: mine}) AS holders ORDER BY t.name, t.id LIMIT $limit
UNWIND holders AS h
UNWIND h.mine AS m
MATCH (a:Actor {id: h.a_id})
WITH a, t, m.stance AS a_stance, m.n AS n_a, m.says AS a_says
MATCH (other:Actor)-[s2:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WHERE other.id <> a.id AND (a_stance = 'SUPPORTS') <> (label(s2) = 'SUPPORTS')
  // two matched actors on opposite sides: count their pairs once, from the supporter
  AND (a_stance = 'SUPPORTS' OR NOT other.id IN $actor)
WITH a, t, a_stance, n_a, a_says, other, label(s2) AS o_stance, count(*) AS n_o, min(s2.sentence) AS o_says
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
MATCH (pro:Actor)-[yes:SUPPORTS]->(t)
WHERE (t.opponents > 1 OR (t.opponents = 1 AND NOT EXISTS { MATCH (pro)-[:OPPOSES|DOES_NOT_SUPPORT]->(t) }))
  AND (size($target) = 0 OR t.id IN $target)
WITH t, pro, count(*) AS n_yes, min(yes.sentence) AS supporter_says
ORDER BY t.name, t.id, pro.name, pro.id LIMIT $limit
// Each target's opponents are grouped once (name, stance, sentence read once each), then
// paired with its kept supporters as plain values: grouping every (supporter, opponent)
// pair read the opponents' properties again for each supporter.
WITH t, collect({pro_id: pro.id, supporter: pro.name, n_yes: n_yes, says: supporter_says}) AS pros
MATCH (con:Actor)-[no:OPPOSES|DOES_NOT_SUPPORT]->(t)
WITH t.name AS target, pros, con.id AS con_id, con.name AS opponent, label(no) AS opponent_stance,
     count(*) AS n_no, min(no.sentence) AS opponent_says
UNWIND pros AS p
WITH target, p, con_id, opponent, opponent_stance, n_no, opponent_says WHERE p.pro_id <> con_id
RETURN target, p.supporter AS supporter, opponent, opponent_stance, p.n_yes * n_no AS pairs,
       p.says AS supporter_says, opponent_says
ORDER BY target, supporter, opponent, opponent_stance
LIMIT $limit

// variant: all-targets
// Targets in name order that someone supports and someone else opposes, read off the
// counts kept on them: supporters, opponents, and two or more stance holders in all.
MATCH (t:Actor:Topic)
WHERE t.supporters > 0 AND t.opponents > 0 AND t.stance_holders > 1
WITH t ORDER BY t.name, t.id LIMIT $limit
MATCH (pro:Actor)-[yes:SUPPORTS]->(t)
WHERE (t.opponents > 1 OR (t.opponents = 1 AND NOT EXISTS { MATCH (pro)-[:OPPOSES|DOES_NOT_SUPPORT]->(t) }))
  AND (size($target) = 0 OR t.id IN $target)
WITH t, pro, count(*) AS n_yes, min(yes.sentence) AS supporter_says
ORDER BY t.name, t.id, pro.name, pro.id LIMIT $limit
// Each target's opponents are grouped once (name, stance, sentence read once each), then
// paired with its kept supporters as plain values: grouping every (supporter, opponent)
// pair read the opponents' properties again for each supporter.
WITH t, collect({pro_id: pro.id, supporter: pro.name, n_yes: n_yes, says: supporter_says}) AS pros
MATCH (con:Actor)-[no:OPPOSES|DOES_NOT_SUPPORT]->(t)
WITH t.name AS target, pros, con.id AS con_id, con.name AS opponent, label(no) AS opponent_stance,
     count(*) AS n_no, min(no.sentence) AS opponent_says
UNWIND pros AS p
WITH target, p, con_id, opponent, opponent_stance, n_no, opponent_says WHERE p.pro_id <> con_id
RETURN target, p.supporter AS supporter, opponent, opponent_stance, p.n_yes * n_no AS pairs,
       p.says AS supporter_says, opponent_says
ORDER BY target, supporter, opponent, opponent_stance
LIMIT $limit
