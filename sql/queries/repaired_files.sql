-- Files read with repairs or assumptions (damaged bytes replaced, UTF-16 without a byte-order
-- mark), for the command line's closing report.
SELECT source_file, warning FROM marts.documents WHERE warning IS NOT NULL ORDER BY 1;
