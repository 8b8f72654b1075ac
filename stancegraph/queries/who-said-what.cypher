// title: Who said what about a subject
// description: Every statement about an actor or topic: who said it, the words, who reported it, when, and in which article.
// param: subject node required -- actor or topic (name, alias or id), e.g. Taiwan
// param: since date -- only statements dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date -- only statements dated up to this (a month or a year includes all of it)
// param: limit int default=100 -- at most this many rows
// writes: false
