SELECT count(*) FROM marts.documents;
