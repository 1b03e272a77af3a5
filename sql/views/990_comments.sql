-- Data dictionary: a comment on every marts view and column and on every model table and column,
-- in Chinese and English ("中文 / English: meaning"). Applied after the views (file-name order)
-- each time the working file is opened, because CREATE OR REPLACE VIEW drops a view's comments.
-- BI tools show these comments; docs/data_dictionary.md is generated from them
-- (pipelines.warehouse.dictionary). A new view or column needs its comment here.
-- One transaction: one catalog commit instead of one per statement (opening stays fast).
BEGIN TRANSACTION;

-- ============================================================================================
-- marts.documents
-- ============================================================================================
COMMENT ON VIEW marts.documents IS '文档 / Documents: one row per distinct document content '
    '(identical files count once), including files that could not be used (status failed).';
COMMENT ON COLUMN marts.documents.doc_id IS '文档ID / Document id: first 20 hex digits of the '
    'SHA-256 of the file bytes, so the same content always has the same id; a file that could '
    'not be read gets the hash of its path, a refused entry (symlink leaving the folder) '
    'refused:<path>.';
COMMENT ON COLUMN marts.documents.source_file IS '源文件 / Source file: path relative to the '
    'source folder; when several files have this content, the first in name order (the others '
    'are duplicates in marts.source_files).';
COMMENT ON COLUMN marts.documents.title IS '标题 / Title: from manifest.csv when given, else the '
    'first heading found in the text; NULL when neither.';
COMMENT ON COLUMN marts.documents.source_name IS '来源 / Source name: publisher from the source '
    'column of manifest.csv when given, else the masthead or source line found in the text '
    '(e.g. 成都日报); NULL when neither.';
COMMENT ON COLUMN marts.documents.url IS '网址 / URL: from manifest.csv only; NULL otherwise.';
COMMENT ON COLUMN marts.documents.published_on IS '发布日期 / Publication date: the date the '
    'document speaks from, used to resolve relative periods (今年, 上半年, 去年11月); NULL when '
    'unknown.';
COMMENT ON COLUMN marts.documents.published_on_source IS '日期来源 / Date source: manifest '
    '(manifest.csv), text (a date printed in the text: masthead, page date or dateline), '
    'inferred (from the past events and years the text reports), file_name (a date or year in '
    'the file''s name or folders, when the text gives none) or unknown.';
COMMENT ON COLUMN marts.documents.script IS '字体 / Script: simplified or traditional, as '
    'detected in the text (analysis always works on Simplified); NULL for failed documents.';
COMMENT ON COLUMN marts.documents.n_chars IS '字符数 / Characters: length of the decoded raw '
    'text in Unicode code points; NULL when the file could not be decoded.';
COMMENT ON COLUMN marts.documents.n_sentences IS '句子数 / Sentences: body sentences after '
    'cleaning (headings and page furniture not counted); 0 for failed documents.';
COMMENT ON COLUMN marts.documents.n_metrics IS '指标数 / Metrics: rows of marts.metrics for this '
    'document.';
COMMENT ON COLUMN marts.documents.status IS '状态 / Status: ok (processed) or failed (could not '
    'be decoded or processed; see error).';
COMMENT ON COLUMN marts.documents.error IS '错误 / Error: why the document could not be used '
    '(empty, binary, undecodable, unreadable, refused symlink, or the stage that failed); NULL '
    'when ok.';
COMMENT ON COLUMN marts.documents.processed_at IS '处理时间 / Processed at: local time when '
    'cleaning last finished for the document, or when a stage last failed on it; NULL if never '
    'processed.';
COMMENT ON COLUMN marts.documents.encoding IS '编码 / Encoding: how the bytes were decoded: '
    'utf-8, utf-8-sig, utf-16, utf-16-le, utf-16-be, utf-32, gb18030 or big5; docx for a Word '
    '.docx document (its text taken from the file''s XML, as Word shows it); pdf for a PDF '
    '(its text layer, page by page); NULL when undecodable.';
COMMENT ON COLUMN marts.documents.warning IS '警告 / Warning: what decoding had to assume or '
    'repair (UTF-16 without a byte-order mark; how many damaged places of UTF-8, GB18030 or '
    'Big5 text were replaced by U+FFFD; a Word document''s tracked changes read as accepted, '
    'its embedded objects not read; a PDF''s pages without text, or text it could not read), '
    'and how cleaning read a page not read line by line (read as 2 '
    'columns (lines 5-24): text set in columns side by side, each column read top to bottom, '
    'the left one first; check its figures against the page), joined by "; "; NULL when none.';
COMMENT ON COLUMN marts.documents.place IS '地点 / Place the document speaks for (成都 for a '
    '成都日报 page about 成都; 全国 for a national text), as its metrics that name no place of '
    'their own give it (marts.metrics.place); NULL when it has no such metric or no place of '
    'its own (a company report). Filter theme or keyword trends by it through doc_id.';

-- ============================================================================================
-- marts.source_files
-- ============================================================================================
COMMENT ON VIEW marts.source_files IS '源文件 / Source files: every file seen in the source '
    'folder and what became of it (used, duplicate of another file, or failed).';
COMMENT ON COLUMN marts.source_files.source_file IS '源文件 / Source file: path relative to the '
    'source folder (subfolders separated by /).';
COMMENT ON COLUMN marts.source_files.doc_id IS '文档ID / Document id: the document this file''s '
    'content is (joins marts.documents.doc_id); duplicates share one id.';
COMMENT ON COLUMN marts.source_files.size_bytes IS '文件大小 / Size: bytes of the file when it '
    'was read; 0 for refused and unreadable entries.';
COMMENT ON COLUMN marts.source_files.status IS '状态 / Status: ok (the file the document is '
    'read from), duplicate (same content as another file) or failed (could not be used).';
COMMENT ON COLUMN marts.source_files.error IS '错误 / Error: why the file failed, or for a '
    'duplicate "same content as <file>"; NULL when ok.';
COMMENT ON COLUMN marts.source_files.seen_at IS '读取时间 / Seen at: local time this version of '
    'the file was read (files whose size and modification time are unchanged are not re-read).';

