"""The main window's actions: File (new organisation, new consortium, open or create a
database), Edit (undo and redo of the page shown, undo of an import), the toolbar, and their
keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

SP = QStyle.StandardPixmap


class WindowActions(QObject):
    """Made by the main window before its pages; the undo stack of each page joins Edit."""

    newOrganisation = Signal()
    newConsortium = Signal()
    openDatabase = Signal()
    newDatabase = Signal()
    undoImport = Signal()

    def __init__(self, window: QMainWindow, file_menu: QMenu) -> None:
        super().__init__(window)
        style = window.style()
        self.undo_group = QUndoGroup(self)

        def action(text: str, keys: QKeySequence | None, signal, icon: SP | None = None):
            made = QAction(text, window)
            if keys is not None:
                made.setShortcut(keys)
                shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
                made.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shown})")
            if icon is not None:
                made.setIcon(style.standardIcon(icon))
            made.triggered.connect(signal.emit)
            return made

        self.new_organisation = action(
            self.tr("New &organisation"), QKeySequence(QKeySequence.StandardKey.New),
            self.newOrganisation, SP.SP_FileIcon,
        )  # fmt: skip
        self.new_consortium = action(
            self.tr("New &consortium"), QKeySequence("Ctrl+Shift+N"), self.newConsortium,
            SP.SP_FileDialogNewFolder,
        )  # fmt: skip
        self.open_database = action(
            self.tr("&Open database…"), QKeySequence(QKeySequence.StandardKey.Open),
            self.openDatabase, SP.SP_DialogOpenButton,
        )  # fmt: skip
        self.new_database = action(self.tr("New &database…"), None, self.newDatabase)
        first = file_menu.actions()[0] if file_menu.actions() else None
        for item in (self.new_organisation, self.new_consortium, None, self.open_database,
                     self.new_database, None):  # fmt: skip
            if item is None:
                file_menu.insertSeparator(first)
            else:
                file_menu.insertAction(first, item)

        self.undo = self.undo_group.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo.setIcon(style.standardIcon(SP.SP_ArrowBack))
        self.redo = self.undo_group.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.redo.setIcon(style.standardIcon(SP.SP_ArrowForward))
        self.undo_import = action(self.tr("Undo &import…"), None, self.undoImport)
        self.edit_menu = edit_menu = QMenu(self.tr("&Edit"), window)
        edit_menu.addAction(self.undo)
        edit_menu.addAction(self.redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.undo_import)
        window.menuBar().insertMenu(window.menuBar().actions()[1], edit_menu)

        self.toolbar = QToolBar(self.tr("Toolbar"), window)
        self.toolbar.setObjectName("main_toolbar")  # saveState needs a name
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        for item in (self.new_organisation, self.new_consortium, None, self.undo, self.redo):
            if item is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(item)
        window.addToolBar(self.toolbar)

    def add_stack(self, stack: QUndoStack) -> None:
        self.undo_group.addStack(stack)

    def page_shown(self, stack: QUndoStack | None) -> None:
        """Edit > Undo follows the page on screen."""
        self.undo_group.setActiveStack(stack)
