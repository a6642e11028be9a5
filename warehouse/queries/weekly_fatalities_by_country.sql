-- Weekly fatalities by country: incidents, killed (best, low, high) and wounded per ISO week (Monday) and country.
-- Parameters: $start, $end (YYYY-MM-DD, inclusive) on the incident date: the event date, or the first report's
--   date when the event date is unknown (the `date` partition of `incidents`). Default: everything.
-- Example: incidentwire query --file warehouse/queries/weekly_fatalities_by_country.sql --param start=2026-03-09 --param end=2026-03-15
-- default $start = 1970-01-01
-- default $end = 9999-12-31
SELECT CAST(date_trunc('week', date) AS DATE) AS week, country,
       count(*) AS incidents,
       coalesce(sum(killed), 0) AS killed,
       coalesce(sum(coalesce(killed_low, killed)), 0) AS killed_low,
       coalesce(sum(coalesce(killed_high, killed)), 0) AS killed_high,
       coalesce(sum(wounded), 0) AS wounded
FROM incidents
WHERE date BETWEEN CAST($start AS DATE) AND CAST($end AS DATE)
GROUP BY ALL
ORDER BY week, killed DESC, country;