-- ============================================================================================
-- marts.metrics
-- ============================================================================================
COMMENT ON VIEW marts.metrics IS '指标 / Metrics: one row per quantitative statement (one '
    'number with its unit, qualifier, indicator, subject, period and kind), traceable to the '
    'raw characters it came from; a list of numbers gives one row per number.';
COMMENT ON COLUMN marts.metrics.metric_id IS '指标ID / Metric id: '
    '<doc_id>-<sent_no>-<char_start>-<n>, n being the metric''s position in the document; '
    'stable while the document and extractor_version do not change.';
COMMENT ON COLUMN marts.metrics.doc_id IS '文档ID / Document id (joins marts.documents.doc_id).';
COMMENT ON COLUMN marts.metrics.source_file IS '源文件 / Source file of the document, relative '
    'to the source folder.';
COMMENT ON COLUMN marts.metrics.published_on IS '发布日期 / Publication date of the document '
    '(NULL when unknown); not the period the number is about.';
COMMENT ON COLUMN marts.metrics.sentence IS '句子 / Sentence: the cleaned sentence holding the '
    'number (broken lines joined, spaced-out characters closed up, Traditional converted to '
    'Simplified), so it may differ from the raw quote.';
COMMENT ON COLUMN marts.metrics.quote IS '原文 / Quote: the raw characters of qualifier, number, '
    'multiplier and unit as written (e.g. 6 万个, 突破1.3万家), exactly the raw text at '
    'char_start..char_end.';
COMMENT ON COLUMN marts.metrics.char_start IS '起始位置 / Char start: 0-based code-point offset '
    'of quote in the document''s decoded raw text (core.documents.raw_text): '
    'raw[char_start:char_end] == quote, in SQL substr(raw_text, char_start + 1, '
    'char_end - char_start) = quote.';
COMMENT ON COLUMN marts.metrics.char_end IS '结束位置 / Char end: code-point offset just after '
    'the quote in the decoded raw text (exclusive end).';
COMMENT ON COLUMN marts.metrics.indicator IS '指标名称 / Indicator: the noun phrase naming what '
    'is measured, as found in the sentence (e.g. 新能源汽车保有量), with link verbs, target cues, '
    'periods and the subject place removed; may carry over from the previous number of the '
    'sentence; NULL when none was found.';
COMMENT ON COLUMN marts.metrics.subject IS '主体 / Subject: the place whose number it is when '
    'the clause names one (德阳, 四川, 全国: written without 市/省); NULL when no place is named '
    'or the place is the document''s own (全市, 本市, or the city or province the document speaks for).';
COMMENT ON COLUMN marts.metrics.place IS '地点 / Place: the place the number is about: the '
    'subject when the clause names one, else the place the document speaks for (inferred from '
    'the places it names first and most, without its level: 成都 for 成都市; for a text naming '
    'none, such as a release saying 全省 only, the place its title or else its issuer opens '
    'with: 湖北 for 湖北省统计局); NULL when not known. '
    'Targets and actuals are compared, and series formed, per place.';
COMMENT ON COLUMN marts.metrics.value IS '数值 / Value: the number as written (6 in 6 万个), '
    'without the multiplier; negative for a fall in a rate (下降2.8% gives -2.8); the lower '
    'end of a range.';
COMMENT ON COLUMN marts.metrics.unit_raw IS '原始单位 / Unit as written: the multiplier and '
    'unit after the number (万个, 亿元, 个百分点, %); NULL when there is none.';
COMMENT ON COLUMN marts.metrics.value_normalized IS '标准化数值 / Normalized value: value times '
    'the multiplier in unit_raw (万 = 1e4, 亿 = 1e8 ...), computed exactly: 6 万个 gives 60000, '
    '1.35万亿元 gives 1.35e12; percentages stay in percent (5% gives 5). Sum or compare this '
    'column.';
COMMENT ON COLUMN marts.metrics.unit IS '单位 / Unit: the base unit, in Simplified and without '
    'the multiplier: 个, 元, %, 百分点, 倍, 位 (a rank), 公里 ...; fractions and 成 are % (八成 '
    'gives 80); another currency stays the unit (港元, 澳门元, 新台币, 美元), never 元; NULL when '
    'the number has no unit (e.g. only a multiplier such as 万).';
COMMENT ON COLUMN marts.metrics.kind IS '类型 / Kind: target (a plan or goal: forward-looking '
    'cue, target heading, or a period not yet over), actual (a realised amount or flow), '
    'growth_rate (a rate or multiple of change), share (a proportion), rank (an ordinal place, '
    '第N位), count_total (a stock or cumulative count) or other.';
COMMENT ON COLUMN marts.metrics.qualifier IS '限定 / Qualifier: none, at_least (以上/不低于), '
    'at_most (以下/以内/不超过), over (超/超过/逾), break_through (突破), reach (达/达到), '
    'about (约/左右), plus (余/多) or nearly (近/接近).';
COMMENT ON COLUMN marts.metrics.qualifier_text IS '限定词 / Qualifier text: the qualifier word '
    'as written; NULL when qualifier is none.';
COMMENT ON COLUMN marts.metrics.period_text IS '时期原文 / Period text: the period as written '
    '(2023年, 上半年, 1—5月, 十四五, 截至5月底), taken from the number''s clause or else '
    'inherited from its sentence, paragraph or heading; NULL when none.';
COMMENT ON COLUMN marts.metrics.period_start IS '时期起 / Period start: first day of the period; '
    'equal to period_end for a point in time (截至, 目前, 累计); NULL when there is no period or '
    'its year cannot be known.';
COMMENT ON COLUMN marts.metrics.period_end IS '时期止 / Period end: last day of the period; NULL '
    'when there is no period or its year cannot be known.';
COMMENT ON COLUMN marts.metrics.themes IS '主题 / Themes: themes of the sentence, strongest '
    'first (sub-themes as parent/child), else those of its nearest heading; empty when none.';
COMMENT ON COLUMN marts.metrics.extractor_version IS '抽取版本 / Extractor version: versions of '
    'the metric, segmentation and cleaning logic that produced the row, each with a hash of the '
    'word lists it read (e.g. metrics-7+seg-1@3f0c…|clean-4@9a1b…).';
COMMENT ON COLUMN marts.metrics.value_high IS '上限值 / Value high: upper end of a range as '
    'written (6 in 5%—6%, 2 in 1.5万—2万个), without the multiplier; NULL when the number is '
    'not a range.';
