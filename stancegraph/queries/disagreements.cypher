// title: Disagreements: actors on opposite sides of one target
// description: Pairs of actors where one SUPPORTS a target and the other OPPOSES it or does not support it, with one source sentence for each side.
// param: target node -- only disagreements over this actor or topic (default: all)
// param: actor node -- only disagreements involving this actor, on either side
// param: limit int default=100 -- at most this many rows
// writes: false
// Given an actor: start from its stance edges and the other side of each target.
// Otherwise rows go by target, supporter, opponent, and only the first $limit
// (target, supporter) pairs that have an opponent other than the supporter are paired with
// the opponents, and each of them gives at least one row. Pairing every supporter of a hub with every
// opponent made millions of rows (LadybugDB buffer pool full, Neo4j timeout at 1M edges).
// dialect: neo4j
// The actor's first $limit targets (in name order) with someone on the other side, read off
// the counts kept on them (each gives at least one row); then only those are paired: pairing
// all of a hub's targets took 367 ms (embedded) and 467 ms (Neo4j) for Xi at 1M edges (now 41-51 ms).  // if: actor
MATCH (a:Actor)-[s1:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)  // if: actor
WHERE a.id IN $actor AND (size($target) = 0 OR t.id IN $target)  // if: actor
// sup/opp: whether the actor itself supports/opposes it, so is one of the target's counted
// supporters/opponents: someone else is on the other side when that count is higher.  // if: actor
WITH a, t, max(CASE WHEN type(s1) = 'SUPPORTS' THEN 1 ELSE 0 END) AS sup,  // if: actor
     max(CASE WHEN type(s1) = 'SUPPORTS' THEN 0 ELSE 1 END) AS opp  // if: actor
WHERE (sup = 1 AND t.opponents > opp) OR (opp = 1 AND t.supporters > sup)  // if: actor
WITH DISTINCT t ORDER BY t.name, t.id LIMIT $limit  // if: actor
MATCH (a:Actor)-[s1:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)  // if: actor
WHERE a.id IN $actor  // if: actor
WITH a, t, type(s1) AS a_stance, count(*) AS n_a, min(s1.sentence) AS a_says  // if: actor
MATCH (other:Actor)-[s2:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)  // if: actor
WHERE other <> a AND (a_stance = 'SUPPORTS') <> (type(s2) = 'SUPPORTS')  // if: actor
  // two matched actors on opposite sides: count their pairs once, from the supporter  // if: actor
  AND (a_stance = 'SUPPORTS' OR NOT other.id IN $actor)  // if: actor
WITH a, t, a_stance, n_a, a_says, other, type(s2) AS o_stance, count(*) AS n_o, min(s2.sentence) AS o_says  // if: actor
WITH t, CASE WHEN a_stance = 'SUPPORTS' THEN a ELSE other END AS pro,  // if: actor
     CASE WHEN a_stance = 'SUPPORTS' THEN other ELSE a END AS con,  // if: actor
     CASE WHEN a_stance = 'SUPPORTS' THEN o_stance ELSE a_stance END AS opponent_stance,  // if: actor
     n_a * n_o AS pairs,  // if: actor
     CASE WHEN a_stance = 'SUPPORTS' THEN a_says ELSE o_says END AS supporter_says,  // if: actor
     CASE WHEN a_stance = 'SUPPORTS' THEN o_says ELSE a_says END AS opponent_says  // if: actor
