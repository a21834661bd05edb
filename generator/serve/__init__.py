"""Serve: the preview server, the watcher and the draft preview of an edited article."""