COMMENT ON COLUMN marts.metrics.value_high_normalized IS '标准化上限值 / Normalized value high: '
    'upper end of a range with the multiplier applied, as value_normalized (20000 in '
    '1.5万—2万个); NULL when the number is not a range.';
COMMENT ON COLUMN marts.metrics.indicator_key IS '指标键 / Indicator key: canonical form of '
    'indicator (punctuation and scope words removed, synonyms unified: 规上 and 规模以上 are one, '
    'GDP, 生产总值 and 经济 are 地区生产总值; a rate word ending the name of a % value is dropped: '
    '经济增速 5.5% has the key of GDP, its unit % tells the growth from the level in 元; the '
    'lists are canonical in pipelines/data/metrics/lexicon.yaml) to follow one indicator across '
    'documents; joins model.dim_indicator; NULL without indicator.';
COMMENT ON COLUMN marts.metrics.sent_no IS '句序号 / Sentence number: 0-based position of the '
    'sentence in the cleaned document (headings included).';
COMMENT ON COLUMN marts.metrics.basis IS '口径 / Basis: how a value is stated: per_year '
    '(每年新增, 年均增长, 两年平均: for each year of the period), cumulative (累计, 五年共, 合计: '
    'the sum over the period), month_on_month (环比, 按月: against the month or quarter before), '
    'real (实际增长: at constant prices), change (比上年末增加22.3万人: a difference, not the '
    'level) or of_plan (完成全年目标的25.5%: the share of a goal done); NULL when the text says '
    'none of these. The last four keep their own series: their indicator_key ends in 环比, 实际, '
    '增减 or 目标完成率.';

-- ============================================================================================
-- marts.metric_themes
-- ============================================================================================
COMMENT ON VIEW marts.metric_themes IS '指标主题 / Metric themes: one row per metric and theme of '
    'its sentence (marts.metrics.themes as rows), for BI tools that cannot read list columns; '
    'join to marts.metrics on metric_id.';
COMMENT ON COLUMN marts.metric_themes.metric_id IS '指标ID / Metric id (joins marts.metrics).';
COMMENT ON COLUMN marts.metric_themes.doc_id IS '文档ID / Document id (joins marts.documents).';
COMMENT ON COLUMN marts.metric_themes.theme IS '主题 / Theme (sub-themes as parent/child).';

-- ============================================================================================
-- marts.document_themes
-- ============================================================================================
COMMENT ON VIEW marts.document_themes IS '文档主题 / Document themes: the policy themes each '
    'document is about, ranked (taxonomy: pipelines/data/themes.yaml); a theme is listed when '
    'it has evidence in at least 1% of the body sentences (at least one).';
COMMENT ON COLUMN marts.document_themes.doc_id IS '文档ID / Document id (joins '
    'marts.documents.doc_id).';
COMMENT ON COLUMN marts.document_themes.theme IS '主题 / Theme: a theme of the taxonomy; '
    'sub-themes are written parent/child (科技创新/人工智能).';
COMMENT ON COLUMN marts.document_themes.score IS '得分 / Score: the theme''s share of the '
    'document''s theme evidence (matched term weights, at most 6 per sentence and theme); '
    'scores of top-level themes sum to 1, sub-themes are on the same scale.';
COMMENT ON COLUMN marts.document_themes.rank IS '排名 / Rank: 1 = strongest; one ranking by '
    'score, top-level themes and sub-themes together (a top-level theme first at an equal '
    'score, so a parent before its sub-theme).';
COMMENT ON COLUMN marts.document_themes.n_mentions IS '提及句数 / Mentions: number of sentences '
    '(headings included) with evidence for the theme.';

-- ============================================================================================
-- marts.keywords
-- ============================================================================================
COMMENT ON VIEW marts.keywords IS '关键词 / Keywords: the top 20 TF-IDF keywords of each '
    'document, weighed against the whole corpus (recomputed whenever the documents change).';
COMMENT ON COLUMN marts.keywords.doc_id IS '文档ID / Document id (joins marts.documents.doc_id).';
COMMENT ON COLUMN marts.keywords.keyword IS '关键词 / Keyword: a content word (noun, verb, idiom, '
    'abbreviation or domain term) of two or more characters; never a stopword, a generic policy '
    'word (pipelines/data/keyword_stoplist.txt) or a number.';
COMMENT ON COLUMN marts.keywords.weight IS '权重 / Weight: TF-IDF = the word''s share of the '
    'document''s candidate words times ln((1 + N) / (1 + df)) + 1, N documents in the corpus, '
    'df of them containing the word.';
COMMENT ON COLUMN marts.keywords.rank IS '排名 / Rank: 1 = highest weight in the document; ties '
    'broken by the word.';

-- ============================================================================================
-- marts.policy_terms
-- ============================================================================================
COMMENT ON VIEW marts.policy_terms IS '政策术语 / Policy terms: quoted slogans, numeral '
    'formula terms (两个确立, 五个聚焦, 十大工程), named campaigns and programmes, and the titles '
    'of laws and plans a document cites, with how often each document uses them.';
COMMENT ON COLUMN marts.policy_terms.doc_id IS '文档ID / Document id (joins '
    'marts.documents.doc_id).';
COMMENT ON COLUMN marts.policy_terms.term IS '术语 / Term: as written in the cleaned text, '
    'without quotation marks.';
COMMENT ON COLUMN marts.policy_terms.kind IS '类型 / Kind: numbered (a numeral formula: number, '
    'measure word and head, quoted or not), quoted (any other slogan found in quotation marks) '
    'lexicon (a campaign writers leave unquoted, named in pipelines/data/policy_terms.yaml: '
    '以旧换新, 专精特新, or a regional formula such as 广佛全域同城化), programme (a named plan '
    'a text carries out: 推行长者医疗券计划 -> 长者医疗券计划) or title (a law, plan or policy '
    'cited in 《》: 《大气污染防治法》; the document''s own title is left out).';
COMMENT ON COLUMN marts.policy_terms.count IS '次数 / Count: occurrences in the cleaned document '
    'text, quoted or not (very short slogans count only where quoted).';

