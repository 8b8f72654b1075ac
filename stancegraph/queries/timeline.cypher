// title: Timeline of statements about a subject
// description: Statements about an actor or topic in date order, optionally within a date range, with speaker, outlet and article.
// param: subject node required -- actor or topic, e.g. Taiwan
// param: since date -- only statements on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date -- only statements up to this date (a month or a year includes all of it)
// param: limit int default=200 -- at most this many rows
// writes: false
// The statements are picked in date order before their speakers and articles are looked up:
// a subject like Taiwan has thousands.
// Dates are ISO strings: `until` 2025-11 keeps 2025-11-30 because '~' sorts after every digit.
// coalesce() around optional parameters: LadybugDB cannot type a bare null parameter.
