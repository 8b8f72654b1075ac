MATCH (who:Actor)
WHERE who.id IN $actor AND trim($role) <> ''
SET who.roles = list_sort(list_distinct(list_append(coalesce(who.roles, CAST([], 'STRING[]')), trim($role))))
RETURN who.name AS actor, who.roles AS roles
ORDER BY actor
