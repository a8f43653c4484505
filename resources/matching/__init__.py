"""Data the matching engine reads: the bilingual vocabulary of domain concepts."""
