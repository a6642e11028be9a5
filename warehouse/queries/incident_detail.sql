-- One incident with all its sources and evidence: a row per linked article and distinct evidence span, with
-- the incident's resolved figures, the article (source, url, published), that article's own figures, and the
-- span with the fields it supports.
-- Parameters: $incident_id (required; ids are in the incidents table, e.g. from deadliest.sql or --format json).
-- Example: incidentwire query --file warehouse/queries/incident_detail.sql --param incident_id=26fd3e60c1553e665607
WITH i AS (SELECT incident_id, event_date, country, location, perpetrator, attack_type, killed, wounded, kidnapped
             FROM incidents WHERE incident_id = $incident_id),
links AS (SELECT source, url, published_at, mention_index, killed, wounded, kidnapped, evidence
            FROM incident_articles WHERE incident_id = $incident_id),
spans AS (SELECT l.url, l.mention_index, e.value ->> '$' AS span, string_agg(e.key, ', ' ORDER BY e.key) AS fields
            FROM links l, json_each(l.evidence) e GROUP BY ALL)
SELECT i.incident_id, i.event_date, i.country, i.location, i.perpetrator, i.attack_type,
       i.killed, i.wounded, i.kidnapped,
       l.source, l.url, l.published_at,
       l.killed AS article_killed, l.wounded AS article_wounded, l.kidnapped AS article_kidnapped,
       s.fields, s.span
FROM i
JOIN links l ON true
LEFT JOIN spans s ON s.url = l.url AND s.mention_index = l.mention_index
ORDER BY l.published_at, l.url, l.mention_index, s.fields;
