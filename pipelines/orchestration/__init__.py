"""The Dagster layer: assets, resources, checks, schedule and sensor over the domain library."""
