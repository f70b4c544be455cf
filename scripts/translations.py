"""The interface translation catalogues in locale/<language>/LC_MESSAGES/django.po.

    python scripts/translations.py compile   write the .mo files the site reads (pure Python)
    python scripts/translations.py check     fail if a catalogue is out of date with the code,
                                             incomplete, or does not compile

`check` extracts the strings from the code with Django's makemessages (gettext's xgettext),
compares them with the catalogues, then puts the catalogues back as they were. Languages whose
catalogue is committed must be complete; the site's other languages fall back to English.
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "locale"
IGNORED = [".venv", "node_modules", ".services", "tests", "scripts", "*/migrations/*", "var"]


def catalogues():
    return sorted(LOCALE.glob("*/LC_MESSAGES/django.po"))


def language(path):
    return path.parent.parent.name


def compile_catalogues():
    for path in catalogues():
        polib.pofile(str(path)).save_as_mofile(str(path.with_suffix(".mo")))
        print(f"compiled {path.relative_to(ROOT)}")


def messages(path):
    return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path)) if not entry.obsolete}


def extracted_messages():
    """{language: messages} as makemessages extracts them from the code today."""
    snapshot = Path(tempfile.mkdtemp(prefix="wego-locale-"))
    shutil.copytree(LOCALE, snapshot, dirs_exist_ok=True)
    try:
        command = [sys.executable, "manage.py", "makemessages", "--no-location", "--no-obsolete"]
        for path in catalogues():
            command += ["-l", language(path)]
        for pattern in IGNORED:
            command += ["--ignore", pattern]
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
        return {language(path): messages(path) for path in catalogues()}
    finally:
        shutil.rmtree(LOCALE)
        shutil.copytree(snapshot, LOCALE)
        shutil.rmtree(snapshot)


def check_catalogues():
    problems = []
    current = extracted_messages()
    for path in catalogues():
        code = language(path)
        committed = messages(path)
        missing = current[code] - committed
        stale = committed - current[code]
        if missing:
            problems.append(f"{code}: {len(missing)} strings of the code are not in the catalogue")
        if stale:
            problems.append(f"{code}: {len(stale)} strings of the catalogue are no longer used")
        catalogue = polib.pofile(str(path))
        untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
        fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
        if untranslated:
            problems.append(f"{code}: {len(untranslated)} untranslated, e.g. {untranslated[0]!r}")
        if fuzzy:
            problems.append(f"{code}: {len(fuzzy)} fuzzy, e.g. {fuzzy[0]!r}")
        compiled = subprocess.run(
            ["msgfmt", "--check", "--output-file=/dev/null", str(path)],
            capture_output=True,
            text=True,
        )
        if compiled.returncode:
            problems.append(f"{code}: does not compile:\n{compiled.stderr}")
    if problems:
        print("Translation catalogues need work (run `manage.py makemessages -l <language>`):")
        print("\n".join(f"  - {problem}" for problem in problems))
        return 1
    print(f"Translation catalogues complete and up to date: {', '.join(current)}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["compile"]:
        compile_catalogues()
    elif sys.argv[1:] == ["check"]:
        sys.exit(check_catalogues())
    else:
        sys.exit(__doc__)
