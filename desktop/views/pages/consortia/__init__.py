"""The Consortia page: the list, the editor with its members and rule check, the export and
share-file dialogs."""