-- ============================================================================================
-- marts.theme_trends
-- ============================================================================================
COMMENT ON VIEW marts.theme_trends IS '主题趋势 / Theme trends: per month of publication and '
    'theme, the documents and sentences that mention it and its share of the month''s theme '
    'mentions; documents without published_on are left out. Every month from the first to the '
    'last has a row for every theme (0 where none mentions it), so lines do not bridge gaps.';
COMMENT ON COLUMN marts.theme_trends.month IS '月份 / Month: first day of the month the '
    'documents were published.';
COMMENT ON COLUMN marts.theme_trends.theme IS '主题 / Theme: a theme of the taxonomy; sub-themes '
    'written parent/child.';
COMMENT ON COLUMN marts.theme_trends.parent_theme IS '上级主题 / Parent theme of a sub-theme '
    '(产业发展 for 产业发展/低空经济); NULL for a top-level theme, whose shares of a month sum to 1.';
COMMENT ON COLUMN marts.theme_trends.n_documents IS '文档数 / Documents: documents published '
    'that month with at least one sentence of evidence for the theme.';
COMMENT ON COLUMN marts.theme_trends.n_mentions IS '提及句数 / Mentions: sentences (headings '
    'included) of those documents with evidence for the theme.';
COMMENT ON COLUMN marts.theme_trends.share IS '占比 / Share: n_mentions over the month''s '
    'mentions of top-level themes (0..1; top-level rows of a month sum to 1); a sub-theme '
    '(产业发展/低空经济) is a share of the same total, its mentions also counted for its parent. '
    'NULL in a month without any theme mention.';

-- ============================================================================================
-- marts.keyword_trends
-- ============================================================================================
COMMENT ON VIEW marts.keyword_trends IS '关键词趋势 / Keyword trends: per month of publication and '
    'keyword, the documents of the month that have it among their keywords (marts.keywords, top '
    '20 per document); only months and keywords with a document; documents without published_on '
    'are left out. The keywords of a year: sum n_documents over its months.';
COMMENT ON COLUMN marts.keyword_trends.month IS '月份 / Month: first day of the month the '
    'documents were published.';
COMMENT ON COLUMN marts.keyword_trends.keyword IS '关键词 / Keyword (as marts.keywords.keyword).';
COMMENT ON COLUMN marts.keyword_trends.n_documents IS '文档数 / Documents published that month '
    'with this keyword among their keywords.';
COMMENT ON COLUMN marts.keyword_trends.document_share IS '文档占比 / Share of the month''s '
    'documents with keywords that have this one (0..1).';
COMMENT ON COLUMN marts.keyword_trends.weight_sum IS '权重和 / Sum of the keyword''s TF-IDF '
    'weights in those documents (marts.keywords.weight): ranks keywords as common as each other.';

-- ============================================================================================
-- marts.indicator_timeseries
-- ============================================================================================
COMMENT ON VIEW marts.indicator_timeseries IS '指标时间序列 / Indicator time series: one row per '
    'canonical indicator, place, kind, unit and period with the value of the latest document '
    'that reports it; only metrics with an indicator_key and a dated period. A number whose '
    'place is not known forms series with the numbers of its own document only.';
COMMENT ON COLUMN marts.indicator_timeseries.indicator_key IS '指标键 / Indicator key: canonical '
    'indicator (joins model.dim_indicator and marts.metrics.indicator_key).';
COMMENT ON COLUMN marts.indicator_timeseries.indicator IS '指标名称 / Indicator: the most '
    'frequent written name of the indicator across all documents.';
COMMENT ON COLUMN marts.indicator_timeseries.place IS '地点 / Place the numbers are about '
    '(marts.metrics.place); NULL when not known (the series then holds one document''s numbers).';
COMMENT ON COLUMN marts.indicator_timeseries.kind IS '类型 / Kind: target, actual, growth_rate, '
    'share, rank, count_total or other (see marts.metrics.kind); plot one kind per series.';
COMMENT ON COLUMN marts.indicator_timeseries.unit IS '单位 / Unit: base unit of value (个, 元, '
    '%, 百分点 ...); NULL when the number had none.';
COMMENT ON COLUMN marts.indicator_timeseries.period_start IS '时期起 / Period start: first day '
    'of the period the value is for.';
COMMENT ON COLUMN marts.indicator_timeseries.period_end IS '时期止 / Period end: last day of the '
    'period (equal to period_start for a point in time).';
COMMENT ON COLUMN marts.indicator_timeseries.value_normalized IS '数值 / Value, multiplier '
    'applied (as marts.metrics.value_normalized), of the latest report: latest published_on, '
    'then an exact statement (qualifier none or reach) before a bounded one, then highest doc_id.';
COMMENT ON COLUMN marts.indicator_timeseries.value_high_normalized IS '标准化上限值 / Upper end '
    'of the latest report''s range, multiplier applied (20000 for 1.5万—2万个; as '
    'marts.metrics.value_high_normalized); NULL when that report is not a range.';
COMMENT ON COLUMN marts.indicator_timeseries.qualifier IS '限定 / Qualifier of the latest report '
    '(none, at_least, at_most, over, break_through, reach, about, plus, nearly).';
COMMENT ON COLUMN marts.indicator_timeseries.metric_id IS '指标ID / Metric id of the latest '
    'report (joins marts.metrics.metric_id for its quote and sentence).';
COMMENT ON COLUMN marts.indicator_timeseries.latest_published_on IS '最近发布 / Latest published: '
    'the most recent publication date among the reports; NULL when none is dated.';
COMMENT ON COLUMN marts.indicator_timeseries.n_reports IS '报告次数 / Reports: metric rows that '
    'report this indicator, place, kind, unit and period (across all documents).';
COMMENT ON COLUMN marts.indicator_timeseries.sources IS '来源文件 / Sources: the distinct source '
    'files that report it, sorted.';
COMMENT ON COLUMN marts.indicator_timeseries.n_documents IS '报告文档数 / Documents: how many '
    'documents reported this indicator, place, kind, unit and period (the length of sources); '
    'n_reports counts the statements, and a report may give a figure twice (its summary and '
    'its section, the text and a table).';