MATCH (t:Actor|Topic) WHERE t.id IN $target  // if: target
// Targets in name order that someone supports and someone else opposes, read off the
// counts kept on them: supporters, opponents, and two or more stance holders in all.
CALL () {  // unless: actor, target
  MATCH (t:Actor) WHERE t.name IS NOT NULL AND t.supporters > 0 AND t.opponents > 0 AND t.stance_holders > 1  // unless: actor, target
  RETURN t ORDER BY t.name, t.id LIMIT $limit  // unless: actor, target
  UNION ALL  // unless: actor, target
  MATCH (t:Topic) WHERE t.name IS NOT NULL AND t.supporters > 0 AND t.opponents > 0 AND t.stance_holders > 1  // unless: actor, target
  RETURN t ORDER BY t.name, t.id LIMIT $limit  // unless: actor, target
}  // unless: actor, target
WITH t ORDER BY t.name, t.id LIMIT $limit  // unless: actor, target
MATCH (pro:Actor)-[yes:SUPPORTS]->(t)  // unless: actor
// Someone other than this supporter opposes it: two opponents, or one that is not the supporter.
WHERE t.opponents > 1 OR (t.opponents = 1 AND NOT EXISTS { MATCH (pro)-[:OPPOSES|DOES_NOT_SUPPORT]->(t) })  // unless: actor
WITH t, pro, count(*) AS n_yes, min(yes.sentence) AS supporter_says  // unless: actor
ORDER BY t.name, t.id, pro.name, pro.id LIMIT $limit  // unless: actor
// Each target's opponents are grouped once, not once per supporter; a supporter needs at
// most $limit of them, plus the two it may be itself (OPPOSES and DOES_NOT_SUPPORT).
WITH t, collect({id: pro.id, name: pro.name, n: n_yes, says: supporter_says}) AS pros  // unless: actor
CALL (t) {  // unless: actor
  MATCH (con:Actor)-[no:OPPOSES|DOES_NOT_SUPPORT]->(t)  // unless: actor
  WITH con, type(no) AS opponent_stance, count(*) AS n_no, min(no.sentence) AS opponent_says  // unless: actor
  ORDER BY con.name, opponent_stance, con.id LIMIT $limit + 2  // unless: actor
  RETURN collect({id: con.id, name: con.name, stance: opponent_stance, n: n_no, says: opponent_says}) AS cons  // unless: actor
}  // unless: actor
// The lists are dropped as soon as they are unwound: rows carrying them made Neo4j count
// every pair as holding both lists (past 700 MiB of transaction memory on a hub).
UNWIND pros AS p  // unless: actor
WITH t, p, cons  // unless: actor
UNWIND cons AS c  // unless: actor
WITH t, p, c WHERE c.id <> p.id  // unless: actor
RETURN t.name AS target, p.name AS supporter, c.name AS opponent, c.stance AS opponent_stance, p.n * c.n AS pairs,  // unless: actor
       p.says AS supporter_says, c.says AS opponent_says  // unless: actor
ORDER BY target, supporter, opponent, opponent_stance  // unless: actor
LIMIT $limit  // unless: actor
RETURN t.name AS target, pro.name AS supporter, con.name AS opponent, opponent_stance, pairs,  // if: actor
       supporter_says, opponent_says  // if: actor
ORDER BY target, supporter, opponent, opponent_stance  // if: actor
LIMIT $limit  // if: actor
// dialect: ladybug
// The actor's first $limit targets (in name order) with someone on the other side, read off
// the counts kept on them (each gives at least one row); then only those are paired: pairing
// all of a hub's targets took 367 ms for Xi at 1M edges (now about 90). The actor's own
// groups are carried to the pairing as values: matching its edges again cost 17 ms.  // if: actor
MATCH (a:Actor)-[s1:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)  // if: actor
WHERE a.id IN $actor AND (size($target) = 0 OR t.id IN $target)  // if: actor
WITH a, t, label(s1) AS a_stance, count(*) AS n_a, min(s1.sentence) AS a_says  // if: actor
// sup/opp: whether the actor itself supports/opposes it, so is one of the target's counted
// supporters/opponents: someone else is on the other side when that count is higher.  // if: actor
WITH a, t, collect({stance: a_stance, n: n_a, says: a_says}) AS mine,  // if: actor
     max(CASE WHEN a_stance = 'SUPPORTS' THEN 1 ELSE 0 END) AS sup,  // if: actor
     max(CASE WHEN a_stance = 'SUPPORTS' THEN 0 ELSE 1 END) AS opp  // if: actor
