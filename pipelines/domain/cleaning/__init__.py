"""Cleaning stage: decoded raw text -> typed blocks and sentences with an exact raw offset map.

    from pipelines.domain.cleaning import clean_document, CleanedDocument
"""

from pipelines.domain.cleaning.document import CleanedDocument, clean_document

__all__ = ["CleanedDocument", "clean_document"]
