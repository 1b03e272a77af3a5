-- Files that could not be used, with the reason, for the command line's closing report.
SELECT source_file, error FROM marts.source_files WHERE status = 'failed'
UNION ALL
SELECT source_file, error FROM marts.documents
WHERE status = 'failed' AND source_file NOT IN (SELECT source_file FROM marts.source_files
                                                 WHERE status = 'failed')
ORDER BY 1;
