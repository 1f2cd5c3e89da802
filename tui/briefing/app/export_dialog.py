"""The export dialog: pick a file, confirm before overwriting, write the brief as Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from ..export import ExportError, describe_os_error, export_file_name, write_export
from ..model import Brief
from ..safe_text import one_line
from .brief_list import plural


class ExportDialog(ModalScreen[Path | None]):
    """Dismisses with the Path written, or None when cancelled.

    An existing file is overwritten only after a second Enter (or press of the button, now
    labelled "Overwrite") on the same path; editing the path asks again.
    """

    DEFAULT_CSS = """
    ExportDialog {
        align: center middle;
    }
    ExportDialog > #export-box {
        width: 72;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        overflow-y: auto;
        padding: 0 1;
        border: thick $primary 80%;
        background: $surface;
    }
    ExportDialog #export-title {
        margin-bottom: 1;
    }
    ExportDialog #export-message {
        height: auto;
        min-height: 1;
    }
    ExportDialog #export-message.-warning {
        color: $warning;
    }
    ExportDialog #export-message.-error {
        color: $error;
    }
    ExportDialog #export-buttons {
        height: auto;
        align-horizontal: right;
    }
    ExportDialog #export-buttons Button {
        margin-left: 2;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export_dialog.cancel"),
    ]
    AUTO_FOCUS = "#export-path"

    def __init__(
        self, brief: Brief, folder: Path = Path("exports"), *, weak_disputes: bool = False
    ) -> None:
        super().__init__()
        self.brief = brief
        self.folder = folder
        #: Include the disputes on weak evidence (the reader's `w` toggle decides).
        self.weak_disputes = weak_disputes
        #: The existing file the user has been warned about; a second submit overwrites it.
        self._confirmed_overwrite: Path | None = None
        self._writing = False

    def compose(self) -> ComposeResult:
        title = Text.assemble(
            ("Export as Markdown", "bold"),
            "\n",
            (one_line(self.brief.title) or one_line(self.brief.id), "italic"),
        )
        weak = sum(1 for c in self.brief.contradictions if c.weak)
        if weak:
            disputes = plural(weak, "weak dispute")
            them = "it" if weak == 1 else "them"
            title.append(
                f"\n{disputes.capitalize()} included and marked, as the reader shows {them} "
                "(w in Contradictions)."
                if self.weak_disputes
                else f"\n{disputes.capitalize()} left out, as the reader hides {them} "
                f"(w in Contradictions shows {them}).",
                style="dim",
            )
        with Vertical(id="export-box"):
            yield Static(title, id="export-title")
            yield Label("Save to:")
            yield Input(
                value=str(self.folder / export_file_name(self.brief)),
                id="export-path",
                select_on_focus=False,
            )
            yield Static(id="export-message")
            with Horizontal(id="export-buttons"):
                yield Button("Export", id="export-go", variant="primary")
                yield Button("Cancel", id="export-cancel")

    # ------------------------------------------------------------------------ events

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-go")
    def _on_submit(self) -> None:
        self.submit()

    @on(Button.Pressed, "#export-cancel")
    def _on_cancel(self) -> None:
        self.action_cancel()

    @on(Input.Changed, "#export-path")
    def _on_path_changed(self) -> None:
        if self._confirmed_overwrite is not None:
            self._confirmed_overwrite = None
            self._show("")
            self.query_one("#export-go", Button).label = "Export"

    def action_cancel(self) -> None:
        # A write in flight finishes in well under a second; letting Esc race it would
        # dismiss the screen under the worker's feet.
        if not self._writing:
            self.dismiss(None)

    # ------------------------------------------------------------------------ export

    def target(self) -> Path | None:
        """The file the path input names; a folder means ``<folder>/<id>.md``."""
        typed = self.query_one("#export-path", Input).value.strip()
        if not typed:
            return None
        path = Path(typed).expanduser()
        if typed.endswith(("/", "\\")) or path.is_dir():
            path = path / export_file_name(self.brief)
        return path

    def submit(self) -> None:
        if self._writing:
            return
        try:
            path = self.target()
            exists = path is not None and path.exists()
        except (OSError, ValueError) as exc:
            self._show(f"cannot use that path: {exc}", "-error")
            return
        if path is None:
            self._show("Type the file to export to.", "-error")
            return
        overwrite = self._confirmed_overwrite == path
        if exists and not overwrite:
            self._ask_to_overwrite(path)
            return
        self._writing = True
        self.query_one("#export-go", Button).disabled = True
        self._show(f"Writing {path}…")
        self._write(path, overwrite)

    def _ask_to_overwrite(self, path: Path) -> None:
        self._confirmed_overwrite = path
        self._show(
            Text.assemble(
                (str(path), "bold"),
                " already exists. Press Enter again to overwrite it, or change the path.",
            ),
            "-warning",
        )
        self.query_one("#export-go", Button).label = "Overwrite"

    @work(thread=True, exclusive=True, exit_on_error=False, group="export")
    def _write(self, path: Path, overwrite: bool) -> None:
        # A slow or hung disk must not freeze the reader, so the write runs off the UI thread.
        try:
            write_export(self.brief, path, overwrite=overwrite, weak_disputes=self.weak_disputes)
        except ExportError as exc:
            refused_existing = not overwrite and path.is_file()
            self.app.call_from_thread(self._failed, path, str(exc), refused_existing)
        except OSError as exc:
            self.app.call_from_thread(self._failed, path, describe_os_error(exc, path), False)
        except Exception as exc:
            # Whatever else goes wrong, the reader stays up and the dialog says what happened.
            self.app.call_from_thread(self._failed, path, f"cannot write {path}: {exc}", False)
        else:
            self.app.call_from_thread(self._written, path)

    def _written(self, path: Path) -> None:
        self._writing = False
        self.dismiss(path)

    def _failed(self, path: Path, message: str, exists_now: bool) -> None:
        self._writing = False
        self.query_one("#export-go", Button).disabled = False
        if exists_now:
            # Someone created the file since we looked: ask, as for any existing file.
            self._ask_to_overwrite(path)
        else:
            self._show(message, "-error")

    def _show(self, message: str | Text, level: str = "") -> None:
        widget = self.query_one("#export-message", Static)
        widget.set_classes(level)
        widget.update(Text(message) if isinstance(message, str) else message)
