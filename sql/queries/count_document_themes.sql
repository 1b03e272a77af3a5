SELECT count(*) FROM marts.document_themes;
