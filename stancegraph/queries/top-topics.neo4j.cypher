// One branch per label, each in the order of its index on `about`, then merged.
CALL () {
  MATCH (t:Actor) WHERE t.about > 0
    AND t.id IN $subject  // if: subject
  RETURN t ORDER BY t.about DESC, t.about_speakers DESC, t.name, t.kind LIMIT $limit
  UNION ALL
  MATCH (t:Topic) WHERE t.about > 0
    AND t.id IN $subject  // if: subject
  RETURN t ORDER BY t.about DESC, t.about_speakers DESC, t.name LIMIT $limit
}
RETURN t.name AS subject, coalesce(t.kind, 'topic') AS kind, t.about AS statements, t.about_speakers AS speakers,
       t.about_articles AS articles
ORDER BY statements DESC, speakers DESC, subject, kind
LIMIT $limit
