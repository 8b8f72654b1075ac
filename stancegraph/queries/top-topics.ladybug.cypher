MATCH (t:Actor:Topic)
WHERE t.about > 0
  AND t.id IN $subject  // if: subject
RETURN t.name AS subject, coalesce(t.kind, 'topic') AS kind, t.about AS statements, t.about_speakers AS speakers,
       t.about_articles AS articles
ORDER BY statements DESC, speakers DESC, subject, kind
LIMIT $limit
