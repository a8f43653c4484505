"""The Organisations page: the searchable list, its filters, the detail pane and editing with
undo, the list's export."""
