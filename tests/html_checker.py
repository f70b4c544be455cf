"""The Nu HTML Checker (npm's vnu-jar), run with the machine's Java."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

VNU_JAR = (
    Path(__file__).resolve().parent.parent
    / "node_modules"
    / "vnu-jar"
    / "build"
    / "dist"
    / "vnu.jar"
)


def html_errors(documents, tmp_path):
    """{name: [error messages]} for the given {name: html} documents."""
    if not VNU_JAR.exists():
        pytest.fail(f"Nu HTML Checker: {VNU_JAR} is missing; `make test` installs it with npm ci.")
    files = {}
    for number, (name, html) in enumerate(documents.items()):
        path = tmp_path / f"page-{number}.html"
        path.write_text(html)
        files[path.name] = name
    java = shutil.which("java")
    if java is None:
        pytest.fail("Nu HTML Checker: no java on PATH to run it with.")
    result = subprocess.run(
        [
            java,
            "-jar",
            str(VNU_JAR),
            "--format",
            "json",
            "--exit-zero-always",
            *map(str, tmp_path.glob("page-*.html")),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    errors = {name: [] for name in documents}
    for message in json.loads(result.stderr)["messages"]:
        if message["type"] == "error":
            name = files[message["url"].rsplit("/", 1)[-1]]
            errors[name].append(f"line {message.get('lastLine')}: {message['message']}")
    return {name: found for name, found in errors.items() if found}
