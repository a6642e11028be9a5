-- Articles and incidents in the warehouse (each table scanned once: on a large warehouse every view
-- reference re-reads the footers of all its files).
SELECT a.articles, a.duplicates, i.incidents, i.killed, i.wounded, i.countries, i.flagged_incidents
FROM (SELECT count(*) AS articles, count(duplicate_of) AS duplicates FROM articles) a,
     (SELECT count(*) AS incidents, coalesce(sum(killed), 0) AS killed, coalesce(sum(wounded), 0) AS wounded,
             count(DISTINCT country) AS countries, count(*) FILTER (WHERE len(flags) > 0) AS flagged_incidents
        FROM incidents) i;
