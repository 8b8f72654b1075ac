// title: Actor profile
// description: One row per matched actor: kind, aliases, roles, affiliations, how much it said and about what, its stances, the events it took part in, who quoted it, how many articles mention it.
// param: actor node required -- the actor, e.g. Medeiros
// writes: false
// dialect: neo4j
// Each list is built in sorted order (ORDER BY, then collect) so both stores return equal lists.
MATCH (who:Actor) WHERE who.id IN $actor
OPTIONAL MATCH (who)-[aff:AFFILIATED_WITH|LEADS]->(org)
WITH who, CASE WHEN org IS NULL THEN NULL
               ELSE CASE WHEN type(aff) = 'LEADS' THEN 'leads ' ELSE '' END + org.name
                    + CASE WHEN aff.detail IS NULL THEN '' ELSE ' (' + aff.detail + ')' END END AS affiliation
ORDER BY affiliation
WITH who, collect(DISTINCT affiliation) AS affiliations
OPTIONAL MATCH (who)-[:SAID]->(s:Statement)
WITH who, affiliations, count(s) AS statements, min(s.date) AS first_said, max(s.date) AS last_said
OPTIONAL MATCH (who)-[:SAID]->(:Statement)-[:ABOUT]->(subject)
WITH who, affiliations, statements, first_said, last_said, subject.name AS subject_name, count(subject) AS n
WITH who, affiliations, statements, first_said, last_said,
     CASE WHEN subject_name IS NULL THEN NULL ELSE subject_name + ' (' + toString(n) + ')' END AS talk
