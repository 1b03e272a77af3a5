SELECT count(*) FROM marts.metrics;
