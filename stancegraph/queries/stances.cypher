// title: Stances, one row per source sentence
// description: SUPPORTS / OPPOSES / DOES_NOT_SUPPORT edges in date order (undated last), filtered by who holds them, toward what, which stance and when; each with its sentence, article and edge id (see edge-provenance).
// param: actor node -- only stances held by this actor, e.g. Xi
// param: target node -- only stances toward this actor or topic, e.g. Taiwan
// param: stance str -- supports, opposes or does-not-support (default: all three)
// param: since date -- only stances dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date -- only stances dated up to this (a month or year includes all of it)
// param: limit int default=100 -- at most this many rows
// writes: false
// Dates are ISO strings: `until` 2025-11 keeps 2025-11-30 because '~' sorts after every digit.
// coalesce() around optional parameters: LadybugDB cannot type a bare null parameter.
