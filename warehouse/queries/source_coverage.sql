-- Sources' coverage and lag: per source, its distinct articles (copies excluded), the incidents it reported,
-- how many of those it reported first (earliest published article; ties count for each), that share, and the
-- median and 90th-percentile lag in hours from the event date (00:00 UTC) to the article's publication.
-- Lag counts only incidents with an event date. Parameters: $start, $end (YYYY-MM-DD, inclusive) on the
-- incident date and the article date. Default: the 90 days ending on the latest incident date.
-- Example: incidentwire query --file warehouse/queries/source_coverage.sql --param start=2026-03-09 --param end=2026-03-15
-- default $start =
-- default $end =
WITH last AS (SELECT coalesce(try_cast($end AS DATE), max(date)) AS last_day FROM incidents),
period AS (SELECT coalesce(try_cast($start AS DATE), last_day - INTERVAL 89 DAY)::DATE AS first_day, last_day FROM last),
chosen AS (SELECT incident_id, event_date FROM incidents
            WHERE date BETWEEN (SELECT first_day FROM period) AND (SELECT last_day FROM period)),
links AS (
  SELECT ia.source, ia.incident_id, ia.published_at, c.event_date,
         min(ia.published_at) OVER (PARTITION BY ia.incident_id) AS first_published
  FROM incident_articles ia JOIN chosen c USING (incident_id)
  -- reports of the period's incidents: published in it or up to 30 days after (bounds the scan)
  WHERE ia.date BETWEEN (SELECT first_day FROM period) AND (SELECT last_day FROM period) + INTERVAL 30 DAY),
per_incident AS (
  SELECT source, incident_id, bool_or(published_at = first_published) AS was_first,
         min(epoch(published_at) - epoch(CAST(event_date AS TIMESTAMP))) / 3600.0 AS lag_hours
  FROM links GROUP BY source, incident_id),
per_source AS (
  SELECT source, count(*) AS incidents, count(*) FILTER (WHERE was_first) AS first_reports,
         round(median(lag_hours), 1) AS median_lag_hours,
         round(quantile_cont(lag_hours, 0.9), 1) AS p90_lag_hours
  FROM per_incident GROUP BY source),
article_counts AS (SELECT source, count(*) AS articles FROM articles
                    WHERE duplicate_of IS NULL AND date BETWEEN (SELECT first_day FROM period) AND (SELECT last_day FROM period)
                   GROUP BY source)
SELECT coalesce(p.source, a.source) AS source, coalesce(a.articles, 0) AS articles,
       coalesce(p.incidents, 0) AS incidents, coalesce(p.first_reports, 0) AS first_reports,
       round(100.0 * p.first_reports / p.incidents, 1) AS first_report_pct,
       p.median_lag_hours, p.p90_lag_hours
FROM per_source p FULL JOIN article_counts a USING (source)
ORDER BY incidents DESC, articles DESC, source;