WHERE (sup = 1 AND t.opponents > opp) OR (opp = 1 AND t.supporters > sup)  // if: actor
WITH t, collect({a_id: a.id, mine: mine}) AS holders ORDER BY t.name, t.id LIMIT $limit  // if: actor
UNWIND holders AS h  // if: actor
UNWIND h.mine AS m  // if: actor
MATCH (a:Actor {id: h.a_id})  // if: actor
WITH a, t, m.stance AS a_stance, m.n AS n_a, m.says AS a_says  // if: actor
MATCH (other:Actor)-[s2:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)  // if: actor
WHERE other.id <> a.id AND (a_stance = 'SUPPORTS') <> (label(s2) = 'SUPPORTS')  // if: actor
  // two matched actors on opposite sides: count their pairs once, from the supporter  // if: actor
  AND (a_stance = 'SUPPORTS' OR NOT other.id IN $actor)  // if: actor
WITH a, t, a_stance, n_a, a_says, other, label(s2) AS o_stance, count(*) AS n_o, min(s2.sentence) AS o_says  // if: actor
WITH t, CASE WHEN a_stance = 'SUPPORTS' THEN a ELSE other END AS pro,  // if: actor
     CASE WHEN a_stance = 'SUPPORTS' THEN other ELSE a END AS con,  // if: actor
     CASE WHEN a_stance = 'SUPPORTS' THEN o_stance ELSE a_stance END AS opponent_stance,  // if: actor
     n_a * n_o AS pairs,  // if: actor
     CASE WHEN a_stance = 'SUPPORTS' THEN a_says ELSE o_says END AS supporter_says,  // if: actor
     CASE WHEN a_stance = 'SUPPORTS' THEN o_says ELSE a_says END AS opponent_says  // if: actor
// Targets read off the counts kept on them (see the Neo4j variant).
MATCH (t:Actor:Topic)  // unless: actor, target
WHERE t.supporters > 0 AND t.opponents > 0 AND t.stance_holders > 1  // unless: actor, target
WITH t ORDER BY t.name, t.id LIMIT $limit  // unless: actor, target
MATCH (pro:Actor)-[yes:SUPPORTS]->(t)  // unless: actor
WHERE (t.opponents > 1 OR (t.opponents = 1 AND NOT EXISTS { MATCH (pro)-[:OPPOSES|DOES_NOT_SUPPORT]->(t) }))  // unless: actor
  AND (size($target) = 0 OR t.id IN $target)  // unless: actor
WITH t, pro, count(*) AS n_yes, min(yes.sentence) AS supporter_says  // unless: actor
ORDER BY t.name, t.id, pro.name, pro.id LIMIT $limit  // unless: actor
// Each target's opponents are grouped once (name, stance, sentence read once each), then
// paired with its kept supporters as plain values: grouping every (supporter, opponent)
// pair read the opponents' properties for each supporter (Beijing: 42,000 rows; 106 -> 70 ms).
WITH t, collect({pro_id: pro.id, supporter: pro.name, n_yes: n_yes, says: supporter_says}) AS pros  // unless: actor
MATCH (con:Actor)-[no:OPPOSES|DOES_NOT_SUPPORT]->(t)  // unless: actor
WITH t.name AS target, pros, con.id AS con_id, con.name AS opponent, label(no) AS opponent_stance,  // unless: actor
     count(*) AS n_no, min(no.sentence) AS opponent_says  // unless: actor
UNWIND pros AS p  // unless: actor
WITH target, p, con_id, opponent, opponent_stance, n_no, opponent_says WHERE p.pro_id <> con_id  // unless: actor
RETURN target, p.supporter AS supporter, opponent, opponent_stance, p.n_yes * n_no AS pairs,  // unless: actor
       p.says AS supporter_says, opponent_says  // unless: actor
ORDER BY target, supporter, opponent, opponent_stance  // unless: actor
LIMIT $limit  // unless: actor
RETURN t.name AS target, pro.name AS supporter, con.name AS opponent, opponent_stance, pairs,  // if: actor
       supporter_says, opponent_says  // if: actor
ORDER BY target, supporter, opponent, opponent_stance  // if: actor
LIMIT $limit  // if: actor
