"""Exports: consortium proposals (PDF, Word, Excel, JSON, share file) and organisation lists."""
