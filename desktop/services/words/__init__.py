"""Words for codes, and the sentences of exports, in English and Dutch; no Qt."""
