"""Archive: whole-archive results (links, related articles, co-mentions, picture data)."""
