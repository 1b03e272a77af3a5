-- Which indicators are better lower (their targets are ceilings: 失业率, 能耗, ...): an indicator
-- key containing a word of pipelines/data/targets.yaml `lower_is_better` ($words). Run at every
-- model update over all indicators (a few thousand rows), so an edit of the list reaches the
-- indicators no document touched; only rows whose flag changes are written.
UPDATE model.dim_indicator
SET lower_is_better = len(list_filter($words, w -> contains(indicator_key, w))) > 0
WHERE lower_is_better IS DISTINCT FROM (len(list_filter($words, w -> contains(indicator_key, w))) > 0);
