-- One incident with all its sources and evidence: set the id in the WHERE clause.
SELECT i.incident_id, i.event_date, i.country, i.admin1, i.location, i.perpetrator, i.killed, i.wounded,
       ia.source, ia.url, ia.killed AS article_killed, ia.wounded AS article_wounded, ia.evidence
FROM incidents i JOIN incident_articles ia USING (incident_id)
WHERE i.incident_id = (SELECT incident_id FROM incidents ORDER BY killed DESC NULLS LAST LIMIT 1)
ORDER BY ia.published_at;
