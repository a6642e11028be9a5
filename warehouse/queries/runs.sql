-- The latest flow runs with their stage counts.
SELECT flow, json_extract_string(parameters, '$.date') AS day, status,
       discovered, fetched, failed, cleaned AS articles, duplicates, mentions, incidents,
       round(epoch(finished_at) - epoch(started_at), 1) AS seconds
FROM runs
ORDER BY started_at DESC
LIMIT 20;
