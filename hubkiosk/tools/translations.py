"""Qt translations: ``update`` extracts strings to .ts, ``compile`` builds .qm files.

    python -m hubkiosk.tools.translations update    # pyside6-lupdate over hubkiosk/
    python -m hubkiosk.tools.translations compile   # pyside6-lrelease to .qm

English is the source language: its file holds only the forms of words that follow a
count ("1 second", "2 seconds"; lupdate's -pluralonly). Translators edit the .ts files (Qt
Linguist, or any XLIFF-like editor); the compiled .qm files are build output.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from hubkiosk.core.i18n import CODES
from hubkiosk.resources import resource

PACKAGE = Path(__file__).resolve().parent.parent


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def ts_files() -> list[Path]:
    return [resource("translations", f"hubkiosk_{code}.ts") for code in CODES]


def update() -> None:
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py") if "tools" not in p.parts)
    for ts in ts_files():
        english = ["-pluralonly", "-target-language", "en_GB"] if ts.stem.endswith("_en") else []
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, "-no-obsolete", *english, "-ts", str(ts)],
            check=True,
        )
        drop_code_notes(ts)


#: A note lupdate attached to a string, and the line it stands on.
_NOTE = re.compile(r"\n[ \t]*<extracomment>.*?</extracomment>", re.DOTALL)


def drop_code_notes(ts: Path) -> None:
    """Take out the notes lupdate made of the code's ``#:`` comments: for Python it reads
    ``#:`` as a note to the translator of the next string, but here those comments
    document attributes, and a translator saw keyboard internals beside "You typed: %1"."""
    text = ts.read_text(encoding="utf-8")
    kept = _NOTE.sub("", text)
    if kept != text:
        ts.write_text(kept, encoding="utf-8")


def compile_all() -> None:
    for ts in ts_files():
        if ts.exists():
            subprocess.run(
                [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                check=True,
            )


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "compile"
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
