"""Everything Qt: the application, the main window, its pages, item models and workers."""
