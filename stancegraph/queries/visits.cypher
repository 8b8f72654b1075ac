// title: Visits: who goes where, and when
// description: VISITS edges (planned and done) by an actor or to a place, with date, the words the date came from, status and source sentence.
// param: actor node -- the visitor, e.g. Trump
// param: place node -- the place or actor visited, e.g. Beijing
// param: limit int default=100 -- at most this many rows
// writes: false
