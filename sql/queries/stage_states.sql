-- What every stage has done to every document: (doc_id, stage, version, n_rows; -1 = failed).
SELECT doc_id, stage, version, n_rows FROM core.stage_state;
