"""Matching for the desktop and the command line: the engine fed from the database, runs with
progress and cancel, the one-stop desk's answers and questions, regional matching, missions."""
