"""Content: corpus files -> article records (read, ids, extract, dates, overrides)."""
