"""The reference data shipped with HelixMatch: where its files lie, code names, place names
read from a question, and towns to municipalities."""
