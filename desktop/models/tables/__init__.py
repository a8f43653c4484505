"""The SQLModel tables; ``desktop.models`` registers them all on the metadata."""
