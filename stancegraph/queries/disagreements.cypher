// title: Disagreements: actors on opposite sides of one target
// description: Pairs of actors where one SUPPORTS a target and the other OPPOSES it or does not support it, with one source sentence for each side.
// param: target node -- only disagreements over this actor or topic (default: all)
// param: actor node -- only disagreements involving this actor, on either side
// param: limit int default=100 -- at most this many rows
// writes: false
// dialect: neo4j
MATCH (pro:Actor)-[yes:SUPPORTS]->(t)<-[no:OPPOSES|DOES_NOT_SUPPORT]-(con:Actor)
WHERE pro <> con AND (size($target) = 0 OR t.id IN $target)
  AND (size($actor) = 0 OR pro.id IN $actor OR con.id IN $actor)
RETURN t.name AS target, pro.name AS supporter, con.name AS opponent, type(no) AS opponent_stance,
       count(*) AS pairs, min(yes.sentence) AS supporter_says, min(no.sentence) AS opponent_says
ORDER BY target, supporter, opponent, opponent_stance
LIMIT $limit
// dialect: ladybug
MATCH (pro:Actor)-[yes:SUPPORTS]->(t)<-[no:OPPOSES|DOES_NOT_SUPPORT]-(con:Actor)
WHERE pro.id <> con.id AND (size($target) = 0 OR t.id IN $target)
  AND (size($actor) = 0 OR pro.id IN $actor OR con.id IN $actor)
RETURN t.name AS target, pro.name AS supporter, con.name AS opponent, label(no) AS opponent_stance,
       count(*) AS pairs, min(yes.sentence) AS supporter_says, min(no.sentence) AS opponent_says
ORDER BY target, supporter, opponent, opponent_stance
LIMIT $limit
