-- Incidents, killed and wounded per country.
SELECT country, count(*) AS incidents, coalesce(sum(killed), 0) AS killed, coalesce(sum(wounded), 0) AS wounded
FROM incidents
GROUP BY country
ORDER BY incidents DESC, killed DESC, country;
