"""The matching pages: Missions, the one-stop desk, Match and Regional matching, sharing one
engine in memory."""