COMMENT ON COLUMN marts.indicator_timeseries.n_values IS '不同数值个数 / Distinct values among the '
    'reports: 1 when they agree; more when documents (or revisions) report different figures '
    'for the same indicator, place, kind, unit and period. Counted among exact statements '
    '(qualifier none, or reach: 达到) when there is one: a headline''s round 突破7万亿元 '
    'beside 70485亿元 is no disagreement; nor is a figure restated in a larger magnitude that '
    'rounds to one reported in the smaller (3.87万亿元 beside 38710.64亿元).';
COMMENT ON COLUMN marts.indicator_timeseries.min_value IS '最小值 / Smallest value reported '
    '(multiplier applied; among exact statements when there is one, as n_values).';
COMMENT ON COLUMN marts.indicator_timeseries.max_value IS '最大值 / Largest value reported '
    '(multiplier applied; among exact statements when there is one, as n_values).';

-- ============================================================================================
-- marts.targets_vs_actuals
-- ============================================================================================
COMMENT ON VIEW marts.targets_vs_actuals IS '目标与实际 / Targets vs actuals: each target with '
    'an indicator_key, paired with every non-target metric of the same indicator, place and '
    'unit (a growth target in % meets growth results, never the level in 元) whose period lies '
    'within the target''s period, that was published no earlier and whose basis fits '
    '(target_basis); of a target of one year, only actuals of its whole period, of its year to '
    'date (1-10月) or at a date (9月末), not a single month''s (10月份); one row per pair, or '
    'one row with empty actual columns when there is none.';
COMMENT ON COLUMN marts.targets_vs_actuals.target_metric_id IS '目标指标ID / Target metric id '
    '(joins marts.metrics.metric_id).';
COMMENT ON COLUMN marts.targets_vs_actuals.indicator_key IS '指标键 / Indicator key: canonical '
    'indicator shared by target and actual.';
COMMENT ON COLUMN marts.targets_vs_actuals.indicator IS '指标名称 / Indicator: the most frequent '
    'written name of the indicator.';
COMMENT ON COLUMN marts.targets_vs_actuals.place IS '地点 / Place of target and actual '
    '(marts.metrics.place); NULL when not known: the target is then paired only with actuals '
    'of its own document.';
COMMENT ON COLUMN marts.targets_vs_actuals.period_start IS '目标时期起 / Target period start; '
    'NULL when the target has no dated period (it then has no actuals).';
COMMENT ON COLUMN marts.targets_vs_actuals.period_end IS '目标时期止 / Target period end.';
COMMENT ON COLUMN marts.targets_vs_actuals.target_value IS '目标值 / Target value: '
    'value_normalized of the target (multiplier applied).';
COMMENT ON COLUMN marts.targets_vs_actuals.target_qualifier IS '目标限定 / Target qualifier '
    '(e.g. at_least for 6%以上).';
COMMENT ON COLUMN marts.targets_vs_actuals.target_unit IS '目标单位 / Target unit: base unit of '
    'target_value.';
COMMENT ON COLUMN marts.targets_vs_actuals.target_doc_id IS '目标文档 / Target document id '
    '(joins marts.documents.doc_id).';
COMMENT ON COLUMN marts.targets_vs_actuals.target_published_on IS '目标发布日期 / Publication '
    'date of the target''s document.';
COMMENT ON COLUMN marts.targets_vs_actuals.actual_metric_id IS '实际指标ID / Actual metric id '
    '(joins marts.metrics.metric_id); NULL when no actual matched.';
COMMENT ON COLUMN marts.targets_vs_actuals.actual_kind IS '实际类型 / Actual kind: kind of the '
    'matched metric, any but target (actual, growth_rate, share, rank, count_total, other).';
COMMENT ON COLUMN marts.targets_vs_actuals.actual_value IS '实际值 / Actual value: '
    'value_normalized of the matched metric.';
COMMENT ON COLUMN marts.targets_vs_actuals.actual_unit IS '实际单位 / Actual unit: base unit of '
    'actual_value: always target_unit.';
COMMENT ON COLUMN marts.targets_vs_actuals.actual_period_start IS '实际时期起 / Actual period '
    'start (may be shorter than the target''s period: 1—5月 against 全年).';
COMMENT ON COLUMN marts.targets_vs_actuals.actual_period_end IS '实际时期止 / Actual period end: '
    'within the target''s period (and the start no earlier than the target''s: a five-year '
    'average is not held against one year''s target).';
COMMENT ON COLUMN marts.targets_vs_actuals.actual_doc_id IS '实际文档 / Actual document id '
    '(joins marts.documents.doc_id).';
COMMENT ON COLUMN marts.targets_vs_actuals.actual_published_on IS '实际发布日期 / Publication '
    'date of the actual''s document.';
COMMENT ON COLUMN marts.targets_vs_actuals.attainment IS '完成度 / Attainment: actual_value / '
    'target_value when the units agree and the target is not 0, else NULL; for a part of the '
    'period it is progress so far, for a % target it compares rates (4.5% against 6% is 0.75).';
COMMENT ON COLUMN marts.targets_vs_actuals.target_basis IS '目标口径 / Target basis '
    '(marts.metrics.basis): a per_year target (每年新增就业35万人) is paired only with per_year '
    'actuals or actuals of one calendar year, a cumulative one (累计新增就业180万人) only with '
    'cumulative actuals or actuals over several years; NULL: with any actual.';
COMMENT ON COLUMN marts.targets_vs_actuals.actual_basis IS '实际口径 / Actual basis '
    '(marts.metrics.basis) of the matched metric.';
COMMENT ON COLUMN marts.targets_vs_actuals.target_value_high IS '目标上限 / Target value high: '
    'upper end of a range target with the multiplier applied (20000 for 1.5万—2万个, 6 for '
    '5%—6%; marts.metrics.value_high_normalized); NULL when the target is not a range. '
    'attainment is computed against target_value, the lower end.';
COMMENT ON COLUMN marts.targets_vs_actuals.result_scope IS '实际范围 / Result scope: full when '
    'the actual covers the target''s whole period (for a per_year target, one whole calendar '
    'year of it), partial for a part of it (1-9月 against 全年: progress so far); NULL when no '
    'actual matched.';
COMMENT ON COLUMN marts.targets_vs_actuals.latest_result IS '最终结果 / Latest result: TRUE for '
    'the one full-scope actual per target (and per year, for a per_year target) to chart: the '
    'one published last (an exact statement, qualifier none or reach, before a bounded one such as '
    '突破7万亿元); FALSE for the other pairs (earlier reports, revisions superseded, parts of '
    'the period); NULL when no actual matched.';
