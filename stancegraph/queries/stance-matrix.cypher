// title: Stance matrix: actors by target
// description: For each actor and each target it takes a stance on: how many SUPPORTS, OPPOSES and DOES_NOT_SUPPORT edges, and the net (supports minus the other two).
// param: target node -- only this target (actor or topic)
// param: actor node -- only stances held by this actor
// param: min int -- leave out pairs with fewer stance edges than this (default: keep all)
// param: limit int default=200 -- at most this many rows
// writes: false
