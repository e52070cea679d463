"""One default folder for what meapp writes for the user, remembered per kind of file, and a
file dialog that reads Kyrgyz in the Kyrgyz interface (issue 23)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from meapp.ui import i18n
from meapp.ui.common import file_dialogs


def test_default_folder_is_created_and_each_kind_remembers_its_own(tmp_path, monkeypatch):
    monkeypatch.setenv("MEAPP_HOME", str(tmp_path / "home"))
    default = file_dialogs.folder_for(file_dialogs.REPORTS)
    assert default == tmp_path / "home" / "documents"
    assert default.is_dir()
    elsewhere = tmp_path / "Отчет #2"
    elsewhere.mkdir()
    file_dialogs.remember(file_dialogs.PACKAGES, elsewhere / "a.mepkg")
    assert file_dialogs.folder_for(file_dialogs.PACKAGES) == elsewhere
    assert file_dialogs.folder_for(file_dialogs.REPORTS) == default  # its own folder
    elsewhere.rmdir()  # a folder that is gone falls back to the default
    assert file_dialogs.folder_for(file_dialogs.PACKAGES) == default


def test_save_suggests_the_folder_and_remembers_the_choice(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("MEAPP_HOME", str(tmp_path / "home"))
    asked = {}
    chosen = tmp_path / "chosen" / "report.pdf"
    chosen.parent.mkdir()

    def fake(parent, caption, start, filters, selected, options):
        asked.update(start=start, options=options)
        return str(chosen), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    i18n.install_language("ky")
    path = file_dialogs.save_file(None, file_dialogs.REPORTS, "Save", "report.pdf", "PDF (*.pdf)")
    assert path == str(chosen)
    assert Path(asked["start"]) == tmp_path / "home" / "documents" / "report.pdf"
    assert asked["options"] & QFileDialog.Option.DontUseNativeDialog  # Qt's dialog, our words
    assert file_dialogs.folder_for(file_dialogs.REPORTS) == chosen.parent
    i18n.install_language("ru")
    file_dialogs.save_file(None, file_dialogs.REPORTS, "Save", "r.pdf", "PDF (*.pdf)")
    assert not asked["options"] & QFileDialog.Option.DontUseNativeDialog
    assert Path(asked["start"]) == chosen.parent / "r.pdf"


def test_the_file_dialog_reads_kyrgyz(qapp, qtbot):
    i18n.install_language("ky")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {
        QFileDialog.DialogLabel.LookIn: "&Папка:",
        QFileDialog.DialogLabel.FileName: "Файлдын &аты:",
        QFileDialog.DialogLabel.FileType: "Файлдын &түрү:",
    }
    for label, text in labels.items():
        assert dialog.labelText(label) == text


def test_every_file_dialog_goes_through_one_module():
    """One default folder and the Kyrgyz dialog hold only if nothing opens Qt's directly."""
    root = Path(__file__).resolve().parents[2] / "meapp"
    direct = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if path.name != "file_dialogs.py"
        and re.search(r"QFileDialog\.get\w+\(", path.read_text(encoding="utf-8"))
    ]
    assert not direct, direct
