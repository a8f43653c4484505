"""The Research Organization Registry (ror.org): reading its data dumps, turning its records into
organisations, and storing them by ROR id. No Qt."""
