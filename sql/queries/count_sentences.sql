SELECT coalesce(sum(n_sentences), 0) FROM marts.documents;
