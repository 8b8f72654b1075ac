// title: Path between two actors
// description: The shortest chains linking two actors or topics (up to 4 steps) through statements (said / about / reported by) and stance and event edges; articles' mentions are left out, so a path means someone said or did something.
// param: from node required -- the first actor or topic, e.g. Trump
// param: to node required -- the second actor or topic, e.g. Xi
// param: limit int default=20 -- at most this many paths
// writes: false
