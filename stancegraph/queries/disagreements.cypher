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
MATCH (a:Actor)-[s1:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)  // if: actor
WHERE a.id IN $actor AND (size($target) = 0 OR t.id IN $target)  // if: actor
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
CALL () {  // unless: actor, target
  MATCH (t:Actor) WHERE t.name IS NOT NULL  // unless: actor, target
    AND EXISTS { MATCH (p:Actor)-[:SUPPORTS]->(t)<-[:OPPOSES|DOES_NOT_SUPPORT]-(c:Actor) WHERE p <> c }  // unless: actor, target
  RETURN t ORDER BY t.name, t.id LIMIT $limit  // unless: actor, target
  UNION ALL  // unless: actor, target
  MATCH (t:Topic) WHERE t.name IS NOT NULL  // unless: actor, target
    AND EXISTS { MATCH (p:Actor)-[:SUPPORTS]->(t)<-[:OPPOSES|DOES_NOT_SUPPORT]-(c:Actor) WHERE p <> c }  // unless: actor, target
  RETURN t ORDER BY t.name, t.id LIMIT $limit  // unless: actor, target
}  // unless: actor, target
WITH t ORDER BY t.name, t.id LIMIT $limit  // unless: actor, target
MATCH (pro:Actor)-[yes:SUPPORTS]->(t)  // unless: actor
WHERE EXISTS { MATCH (t)<-[:OPPOSES|DOES_NOT_SUPPORT]-(c:Actor) WHERE c <> pro }  // unless: actor
  AND (size($target) = 0 OR t.id IN $target)  // unless: actor
WITH t, pro, count(*) AS n_yes, min(yes.sentence) AS supporter_says  // unless: actor
ORDER BY t.name, t.id, pro.name, pro.id LIMIT $limit  // unless: actor
MATCH (con:Actor)-[no:OPPOSES|DOES_NOT_SUPPORT]->(t)  // unless: actor
WHERE con <> pro  // unless: actor
WITH t, pro, con, type(no) AS opponent_stance, n_yes, count(*) AS n_no, supporter_says,  // unless: actor
     min(no.sentence) AS opponent_says  // unless: actor
WITH t, pro, con, opponent_stance, n_yes * n_no AS pairs, supporter_says, opponent_says  // unless: actor
RETURN t.name AS target, pro.name AS supporter, con.name AS opponent, opponent_stance, pairs,
       supporter_says, opponent_says
ORDER BY target, supporter, opponent, opponent_stance
LIMIT $limit
// dialect: ladybug
MATCH (a:Actor)-[s1:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)  // if: actor
WHERE a.id IN $actor AND (size($target) = 0 OR t.id IN $target)  // if: actor
WITH a, t, label(s1) AS a_stance, count(*) AS n_a, min(s1.sentence) AS a_says  // if: actor
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
MATCH (t:Actor:Topic)  // unless: actor, target
WHERE EXISTS { MATCH (p:Actor)-[:SUPPORTS]->(t)<-[:OPPOSES|DOES_NOT_SUPPORT]-(c:Actor) WHERE p.id <> c.id }  // unless: actor, target
WITH t ORDER BY t.name, t.id LIMIT $limit  // unless: actor, target
MATCH (pro:Actor)-[yes:SUPPORTS]->(t)  // unless: actor
WHERE EXISTS { MATCH (t)<-[:OPPOSES|DOES_NOT_SUPPORT]-(c:Actor) WHERE c.id <> pro.id }  // unless: actor
  AND (size($target) = 0 OR t.id IN $target)  // unless: actor
WITH t, pro, count(*) AS n_yes, min(yes.sentence) AS supporter_says  // unless: actor
ORDER BY t.name, t.id, pro.name, pro.id LIMIT $limit  // unless: actor
MATCH (con:Actor)-[no:OPPOSES|DOES_NOT_SUPPORT]->(t)  // unless: actor
WHERE con.id <> pro.id  // unless: actor
WITH t, pro, con, label(no) AS opponent_stance, n_yes, count(*) AS n_no, supporter_says,  // unless: actor
     min(no.sentence) AS opponent_says  // unless: actor
WITH t, pro, con, opponent_stance, n_yes * n_no AS pairs, supporter_says, opponent_says  // unless: actor
RETURN t.name AS target, pro.name AS supporter, con.name AS opponent, opponent_stance, pairs,
       supporter_says, opponent_says
ORDER BY target, supporter, opponent, opponent_stance
LIMIT $limit
