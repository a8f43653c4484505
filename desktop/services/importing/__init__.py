"""The exchange format: organisations, projects and participations as CSV files."""
