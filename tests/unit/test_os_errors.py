"""Failures of the operating system are explained in Norwegian, not with its English text."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from kompetansekart.exchange import jsonfile
from kompetansekart.reports.common import write_atomically
from kompetansekart.storage.errors import OfficeFileError, os_reason


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOENT, "finnes ikke"), (errno.EISDIR, "er en mappe"), (errno.EACCES, "tilgang"),
    (errno.ENOSPC, "disken er full"), (errno.EROFS, "skrivebeskyttet"),
])
def test_common_errors_have_norwegian_reasons(code: int, words: str) -> None:
    assert words in os_reason(OSError(code, "English text"))
    assert "English" not in os_reason(OSError(code, "English text"))


def test_unknown_error_keeps_the_system_text_as_detail() -> None:
    assert "Strange thing" in os_reason(OSError(9999, "Strange thing"))


def test_writing_a_pdf_over_a_folder_says_so_in_norwegian(tmp_path: Path) -> None:
    folder = tmp_path / "plan.pdf"
    folder.mkdir()
    def build(tmp: Path) -> None:
        tmp.write_bytes(b"%PDF")

    with pytest.raises(OfficeFileError) as refused:
        write_atomically(folder, build)
    assert "er en mappe" in refused.value.message
    assert "Is a directory" not in refused.value.message


def test_saving_a_summary_over_a_folder_says_so_in_norwegian(tmp_path: Path) -> None:
    folder = tmp_path / "kontor.kkdel"
    folder.mkdir()
    with pytest.raises(OfficeFileError) as refused:
        jsonfile.write_bytes(folder, b"{}")
    assert "er en mappe" in refused.value.message
    assert "Is a directory" not in refused.value.message
