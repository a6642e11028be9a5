-- The deadliest incidents, with every source article that reports them.
-- Each view is referenced once (on a large warehouse every reference re-reads the footers of all its
-- files), and articles are joined on their date partition too: a mention's article_date is the date
-- partition its article was landed in, so only the reporting articles' date= files are opened.
WITH top AS (
  SELECT incident_id, event_date, country, coalesce(location, admin1) AS place, perpetrator, attack_type, killed, wounded
  FROM incidents ORDER BY killed DESC NULLS LAST, event_date, incident_id LIMIT 5),
links AS (SELECT incident_id, article_id, article_date FROM incident_articles WHERE incident_id IN (SELECT incident_id FROM top)),
sources AS (
  SELECT l.incident_id, string_agg(DISTINCT a.canonical_url, ' ' ORDER BY a.canonical_url) AS sources
  FROM links l JOIN articles a ON a.id = l.article_id AND a.date = l.article_date
  GROUP BY l.incident_id)
SELECT t.event_date, t.country, t.place, t.perpetrator, t.attack_type, t.killed, t.wounded, s.sources
FROM top t LEFT JOIN sources s USING (incident_id)
ORDER BY t.killed DESC NULLS LAST, t.event_date, t.incident_id;
