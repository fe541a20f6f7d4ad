"""Anonymous statistics: daily counts, never anything about a person."""
