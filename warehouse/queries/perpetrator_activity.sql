-- Perpetrator activity over time: per group and period, incidents, killed, wounded, kidnapped, the countries
-- and attack types, with claimed and suspected attributions counted apart.
-- Parameters: $start, $end (YYYY-MM-DD, inclusive, on the incident date as in weekly_fatalities_by_country.sql);
--   $period: day, week, month or year (date_trunc's unit). Defaults: everything, by week.
-- Example: incidentwire query --file warehouse/queries/perpetrator_activity.sql --param period=month
-- default $start = 1970-01-01
-- default $end = 9999-12-31
-- default $period = week
SELECT CAST(date_trunc($period, date) AS DATE) AS period, perpetrator,
       count(*) AS incidents,
       count(*) FILTER (WHERE claimed) AS claimed,
       count(*) FILTER (WHERE suspected) AS suspected,
       coalesce(sum(killed), 0) AS killed,
       coalesce(sum(wounded), 0) AS wounded,
       coalesce(sum(kidnapped), 0) AS kidnapped,
       string_agg(DISTINCT country, ', ' ORDER BY country) AS countries,
       string_agg(DISTINCT attack_type, ', ' ORDER BY attack_type) AS attack_types
FROM incidents
WHERE date BETWEEN CAST($start AS DATE) AND CAST($end AS DATE)
GROUP BY ALL
ORDER BY period, incidents DESC, killed DESC, perpetrator;
