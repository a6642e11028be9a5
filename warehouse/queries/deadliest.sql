-- The deadliest incidents, with every source article that reports them.
SELECT i.event_date, i.country, coalesce(i.location, i.admin1) AS place, i.perpetrator, i.attack_type,
       i.killed, i.wounded,
       (SELECT string_agg(DISTINCT ia.url, ' ' ORDER BY ia.url)
          FROM incident_articles ia WHERE ia.incident_id = i.incident_id) AS sources
FROM incidents i
ORDER BY i.killed DESC NULLS LAST, i.event_date, i.incident_id
LIMIT 5;
