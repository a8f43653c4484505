"""Queries that take a session and return plain objects; nothing above this layer writes SQL."""
