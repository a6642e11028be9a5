-- The deadliest incidents, with every source article that reports them.
SELECT i.event_date, i.country, coalesce(i.location, i.admin1) AS place, i.perpetrator, i.attack_type,
       i.killed, i.wounded,
       string_agg(DISTINCT ia.url, ' ' ORDER BY ia.url) AS sources
FROM incidents i
JOIN incident_articles ia USING (incident_id)
GROUP BY ALL
ORDER BY i.killed DESC NULLS LAST, i.event_date, i.incident_id
LIMIT 5;
