"""Policy-theme scoring: which themes each sentence and document talks about, with the evidence.

The taxonomy lives in ``pipelines/data/themes.yaml`` (themes, sub-themes, weighted evidence
terms). Matching works on tokens, not substrings: a term counts when one token or a run of
consecutive tokens in a sentence spells it exactly, so ``创新`` inside the token ``科技创新`` never
counts, and ``低空经济`` is found whether the segmenter emits one token or ``低空`` + ``经济``.
Overlapping matches are resolved longest-first, so ``科技创新`` is not also counted as ``创新``.

Modules: ``taxonomy`` (the YAML); ``hashing``, ``words`` and ``matcher`` (term spellings as
hash tables); ``evidence`` (theme evidence per sentence); ``documents`` and ``sentences``
(themes ranked per document and per sentence); ``ranks`` (numbering for numpy grouping).
"""

from pipelines.domain.themes.documents import (
    DOCUMENT_THEMES_SCHEMA,
    document_themes,
    document_themes_frame,
)
from pipelines.domain.themes.evidence import (
    DOC_HITS_SCHEMA,
    HITS_SCHEMA,
    score_documents,
    score_sentences,
)
from pipelines.domain.themes.matcher import MAX_TERM_TOKENS
from pipelines.domain.themes.sentences import (
    SENTENCE_THEMES_SCHEMA,
    sentence_themes,
    sentence_themes_frame,
)
from pipelines.domain.themes.taxonomy import (
    THEMES_PATH,
    Taxonomy,
    Theme,
    all_terms,
    load_taxonomy,
    load_themes,
    parse_taxonomy,
    term_table,
)

__all__ = [
    "DOCUMENT_THEMES_SCHEMA",
    "DOC_HITS_SCHEMA",
    "HITS_SCHEMA",
    "MAX_TERM_TOKENS",
    "SENTENCE_THEMES_SCHEMA",
    "THEMES_PATH",
    "Taxonomy",
    "Theme",
    "all_terms",
    "document_themes",
    "document_themes_frame",
    "load_taxonomy",
    "load_themes",
    "parse_taxonomy",
    "score_documents",
    "score_sentences",
    "sentence_themes",
    "sentence_themes_frame",
    "term_table",
]
