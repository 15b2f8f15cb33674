"""Build: orchestrates the stages (cache, parallel reports, atomic output, search index)."""
