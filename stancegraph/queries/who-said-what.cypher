// title: Who said what about a subject
// description: Every statement about an actor or topic: who said it, the words, who reported it, when, and in which article.
// param: subject node required -- actor or topic (name, alias or id), e.g. Taiwan
// param: limit int default=100 -- at most this many rows
// writes: false
