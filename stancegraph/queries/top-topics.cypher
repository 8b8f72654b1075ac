// title: Top topics
// description: What statements are about (topics and actors), by number of statements, with how many distinct speakers and articles.
// param: subject node -- only this actor or topic: how many statements are about it
// param: limit int default=20 -- at most this many rows
// writes: false
// Reads the counts every write keeps on actors and topics (about, about_speakers, about_articles).
