SELECT count(*) FROM marts.keywords;