COMMENT ON COLUMN marts.targets_vs_actuals.latest_progress IS '最新进度 / Latest progress: '
    'TRUE for the one partial-scope actual per target to chart as progress so far: the part of '
    'the target''s period reported furthest into it (1-10月 after 前三季度; of those ending on '
    'one day the longest, then the one published last); FALSE for the other pairs; NULL when no '
    'actual matched. A target of one year meets only parts counted from its start (1-10月) and '
    'levels at a date (9月末), never a single month''s figure (10月份).';
COMMENT ON COLUMN marts.targets_vs_actuals.latest_target IS '最新目标 / Latest target: TRUE '
    'for the statement of a target made last among the targets of the same indicator, place, '
    'unit, basis and period while that period was running (published by its end; a statement '
    'published later, a report looking back at the year, only when there is no other; an exact '
    'statement before a bounded one on the same day): a work report and a plan report state the '
    'same targets, a mid-year review may revise one. FALSE for the others. Count targets met '
    'WHERE latest_target AND latest_result, so that each target counts once.';
COMMENT ON COLUMN marts.targets_vs_actuals.target_met IS '是否完成 / Target met, for a '
    'full-scope actual: at or below the target (a range''s upper end) for an indicator that is '
    'better lower (pipelines/data/targets.yaml: 失业率, 能耗, 居民消费价格 ...) or an upper-bound '
    'target (以内, 不超过: at_most); at or below it for a decline (a negative target: 下降2.5%); '
    'else at or above it (a range''s lower end). A 左右 target is judged on its value. NULL for '
    'a partial actual or none.';

-- ============================================================================================
-- marts.document_summary
-- ============================================================================================
COMMENT ON VIEW marts.document_summary IS '文档概览 / Document summary: one row per document '
    '(as in marts.documents) with its metric counts, top 3 themes and top 10 keywords.';
COMMENT ON COLUMN marts.document_summary.doc_id IS '文档ID / Document id (joins '
    'marts.documents.doc_id).';
COMMENT ON COLUMN marts.document_summary.source_file IS '源文件 / Source file, relative to the '
    'source folder.';
COMMENT ON COLUMN marts.document_summary.title IS '标题 / Title (manifest.csv, else the first '
    'heading).';
COMMENT ON COLUMN marts.document_summary.source_name IS '来源 / Source name (publisher).';
COMMENT ON COLUMN marts.document_summary.published_on IS '发布日期 / Publication date; NULL when '
    'unknown.';
COMMENT ON COLUMN marts.document_summary.status IS '状态 / Status: ok or failed.';
COMMENT ON COLUMN marts.document_summary.n_sentences IS '句子数 / Sentences: body sentences '
    '(headings not counted).';
COMMENT ON COLUMN marts.document_summary.n_metrics IS '指标数 / Metrics: rows of marts.metrics '
    'for the document.';
COMMENT ON COLUMN marts.document_summary.n_targets IS '目标数 / Targets: metrics of kind target.';
COMMENT ON COLUMN marts.document_summary.n_actuals IS '非目标数 / Non-targets: metrics of every '
    'other kind (actual, growth_rate, share, rank, count_total, other), i.e. n_metrics - '
    'n_targets.';
COMMENT ON COLUMN marts.document_summary.top_themes IS '主要主题 / Top themes: the themes ranked '
    '1 to 3 in marts.document_themes, best first; empty when none.';
COMMENT ON COLUMN marts.document_summary.top_keywords IS '主要关键词 / Top keywords: the '
    'keywords ranked 1 to 10 in marts.keywords, best first; empty when none.';
COMMENT ON COLUMN marts.document_summary.place IS '地点 / Place the document speaks for '
    '(as marts.documents.place).';

-- ============================================================================================
-- model: dimensions and facts under the views, maintained from core.* before each publication
-- ============================================================================================
COMMENT ON TABLE model.dim_document IS '文档维度 / Document dimension: one row per document '
    '(core.documents without its text).';
COMMENT ON COLUMN model.dim_document.document_key IS '文档键 / Document key: the doc_id.';
COMMENT ON COLUMN model.dim_document.source_file IS '源文件 / Source file, relative to the '
    'source folder.';
COMMENT ON COLUMN model.dim_document.title IS '标题 / Title (manifest.csv, else the first '
    'heading).';
COMMENT ON COLUMN model.dim_document.source_name IS '来源 / Source name (publisher).';
COMMENT ON COLUMN model.dim_document.url IS '网址 / URL from manifest.csv.';
COMMENT ON COLUMN model.dim_document.published_on IS '发布日期 / Publication date (joins '
    'model.dim_date.date_key); NULL when unknown.';
COMMENT ON COLUMN model.dim_document.published_on_source IS '日期来源 / Date source: manifest, '
    'text, inferred, file_name or unknown.';
COMMENT ON COLUMN model.dim_document.script IS '字体 / Script: simplified or traditional.';
COMMENT ON COLUMN model.dim_document.n_chars IS '字符数 / Characters of the decoded raw text '
    '(code points).';
COMMENT ON COLUMN model.dim_document.status IS '状态 / Status: ok or failed.';

COMMENT ON TABLE model.dim_date IS '日期维度 / Date dimension: every day from 2000-01-01 (or the '
    'earliest date in the data) to 2035-12-31 (or the latest).';
COMMENT ON COLUMN model.dim_date.date_key IS '日期 / Date (the key).';
COMMENT ON COLUMN model.dim_date.year IS '年 / Year.';
COMMENT ON COLUMN model.dim_date.quarter IS '季度 / Quarter: 1 to 4.';
COMMENT ON COLUMN model.dim_date.month IS '月 / Month: 1 to 12.';
COMMENT ON COLUMN model.dim_date.month_start IS '月初 / Month start: first day of the month.';
COMMENT ON COLUMN model.dim_date.quarter_start IS '季初 / Quarter start: first day of the '
    'quarter.';
COMMENT ON COLUMN model.dim_date.year_start IS '年初 / Year start: 1 January of the year.';
COMMENT ON COLUMN model.dim_date.five_year_plan IS '五年规划 / Five-year plan the day falls in '
    '(十四五 = 2021–2025); NULL before 1953 and in 1963–1965.';

