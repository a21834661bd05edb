"""Build: the only layer that knows about reuse (cache, writers, process pools) and runs the stages in order."""
