-- Attack types by region: incidents, killed and wounded per region and attack type, and the type's share of
-- the region's incidents. Regions are GTD's twelve (region_txt), as tasks/regions.py maps ISO country codes:
-- each GeoNames continent's default region, then the countries GTD places elsewhere (no maintained GTD or UN M49
-- mapping is installed; tests/test_canned_queries.py checks this CASE against tasks/regions.py).
-- Parameters: $start, $end (YYYY-MM-DD, inclusive, on the incident date). Default: everything.
-- Example: incidentwire query --file warehouse/queries/attack_types_by_region.sql --param start=2026-03-01
-- default $start = 1970-01-01
-- default $end = 9999-12-31
WITH tagged AS (
  SELECT attack_type, killed, wounded, CASE
    WHEN country_code IN ('AQ', 'AS', 'AU', 'BV', 'CC', 'CK', 'CX', 'FJ', 'FM', 'GS', 'GU', 'HM', 'IO', 'KI', 'MH', 'MP', 'NC', 'NF', 'NR', 'NU', 'NZ', 'PF', 'PG', 'PN', 'PW', 'SB', 'TF', 'TK', 'TO', 'TV', 'UM', 'VU', 'WF', 'WS') THEN 'Australasia & Oceania'
    WHEN country_code IN ('AG', 'AI', 'AN', 'AW', 'BB', 'BL', 'BQ', 'BS', 'BZ', 'CR', 'CU', 'CW', 'DM', 'DO', 'GD', 'GP', 'GT', 'HN', 'HT', 'JM', 'KN', 'KY', 'LC', 'MF', 'MQ', 'MS', 'NI', 'PA', 'PR', 'SV', 'SX', 'TC', 'TT', 'VC', 'VG', 'VI') THEN 'Central America & Caribbean'
    WHEN country_code IN ('AM', 'AZ', 'GE', 'KG', 'KZ', 'TJ', 'TM', 'UZ') THEN 'Central Asia'
    WHEN country_code IN ('CN', 'HK', 'JP', 'KP', 'KR', 'MN', 'MO', 'TW') THEN 'East Asia'
    WHEN country_code IN ('AL', 'BA', 'BG', 'BY', 'CZ', 'EE', 'HR', 'HU', 'LT', 'LV', 'MD', 'ME', 'MK', 'PL', 'RO', 'RS', 'RU', 'SI', 'SK', 'UA', 'XK') THEN 'Eastern Europe'
    WHEN country_code IN ('AE', 'BH', 'DZ', 'EG', 'EH', 'IL', 'IQ', 'IR', 'JO', 'KW', 'LB', 'LY', 'MA', 'OM', 'PS', 'QA', 'SA', 'SY', 'TN', 'TR', 'YE') THEN 'Middle East & North Africa'
    WHEN country_code IN ('BM', 'CA', 'GL', 'MX', 'PM', 'US') THEN 'North America'
    WHEN country_code IN ('AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'FK', 'GF', 'GY', 'PE', 'PY', 'SR', 'UY', 'VE') THEN 'South America'
    WHEN country_code IN ('AF', 'BD', 'BT', 'IN', 'LK', 'MV', 'NP', 'PK') THEN 'South Asia'
    WHEN country_code IN ('BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN') THEN 'Southeast Asia'
    WHEN country_code IN ('AO', 'BF', 'BI', 'BJ', 'BW', 'CD', 'CF', 'CG', 'CI', 'CM', 'CV', 'DJ', 'ER', 'ET', 'GA', 'GH', 'GM', 'GN', 'GQ', 'GW', 'KE', 'KM', 'LR', 'LS', 'MG', 'ML', 'MR', 'MU', 'MW', 'MZ', 'NA', 'NE', 'NG', 'RE', 'RW', 'SC', 'SD', 'SH', 'SL', 'SN', 'SO', 'SS', 'ST', 'SZ', 'TD', 'TG', 'TZ', 'UG', 'YT', 'ZA', 'ZM', 'ZW') THEN 'Sub-Saharan Africa'
    WHEN country_code IN ('AD', 'AT', 'AX', 'BE', 'CH', 'CS', 'CY', 'DE', 'DK', 'ES', 'FI', 'FO', 'FR', 'GB', 'GG', 'GI', 'GR', 'IE', 'IM', 'IS', 'IT', 'JE', 'LI', 'LU', 'MC', 'MT', 'NL', 'NO', 'PT', 'SE', 'SJ', 'SM', 'VA') THEN 'Western Europe'
    ELSE 'Unknown' END AS region
  FROM incidents
  WHERE date BETWEEN CAST($start AS DATE) AND CAST($end AS DATE)),
counted AS (
  SELECT region, attack_type, count(*) AS incidents, coalesce(sum(killed), 0) AS killed,
         coalesce(sum(wounded), 0) AS wounded
  FROM tagged GROUP BY region, attack_type)
SELECT region, attack_type, incidents, killed, wounded,
       round(100.0 * incidents / sum(incidents) OVER (PARTITION BY region), 1) AS pct_of_region
FROM counted
ORDER BY sum(incidents) OVER (PARTITION BY region) DESC, region, incidents DESC, killed DESC, attack_type;
