"""Reading articles: files, folders, URLs, feeds, records and pages, cleaned to plain text."""
