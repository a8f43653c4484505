"""The use cases, by feature: each user action that changes data is one named operation taking
the ``Database``, and each screen's data comes from one loader. Used by the views and the
command line; no Qt."""
