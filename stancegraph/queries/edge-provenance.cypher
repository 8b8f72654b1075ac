// title: Provenance of a stance or event edge
// description: Where an edge came from: the source sentence and its offsets, the statement it was read from, cue, dates, confidence and the article (title, outlet, URL). Edges in date order (undated last). Pick the edge by its id (the `edge` column of stances and events) or by its ends and type.
// param: edge str -- the edge id, e.g. from 'stancegraph query stances'
// param: source node -- the actor the edge starts from, e.g. Xi
// param: target node -- the actor or topic it points to, e.g. "Taiwan independence"
// param: type str -- the relationship type, e.g. OPPOSES or VISITS (default: any)
// param: limit int default=20 -- at most this many edges
// writes: false
// coalesce() around optional parameters: LadybugDB cannot type a bare null parameter.
