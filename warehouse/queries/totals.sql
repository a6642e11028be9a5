-- Articles and incidents in the warehouse.
SELECT (SELECT count(*) FROM articles) AS articles,
       (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
       (SELECT count(*) FROM incidents) AS incidents,
       (SELECT coalesce(sum(killed), 0) FROM incidents) AS killed,
       (SELECT coalesce(sum(wounded), 0) FROM incidents) AS wounded,
       (SELECT count(DISTINCT country) FROM incidents) AS countries,
       (SELECT count(*) FROM incidents WHERE len(flags) > 0) AS flagged_incidents;
