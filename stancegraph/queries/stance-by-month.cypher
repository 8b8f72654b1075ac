// title: Stance of an actor toward a target, by month
// description: For one holder (and one target, or each target it has a stance on): per month, how many SUPPORTS, OPPOSES and DOES_NOT_SUPPORT edges, the net, in how many articles, the first and last date, and the strongest example (the sentence of the most confident edge).
// param: actor node required -- the holder, e.g. Howard
// param: target node -- only stances toward this actor or topic, e.g. "ID cards"
// param: limit int default=200 -- at most this many rows
// writes: false
// Months are the first 7 characters of the ISO date (stances are dated by their article when
// the clause has no date); the example is re-read from the holder's edges of that month.
