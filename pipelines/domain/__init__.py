"""Domain library: text in, typed records out. Never imports Dagster or DuckDB."""
