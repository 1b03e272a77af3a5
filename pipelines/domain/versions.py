"""Versions of each processing stage's logic. Bump one when its output would change: the
pipeline then reprocesses every document at that stage and the stages after it."""

CLEANING = "clean-2"
SEGMENTATION = "seg-1"
METRICS = "metrics-4"
THEMES = "themes-1"
POLICY_TERMS = "terms-1"
KEYWORDS = "keywords-1"
