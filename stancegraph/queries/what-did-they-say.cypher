// title: What did an actor say (optionally about a subject)
// description: Statements made by one actor, optionally only those about an actor or topic, with what each is about and who reported it.
// param: speaker node required -- the actor who spoke, e.g. Xi
// param: about node -- only statements about this actor or topic, e.g. Taiwan
// param: since date -- only statements dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date -- only statements dated up to this (a month or a year includes all of it)
// param: limit int default=100 -- at most this many rows
// writes: false
