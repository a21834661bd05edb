"""Site: the archive -> pages (templates, citations, downloads, offline index, render)."""
