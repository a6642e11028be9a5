-- One incident with all its sources and evidence: the deadliest, or set an id (replace the CTE's
-- ORDER BY ... LIMIT 1 with WHERE incident_id = '...').
WITH i AS (SELECT incident_id, event_date, country, admin1, location, perpetrator, killed, wounded
             FROM incidents ORDER BY killed DESC NULLS LAST, incident_id LIMIT 1)
SELECT i.incident_id, i.event_date, i.country, i.admin1, i.location, i.perpetrator, i.killed, i.wounded,
       ia.source, ia.url, ia.killed AS article_killed, ia.wounded AS article_wounded, ia.evidence
FROM i JOIN incident_articles ia USING (incident_id)
ORDER BY ia.published_at;
