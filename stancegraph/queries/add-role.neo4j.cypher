// Roles stay a sorted list without duplicates, as the loaders write them.
MATCH (who:Actor)
WHERE who.id IN $actor AND trim($role) <> ''
WITH who, trim($role) AS role, coalesce(who.roles, []) AS held
SET who.roles = CASE WHEN role IN held THEN held
                     ELSE [x IN held WHERE x < role] + [role] + [x IN held WHERE x > role] END
RETURN who.name AS actor, who.roles AS roles
ORDER BY actor
