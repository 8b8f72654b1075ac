// title: What did an actor say (optionally about a subject)
// description: Statements made by one actor, optionally only those about an actor or topic, with what each is about and who reported it.
// param: speaker node required -- the actor who spoke, e.g. Xi
// param: about node -- only statements about this actor or topic, e.g. Taiwan
// param: limit int default=100 -- at most this many rows
// writes: false
