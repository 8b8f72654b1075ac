// title: Add a role to an actor
// description: Record a role an actor holds (professor, spokesperson, prime minister...) so profiles and later queries show it. Changes the graph: runs only with --write.
// param: actor node required -- the actor, e.g. Medeiros
// param: role str required -- the role to add, e.g. "former NSC senior director"
// writes: true
