-- The deadliest incidents, with every source article that reports them.
SELECT i.event_date, i.country, coalesce(i.location, i.admin1) AS place, i.perpetrator, i.attack_type,
       i.killed, i.wounded,
       (SELECT string_agg(DISTINCT a.canonical_url, ' ' ORDER BY a.canonical_url)
          FROM incident_articles ia JOIN articles a ON a.id = ia.article_id
         WHERE ia.incident_id = i.incident_id) AS sources
FROM incidents i
ORDER BY i.killed DESC NULLS LAST, i.event_date, i.incident_id
LIMIT 5;
