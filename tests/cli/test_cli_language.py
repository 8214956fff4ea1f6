"""The command line speaks Norwegian also in argparse's own texts (usage, help, errors)."""

from __future__ import annotations

import pytest

from kompetansekart.cli import main

ENGLISH = ("usage:", "positional arguments", "options:", "show this help", "the following",
           "required", "invalid choice", "show program's version")


def test_help_is_norwegian(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["--help"], ["share", "--help"], ["screenshot", "--help"]):
        with pytest.raises(SystemExit):
            main(args)
        out = capsys.readouterr().out
        assert out.startswith("bruk: ")
        assert "vis denne hjelpen og avslutt" in out
        for word in ENGLISH:
            assert word not in out, (args, word)


@pytest.mark.parametrize(("args", "words"), [
    (["init"], "disse argumentene mangler: FIL, --office"),
    (["share", "x.kkart", "--summary"], "disse argumentene mangler: -o/--output"),
    (["screenshot", "x.kkart", "--view", "overview", "-o", "x.png", "--lang", "se"],
     "ugyldig valg: 'se' (velg blant 'nb', 'en')"),
    (["demo", "x.kkart", "--staff", "mange"], "ugyldig verdi: 'mange'"),
    (["check", "a.kkart", "b.kkart"], "ukjente argumenter: b.kkart"),
])
def test_usage_errors_are_norwegian(args: list[str], words: str,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert words in err
    for word in ENGLISH:
        assert word not in err, word


@pytest.mark.parametrize("command", [["init"], ["screenshot"], ["catalogue", "import"]])
def test_placeholders_in_usage_are_norwegian(command: list[str],
                                             capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    out = capsys.readouterr().out
    for word in ("OFFICE", "MUNICIPALITY", "COUNTY", "REGION", "VIEW", "MODE", "OUTPUT",
                 "SIZE", " path"):
        assert word not in out, word