COMMENT ON TABLE model.dim_theme IS '主题维度 / Theme dimension: every theme and sub-theme found '
    'in the documents.';
COMMENT ON COLUMN model.dim_theme.theme_key IS '主题键 / Theme key: the theme name; sub-themes '
    'written parent/child.';
COMMENT ON COLUMN model.dim_theme.parent_theme IS '上级主题 / Parent theme of a sub-theme; NULL '
    'for a top-level theme.';

COMMENT ON TABLE model.dim_indicator IS '指标维度 / Indicator dimension: one row per canonical '
    'indicator (indicator_key) found in the metrics.';
COMMENT ON COLUMN model.dim_indicator.indicator_key IS '指标键 / Indicator key: canonical form of '
    'the indicator (see marts.metrics.indicator_key).';
COMMENT ON COLUMN model.dim_indicator.name IS '指标名称 / Name: the most frequent written form of '
    'the indicator (ties: the first in sort order).';
COMMENT ON COLUMN model.dim_indicator.unit IS '单位 / Unit: the most frequent base unit of its '
    'metrics (over all kinds; ties: the first in sort order).';
COMMENT ON COLUMN model.dim_indicator.n_mentions IS '提及次数 / Mentions: metric rows with this '
    'indicator.';
COMMENT ON COLUMN model.dim_indicator.themes IS '主题 / Themes: sorted distinct themes of the '
    'sentences its metrics come from.';
COMMENT ON COLUMN model.dim_indicator.lower_is_better IS '越低越好 / Better lower: the key '
    'contains a word of pipelines/data/targets.yaml lower_is_better (失业率, 能耗 ...); its '
    'targets are ceilings (marts.targets_vs_actuals.target_met).';

COMMENT ON TABLE model.fact_metric IS '指标事实 / Metric facts: one row per metric (as in '
    'marts.metrics), keyed to the dimensions.';
COMMENT ON COLUMN model.fact_metric.metric_key IS '指标ID / Metric key: marts.metrics.metric_id.';
COMMENT ON COLUMN model.fact_metric.document_key IS '文档键 / Document key (joins '
    'model.dim_document.document_key).';
COMMENT ON COLUMN model.fact_metric.indicator_key IS '指标键 / Indicator key (joins '
    'model.dim_indicator.indicator_key); NULL without indicator.';
COMMENT ON COLUMN model.fact_metric.published_on IS '发布日期 / Publication date of the document '
    '(joins model.dim_date.date_key).';
COMMENT ON COLUMN model.fact_metric.period_start IS '时期起 / Period start (joins '
    'model.dim_date.date_key); NULL when undated.';
COMMENT ON COLUMN model.fact_metric.period_end IS '时期止 / Period end (joins '
    'model.dim_date.date_key); NULL when undated.';
COMMENT ON COLUMN model.fact_metric.subject IS '主体 / Subject: the place named for the number; '
    'NULL when none or the document''s own place.';
COMMENT ON COLUMN model.fact_metric.place IS '地点 / Place: subject, else the document''s '
    'own place (as its text names it, else as its title or issuer opens with); NULL when not '
    'known.';
COMMENT ON COLUMN model.fact_metric.place_key IS '地点键 / Place key: what figures are compared '
    'by: the place, or ''#'' and the document key when the place is not known (such figures are '
    'never compared across documents).';
COMMENT ON COLUMN model.fact_metric.kind IS '类型 / Kind: target, actual, growth_rate, share, '
    'rank, count_total or other.';
COMMENT ON COLUMN model.fact_metric.qualifier IS '限定 / Qualifier: none, at_least, at_most, '
    'over, break_through, reach, about, plus or nearly.';
COMMENT ON COLUMN model.fact_metric.value IS '数值 / Value as written, without the multiplier.';
COMMENT ON COLUMN model.fact_metric.value_high IS '上限值 / Upper end of a range as written; NULL '
    'when not a range.';
COMMENT ON COLUMN model.fact_metric.value_normalized IS '标准化数值 / Normalized value: value '
    'times the multiplier (万, 亿 ...).';
COMMENT ON COLUMN model.fact_metric.value_high_normalized IS '标准化上限值 / Upper end of a '
    'range times the multiplier (万, 亿 ...); NULL when not a range.';
COMMENT ON COLUMN model.fact_metric.unit IS '单位 / Base unit (个, 元, %, 百分点, 位 ...).';
COMMENT ON COLUMN model.fact_metric.indicator IS '指标名称 / Indicator as written in the '
    'sentence.';
COMMENT ON COLUMN model.fact_metric.sent_no IS '句序号 / Sentence number in the cleaned document '
    '(0-based, headings included).';
COMMENT ON COLUMN model.fact_metric.char_start IS '起始位置 / Char start: code-point offset of '
    'the quote in the decoded raw text.';
COMMENT ON COLUMN model.fact_metric.char_end IS '结束位置 / Char end: exclusive code-point offset '
    'of the end of the quote in the decoded raw text.';

COMMENT ON TABLE model.fact_theme_mention IS '主题提及事实 / Theme mention facts: one row per '
    'sentence and theme with evidence in that sentence.';
COMMENT ON COLUMN model.fact_theme_mention.document_key IS '文档键 / Document key (joins '
    'model.dim_document.document_key).';
COMMENT ON COLUMN model.fact_theme_mention.sent_no IS '句序号 / Sentence number in the cleaned '
    'document (0-based, headings included).';
COMMENT ON COLUMN model.fact_theme_mention.theme_key IS '主题键 / Theme key (joins '
    'model.dim_theme.theme_key).';
COMMENT ON COLUMN model.fact_theme_mention.published_on IS '发布日期 / Publication date of the '
    'document (joins model.dim_date.date_key).';
COMMENT ON COLUMN model.fact_theme_mention.score IS '得分 / Score: sum of the weights of the '
    'theme''s terms matched in the sentence (every occurrence counted).';
COMMENT ON COLUMN model.fact_theme_mention.terms IS '命中词 / Terms: the distinct evidence terms '
    'matched, in order of first appearance.';

COMMENT ON COLUMN model.fact_metric.source_file IS '源文件 / Source file of the document, relative '
    'to the source folder (as marts.metrics.source_file).';
