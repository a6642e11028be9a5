-- Views over the Parquet tables. `{warehouse}` is replaced by the warehouse's absolute path.
-- articles, mentions: replaced per date partition (date = publication date).
-- incidents, incident_articles: recomputed from mentions; only changed partitions are rewritten
--   (incidents: date = event date, or first report date when the event date is unknown).
-- runs, fetch_failures: append-only, a file per run (date = the run's start date).
CREATE OR REPLACE VIEW articles AS
  SELECT * FROM read_parquet('{warehouse}/articles/date=*/*.parquet', hive_partitioning = true, union_by_name = true);
CREATE OR REPLACE VIEW mentions AS
  SELECT * FROM read_parquet('{warehouse}/mentions/date=*/*.parquet', hive_partitioning = true, union_by_name = true);
CREATE OR REPLACE VIEW incident_articles AS
  SELECT * FROM read_parquet('{warehouse}/incident_articles/date=*/*.parquet', hive_partitioning = true, union_by_name = true);
CREATE OR REPLACE VIEW incidents AS
  SELECT * FROM read_parquet('{warehouse}/incidents/date=*/*.parquet', hive_partitioning = true, union_by_name = true);
CREATE OR REPLACE VIEW runs AS
  SELECT * FROM read_parquet('{warehouse}/runs/date=*/*.parquet', hive_partitioning = true, union_by_name = true);
CREATE OR REPLACE VIEW fetch_failures AS
  SELECT * FROM read_parquet('{warehouse}/fetch_failures/date=*/*.parquet', hive_partitioning = true, union_by_name = true);
