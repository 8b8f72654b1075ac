// title: Who supports an actor or topic
// description: Actors with a SUPPORTS stance toward the target: how often, in how many articles, first and last date, and one source sentence.
// param: target node required -- actor or topic supported, e.g. "Taiwan independence"
// param: limit int default=100 -- at most this many rows
// writes: false