COMMENT ON COLUMN model.fact_metric.sentence IS '句子 / Sentence: the cleaned sentence holding the '
    'number (as marts.metrics.sentence); NULL if the sentence row is missing.';
COMMENT ON COLUMN model.fact_metric.quote IS '原文 / Quote: the raw characters at '
    'char_start..char_end (as marts.metrics.quote).';
COMMENT ON COLUMN model.fact_metric.unit_raw IS '原始单位 / Unit as written, multiplier included '
    '(万个, 亿元); NULL when none.';
COMMENT ON COLUMN model.fact_metric.qualifier_text IS '限定词 / Qualifier as written (以上, '
    '突破 ...); NULL when none.';
COMMENT ON COLUMN model.fact_metric.period_text IS '时期原文 / Period as written (全年, 上半年, '
    '2025年); NULL when none.';
COMMENT ON COLUMN model.fact_metric.themes IS '主题 / Themes of the sentence (heading fallback '
    'applied); empty when none.';
COMMENT ON COLUMN model.fact_metric.extractor_version IS '抽取版本 / Extractor version that '
    'produced the row.';
COMMENT ON COLUMN model.fact_metric.basis IS '口径 / Basis: per_year, cumulative, '
    'month_on_month, real, change, of_plan or NULL (see marts.metrics.basis).';

COMMENT ON TABLE model.document_profile IS '文档概况 / Document profile: per document, the counts '
    'and top lists of marts.documents and marts.document_summary, maintained per changed document '
    '(top keywords refreshed whenever the corpus keywords are rebuilt).';
COMMENT ON COLUMN model.document_profile.document_key IS '文档键 / Document key (joins '
    'model.dim_document.document_key).';
COMMENT ON COLUMN model.document_profile.n_sentences IS '句子数 / Sentences: body sentences '
    '(headings not counted).';
COMMENT ON COLUMN model.document_profile.n_metrics IS '指标数 / Metrics of the document.';
COMMENT ON COLUMN model.document_profile.n_targets IS '目标数 / Targets: metrics of kind target.';
COMMENT ON COLUMN model.document_profile.n_actuals IS '非目标数 / Non-targets: metrics of every '
    'other kind.';
COMMENT ON COLUMN model.document_profile.top_themes IS '主要主题 / Top themes: ranks 1 to 3, best '
    'first.';
COMMENT ON COLUMN model.document_profile.top_keywords IS '主要关键词 / Top keywords: ranks 1 to '
    '10, best first.';
COMMENT ON COLUMN model.document_profile.place IS '地点 / Place the document speaks for: the '
    'most frequent place of its metrics that name none of their own; NULL without one.';

COMMENT ON TABLE model.theme_month IS '月度主题 / Monthly themes: marts.theme_trends '
    'pre-aggregated, one row per month of publication and theme; recomputed for the months of '
    'changed documents.';
COMMENT ON COLUMN model.theme_month.month IS '月份 / Month: first day of the month of publication '
    '(joins model.dim_date.date_key).';
COMMENT ON COLUMN model.theme_month.theme_key IS '主题键 / Theme key (joins '
    'model.dim_theme.theme_key).';
COMMENT ON COLUMN model.theme_month.n_documents IS '文档数 / Documents published that month with '
    'at least one mention of the theme.';
COMMENT ON COLUMN model.theme_month.n_mentions IS '提及次数 / Mentions: sentence-level mentions '
    'of the theme in that month''s documents.';
COMMENT ON COLUMN model.theme_month.share IS '占比 / Share of the month''s mentions of top-level '
    'themes (0..1).';

COMMENT ON TABLE model.indicator_series IS '指标序列 / Indicator series: marts.indicator_timeseries '
    'pre-computed, one row per indicator, place key, kind, unit and dated period; recomputed for the '
    'series of changed documents.';
COMMENT ON COLUMN model.indicator_series.indicator_key IS '指标键 / Indicator key (joins '
    'model.dim_indicator.indicator_key).';
COMMENT ON COLUMN model.indicator_series.place IS '地点 / Place the numbers are about; NULL '
    'when not known.';
COMMENT ON COLUMN model.indicator_series.place_key IS '地点键 / Place key (model.fact_metric.place_key).';
COMMENT ON COLUMN model.indicator_series.kind IS '类型 / Kind: target, actual, growth_rate, '
    'share, rank, count_total or other.';
COMMENT ON COLUMN model.indicator_series.unit IS '单位 / Base unit; NULL when none.';
COMMENT ON COLUMN model.indicator_series.period_start IS '时期起 / Period start (joins '
    'model.dim_date.date_key).';
COMMENT ON COLUMN model.indicator_series.period_end IS '时期止 / Period end (joins '
    'model.dim_date.date_key).';
COMMENT ON COLUMN model.indicator_series.value_normalized IS '数值 / Value of the latest report '
    '(latest published_on, then highest document key), multiplier applied.';
COMMENT ON COLUMN model.indicator_series.qualifier IS '限定 / Qualifier of the latest report.';
COMMENT ON COLUMN model.indicator_series.metric_key IS '指标ID / Metric key of the latest report '
    '(joins model.fact_metric.metric_key).';
COMMENT ON COLUMN model.indicator_series.latest_published_on IS '最近发布 / Latest publication '
    'date among the reports; NULL when none is dated.';
COMMENT ON COLUMN model.indicator_series.n_reports IS '报告次数 / Reports: metric rows in the '
    'series.';
COMMENT ON COLUMN model.indicator_series.sources IS '来源文件 / Sources: distinct source files '
    'of the reports, sorted.';
COMMENT ON COLUMN model.indicator_series.n_values IS '不同数值个数 / Distinct values among the '
    'reports (among exact statements, qualifier none or reach, when there is one; a figure '
    'restated in a larger magnitude that rounds to one in the smaller counts as that one).';
COMMENT ON COLUMN model.indicator_series.min_value IS '最小值 / Smallest value reported (as '
    'n_values).';
COMMENT ON COLUMN model.indicator_series.max_value IS '最大值 / Largest value reported (as '
    'n_values).';
COMMENT ON COLUMN model.indicator_series.value_high_normalized IS '标准化上限值 / Upper end of the '
    'latest report''s range, multiplier applied; NULL when that report is not a range.';

COMMIT;
