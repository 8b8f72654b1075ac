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
// opponent made millions of rows.