ORDER BY talk
WITH who, affiliations, statements, first_said, last_said, collect(DISTINCT talk) AS talks_about
OPTIONAL MATCH (who)-[st:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(target)
WITH who, affiliations, statements, first_said, last_said, talks_about,
     CASE WHEN target IS NULL THEN NULL ELSE replace(lower(type(st)), '_', ' ') + ' ' + target.name END AS held,
     count(st) AS n
WITH who, affiliations, statements, first_said, last_said, talks_about,
     CASE WHEN held IS NULL THEN NULL ELSE held + ' (' + toString(n) + ')' END AS stance
ORDER BY stance
WITH who, affiliations, statements, first_said, last_said, talks_about, collect(DISTINCT stance) AS stances
OPTIONAL MATCH (who)-[ev:VISITS|CALLED|MET|INVITED|EXPORTS_TO]->(other)
WITH who, affiliations, statements, first_said, last_said, talks_about, stances,
     CASE WHEN other IS NULL THEN NULL
          ELSE replace(lower(type(ev)), '_', ' ') + ' ' + other.name
               + CASE WHEN ev.detail IS NULL THEN '' ELSE ': ' + ev.detail END
               + CASE WHEN ev.date IS NULL THEN '' ELSE ' ' + ev.date END
               + CASE WHEN ev.status IS NULL THEN '' ELSE ' (' + ev.status + ')' END END AS done
ORDER BY done
WITH who, affiliations, statements, first_said, last_said, talks_about, stances, collect(DISTINCT done) AS events_out
OPTIONAL MATCH (who)<-[ev:VISITS|CALLED|MET|INVITED|EXPORTS_TO]-(other:Actor)
WITH who, affiliations, statements, first_said, last_said, talks_about, stances, events_out,
     CASE WHEN other IS NULL THEN NULL
          ELSE CASE type(ev) WHEN 'VISITS' THEN 'visited by ' WHEN 'CALLED' THEN 'called by ' WHEN 'MET' THEN 'met '
                            WHEN 'INVITED' THEN 'invited by ' ELSE 'imports from ' END
               + other.name
               + CASE WHEN ev.detail IS NULL THEN '' ELSE ': ' + ev.detail END
               + CASE WHEN ev.date IS NULL THEN '' ELSE ' ' + ev.date END
               + CASE WHEN ev.status IS NULL THEN '' ELSE ' (' + ev.status + ')' END END AS undergone
ORDER BY undergone
WITH who, affiliations, statements, first_said, last_said, talks_about, stances, events_out,
     collect(DISTINCT undergone) AS events_in
WITH who, affiliations, statements, first_said, last_said, talks_about, stances, events_out + events_in AS events
OPTIONAL MATCH (who)-[:SAID]->(:Statement)-[:REPORTED_BY]->(reporter:Actor)
WITH who, affiliations, statements, first_said, last_said, talks_about, stances, events,
     reporter.name AS reporter_name, count(reporter) AS n
WITH who, affiliations, statements, first_said, last_said, talks_about, stances, events,
     CASE WHEN reporter_name IS NULL THEN NULL ELSE reporter_name + ' (' + toString(n) + ')' END AS quoted
ORDER BY quoted
WITH who, affiliations, statements, first_said, last_said, talks_about, stances, events, collect(DISTINCT quoted) AS quoted_by
OPTIONAL MATCH (art:Article)-[m:MENTIONS]->(who)
RETURN who.name AS actor, who.kind AS kind, who.aliases AS aliases, who.roles AS roles, affiliations,
       statements, first_said, last_said, talks_about, stances, events, quoted_by,
       count(art) AS articles, coalesce(sum(m.count), 0) AS mentions
ORDER BY actor, kind
// dialect: ladybug
// collect() keeps no order here: list_sort makes each list equal to Neo4j's.
// `text + NULL` is text here (NULL in Neo4j): every optional part is spelled out with CASE.
MATCH (who:Actor) WHERE who.id IN $actor
OPTIONAL MATCH (who)-[aff:AFFILIATED_WITH|LEADS]->(org)
WITH who, CASE WHEN org IS NULL THEN NULL
               ELSE CASE WHEN label(aff) = 'LEADS' THEN 'leads ' ELSE '' END + org.name
                    + CASE WHEN aff.detail IS NULL THEN '' ELSE ' (' + aff.detail + ')' END END AS affiliation
WITH who, list_sort(collect(DISTINCT affiliation)) AS affiliations
OPTIONAL MATCH (who)-[:SAID]->(s:Statement)
WITH who, affiliations, count(s) AS statements, min(s.date) AS first_said, max(s.date) AS last_said
OPTIONAL MATCH (who)-[:SAID]->(:Statement)-[:ABOUT]->(subject)
WITH who, affiliations, statements, first_said, last_said, subject.name AS subject_name, count(subject) AS n
WITH who, affiliations, statements, first_said, last_said,
     CASE WHEN subject_name IS NULL THEN NULL ELSE subject_name + ' (' + CAST(n AS STRING) + ')' END AS talk
WITH who, affiliations, statements, first_said, last_said, list_sort(collect(DISTINCT talk)) AS talks_about
OPTIONAL MATCH (who)-[st:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(target)
WITH who, affiliations, statements, first_said, last_said, talks_about,
     CASE WHEN target IS NULL THEN NULL ELSE replace(lower(label(st)), '_', ' ') + ' ' + target.name END AS held,
     count(st) AS n
WITH who, affiliations, statements, first_said, last_said, talks_about,
     CASE WHEN held IS NULL THEN NULL ELSE held + ' (' + CAST(n AS STRING) + ')' END AS stance
WITH who, affiliations, statements, first_said, last_said, talks_about, list_sort(collect(DISTINCT stance)) AS stances
OPTIONAL MATCH (who)-[ev:VISITS|CALLED|MET|INVITED|EXPORTS_TO]->(other)
WITH who, affiliations, statements, first_said, last_said, talks_about, stances,
     CASE WHEN other IS NULL THEN NULL
          ELSE replace(lower(label(ev)), '_', ' ') + ' ' + other.name
               + CASE WHEN ev.detail IS NULL THEN '' ELSE ': ' + ev.detail END
               + CASE WHEN ev.date IS NULL THEN '' ELSE ' ' + ev.date END
               + CASE WHEN ev.status IS NULL THEN '' ELSE ' (' + ev.status + ')' END END AS done
WITH who, affiliations, statements, first_said, last_said, talks_about, stances, list_sort(collect(DISTINCT done)) AS events_out
OPTIONAL MATCH (who)<-[ev:VISITS|CALLED|MET|INVITED|EXPORTS_TO]-(other:Actor)
WITH who, affiliations, statements, first_said, last_said, talks_about, stances, events_out,
     CASE WHEN other IS NULL THEN NULL
          ELSE CASE label(ev) WHEN 'VISITS' THEN 'visited by ' WHEN 'CALLED' THEN 'called by ' WHEN 'MET' THEN 'met '
                            WHEN 'INVITED' THEN 'invited by ' ELSE 'imports from ' END
               + other.name
               + CASE WHEN ev.detail IS NULL THEN '' ELSE ': ' + ev.detail END
               + CASE WHEN ev.date IS NULL THEN '' ELSE ' ' + ev.date END
               + CASE WHEN ev.status IS NULL THEN '' ELSE ' (' + ev.status + ')' END END AS undergone
WITH who, affiliations, statements, first_said, last_said, talks_about, stances, events_out,
     list_sort(collect(DISTINCT undergone)) AS events_in
WITH who, affiliations, statements, first_said, last_said, talks_about, stances, events_out + events_in AS events
OPTIONAL MATCH (who)-[:SAID]->(:Statement)-[:REPORTED_BY]->(reporter:Actor)
WITH who, affiliations, statements, first_said, last_said, talks_about, stances, events,
     reporter.name AS reporter_name, count(reporter) AS n
WITH who, affiliations, statements, first_said, last_said, talks_about, stances, events,
     CASE WHEN reporter_name IS NULL THEN NULL ELSE reporter_name + ' (' + CAST(n AS STRING) + ')' END AS quoted
WITH who, affiliations, statements, first_said, last_said, talks_about, stances, events, list_sort(collect(DISTINCT quoted)) AS quoted_by
OPTIONAL MATCH (art:Article)-[m:MENTIONS]->(who)
RETURN who.name AS actor, who.kind AS kind, who.aliases AS aliases, who.roles AS roles, affiliations,
       statements, first_said, last_said, talks_about, stances, events, quoted_by,
       count(art) AS articles, coalesce(sum(m.count), 0) AS mentions
ORDER BY actor, kind
