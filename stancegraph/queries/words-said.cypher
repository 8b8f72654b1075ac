// title: Statements that use some words
// description: Statements whose words hold a phrase (any case), optionally by one speaker and within a date range, with speaker, date and article; for subjects the graph holds no actor or topic for ("tuition fees" said in passing). Undated statements last.
// param: words str required -- the phrase, e.g. "tuition fee" (also finds "tuition fees")
// param: speaker node -- only statements by this actor, e.g. Blair
// param: since date -- only statements dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date -- only statements dated up to this (a month or a year includes all of it)
// param: limit int default=100 -- at most this many rows
// writes: false
// Reads the text of every statement (of the speaker's, given one): no index holds words.
