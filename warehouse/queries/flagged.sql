-- Records that failed a plausibility check (tasks/plausibility.py): landed with their figures and a
-- lowered confidence, never dropped. One row per flag: the incidents that still carry it (no unflagged
-- report outweighed it) and the article mentions that raised it.
WITH mention_flags AS (SELECT unnest(flags) AS flag FROM mentions),
     incident_flags AS (SELECT unnest(flags) AS flag FROM incidents),
     names AS (SELECT flag FROM mention_flags UNION SELECT flag FROM incident_flags)
SELECT n.flag,
       (SELECT count(*) FROM incident_flags i WHERE i.flag = n.flag) AS incidents,
       (SELECT count(*) FROM mention_flags m WHERE m.flag = n.flag) AS mentions
FROM names n
ORDER BY incidents DESC, mentions DESC, n.flag;
