"""End to end: `kompetansekart --demo` starts the window and shuts down cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def test_demo_window_starts_and_closes_the_office_on_sigterm(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "KOMPETANSEKART_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "kompetansekart", "--demo"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lock = home / "demo.kkart.lock"
    try:
        # Wait (bounded) for the window to have the demo office open: its lock file appears.
        deadline = time.monotonic() + 60
        while not lock.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert lock.exists(), proc.stderr.read() if proc.poll() is not None else "timed out"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert not lock.exists()
    log = (home / "logs" / "kompetansekart.log").read_text(encoding="utf-8")
    assert "opened" in log and "demo.kkart" in log
