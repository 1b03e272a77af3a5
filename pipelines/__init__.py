"""Chinese policy-text ETL: a plain domain library (``pipelines.domain``) and a thin Dagster layer
(``pipelines.orchestration``) that loads its records into a DuckDB warehouse."""

__version__ = "0.1.0"
