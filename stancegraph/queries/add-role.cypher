// title: Add a role to an actor
// description: Record a role an actor holds (professor, spokesperson, prime minister...) so profiles and later queries show it. Changes the graph: runs only with --write.
// param: actor node required -- the actor, e.g. Medeiros
// param: role str required -- the role to add, e.g. "former NSC senior director"
// writes: true
// dialect: neo4j
// Roles stay a sorted list without duplicates, as the loaders write them.
MATCH (who:Actor)
WHERE who.id IN $actor AND trim($role) <> ''
WITH who, trim($role) AS role, coalesce(who.roles, []) AS held
SET who.roles = CASE WHEN role IN held THEN held
                     ELSE [x IN held WHERE x < role] + [role] + [x IN held WHERE x > role] END
RETURN who.name AS actor, who.roles AS roles
ORDER BY actor
// dialect: ladybug
MATCH (who:Actor)
WHERE who.id IN $actor AND trim($role) <> ''
SET who.roles = list_sort(list_distinct(list_append(coalesce(who.roles, CAST([], 'STRING[]')), trim($role))))
RETURN who.name AS actor, who.roles AS roles
ORDER BY actor
