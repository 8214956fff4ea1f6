"""End to end: `python -m kompetansekart init/demo/check/summary` in a temporary folder."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kompetansekart.cli import main
from kompetansekart.storage import schema

TODAY = "2026-11-27"


def run(*args: str | Path, home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KOMPETANSEKART_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kompetansekart", *map(str, args)],
                          capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """The command failed with exactly one clear line on stderr and no traceback."""
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kompetansekart: ")
    return lines[0]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "o.kkart"
    result = run("demo", path, "--staff", "25", "--seed", "1", "--today", TODAY,
                 home=folder / "home", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "25 ansatte" in result.stdout
    return path


def test_demo_then_check_exits_zero(demo_file: Path, tmp_path: Path, isolated_home: Path) -> None:
    before = demo_file.read_bytes()
    result = run("check", demo_file, home=isolated_home, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Alt er i orden." in result.stdout
    assert "0x4B6B6172" in result.stdout
    assert f"Skjemaversjon:     {schema.SCHEMA_VERSION}" in result.stdout
    assert "25 aktive" in result.stdout
    assert demo_file.read_bytes() == before
    conn = sqlite3.connect(demo_file)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_summary_shows_the_tables(demo_file: Path, tmp_path: Path, isolated_home: Path) -> None:
    result = run("summary", demo_file, "--today", TODAY, "--limit", "40", home=isolated_home,
                 cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for heading in ("Største behov", "Sårbare kompetanser", "Uenighet mellom egenvurdering",
                    "Gamle vurderinger", "Nye ansatte uten «Ny i NAV»"):
        assert heading in out
    assert "Økonomisk rådgivning og budsjett" in out  # the competence only one person holds
    assert "Motiverende intervju" in out
    assert "forfalt" in out


def test_init_then_check_and_summary(tmp_path: Path, isolated_home: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ny.kkart"
    result = run("init", path, "--office", "NAV Testby", "--municipality", "Testby",
                 home=isolated_home, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Opprettet" in result.stdout
    assert in_process(["check", str(path)], capsys)[0] == 0
    code, out, _ = in_process(["summary", str(path)], capsys)
    assert code == 0
    assert "NAV Testby: 0 aktive ansatte" in out
    assert "Ingen gap mot målene." in out
    assert not list(tmp_path.glob("*.lock")) and not list(tmp_path.glob("*-journal"))


def _foreign(path: Path, kind: str) -> str:
    """Make a file that must be refused; returns words the message must contain."""
    if kind == "text":
        path.write_text("Dette er et notat, ikke en kontorfil.\n" * 10, encoding="utf-8")
        return "ikke en Kompetansekart-fil"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    if kind == "newer":
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    return "annet program" if kind == "foreign" else "nyere versjon"


def test_check_refuses_a_renamed_text_file_end_to_end(tmp_path: Path,
                                                      isolated_home: Path) -> None:
    path = tmp_path / "kontor.kkart"
    words = _foreign(path, "text")
    before = path.read_bytes()
    line = one_line_error(run("check", path, home=isolated_home, cwd=tmp_path))
    assert words in line and "Filen er ikke endret" in line
    assert path.read_bytes() == before


def in_process(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the command line in this process (fast) and capture what it prints."""
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def one_line(code: int, err: str) -> str:
    assert code != 0
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("kind", ["text", "foreign", "newer"])
@pytest.mark.parametrize("command", ["check", "summary"])
def test_check_and_summary_refuse_foreign_files(tmp_path: Path, kind: str, command: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "kontor.kkart"
    words = _foreign(path, kind)
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = path.read_bytes()
    code, _, err = in_process([command, str(path)], capsys)
    line = one_line(code, err)
    assert words in line
    assert "Filen er ikke endret" in line
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == 1_600_000_000_000_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kontor.kkart"]


def test_check_exits_nonzero_on_broken_references(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ny.kkart"
    assert in_process(["init", str(path), "--office", "NAV Testby"], capsys)[0] == 0
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO personrole(person_id, role_id) VALUES (42, 1)")
    conn.commit()
    conn.close()
    code, out, _ = in_process(["check", str(path)], capsys)
    assert code == 1
    assert "FEIL" in out and "Filen har feil" in out


@pytest.mark.parametrize(("args", "words"), [
    (("demo", "{dir}/x.kkart", "--staff", "2"), "fra 3 til 1000"),
    (("demo", "{dir}/x.kkart", "--staff", "1001"), "fra 3 til 1000"),
    (("demo", "{dir}/x.kkart", "--today", "31.02.2026"), "ikke en gyldig dato"),
    (("check", "{dir}/finnes-ikke.kkart"), "Finner ikke"),
    (("summary", "{dir}"), "mappe"),
    (("summary", "{dir}/finnes-ikke.kkart", "--limit", "0"), "minst 1"),
    (("init", "{dir}/y.kkart", "--office", "  "), "navn"),
])
def test_errors_are_one_clear_line(tmp_path: Path, args: tuple[str, ...], words: str,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = in_process([a.format(dir=tmp_path) for a in args], capsys)
    assert words in one_line(code, err)
    assert not (tmp_path / "x.kkart").exists()
    assert not list(tmp_path.glob(".*.new"))


def test_demo_refuses_to_overwrite(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = demo_file.read_bytes()
    code, _, err = in_process(["demo", str(demo_file)], capsys)
    assert "finnes allerede" in one_line(code, err)
    assert demo_file.read_bytes() == before


def test_headless_commands_do_not_import_qt(tmp_path: Path, isolated_home: Path) -> None:
    script = (
        "import sys\n"
        "from kompetansekart.cli import main\n"
        f"folder = {str(tmp_path)!r}\n"
        "codes = [\n"
        "    main(['init', folder + '/a.kkart', '--office', 'NAV A']),\n"
        f"    main(['demo', folder + '/b.kkart', '--staff', '5', '--today', {TODAY!r}]),\n"
        "    main(['check', folder + '/b.kkart']),\n"
        "    main(['summary', folder + '/b.kkart']),\n"
        "]\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', "
        "'kompetansekart.ui')))\n"
        "print('CODES', codes)\n"
        "print('QT', qt)\n"
    )
    env = {**os.environ, "KOMPETANSEKART_HOME": str(isolated_home)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "CODES [0, 0, 0, 0]" in result.stdout
    assert "QT []" in result.stdout


def test_summary_says_when_a_buddy_has_left(office: object,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date

    from kompetansekart.services import staff
    from kompetansekart.storage.officefile import OfficeFile

    assert isinstance(office, OfficeFile)
    staff.add_person(office, staff.PersonFields("Fadder Fadderud"))
    buddy = int(office.query("SELECT id FROM person WHERE name = 'Fadder Fadderud'")[0][0])
    staff.add_person(office, staff.PersonFields("Ny Nyberg", start_date=date.today(),
                                                buddy_id=buddy))
    staff.set_active(office, buddy, False)
    assert main(["summary", str(office.path)]) == 0
    assert "Fadder Fadderud (har sluttet)" in capsys.readouterr().out
