"""HelixMatch's application: models (the database), services (the use cases), cli (the
``helixmatch`` command) and views (the Qt window). Dependencies point one way: views and cli
use services, services use models and matching (contracts in pyproject.toml)."""
