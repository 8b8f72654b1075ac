// title: Who opposes an actor or topic
// description: Actors with an OPPOSES stance toward the target, and (unless strict) those who say they do not support it; how often, first and last date, one source sentence.
// param: target node required -- actor or topic opposed, e.g. "Taiwan independence"
// param: strict bool default=false -- only OPPOSES, leaving out DOES_NOT_SUPPORT
// param: limit int default=100 -- at most this many rows
// writes: false
