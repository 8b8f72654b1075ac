// title: Events of a kind, with dates
// description: Visits, calls, meetings, invitations and exports between actors, optionally of one kind, by or toward an actor, within a date range; each with status, detail, source sentence and edge id.
// param: kind str -- visits, calls, meetings, invitations or exports (or VISITS, CALLED, MET, INVITED, EXPORTS_TO); default all
// param: actor node -- only events where this actor acts, e.g. Trump
// param: target node -- only events toward this actor or place, e.g. Beijing
// param: since date -- only events dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until date -- only events dated up to this (a month or a year includes all of it)
// param: limit int default=100 -- at most this many rows
// writes: false
// Friendly names (visit, visits, call, meeting, export, ...) map onto the relationship types.
// coalesce() around optional parameters: LadybugDB cannot type a bare null parameter.
