import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# What this test run sets that must not leak into the command under test.
RUN_VARIABLES = (
    "DATABASE_URL",
    "ELASTICSEARCH_URL",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
)


def run(args, settings_module, *, stdin=None, **environment):
    """Run a command of the project in a fresh interpreter, without this run's variables
    unless given again; `stdin` is text for its standard input."""
    env = {key: value for key, value in os.environ.items() if key not in RUN_VARIABLES}
    env.update(environment, DJANGO_SETTINGS_MODULE=settings_module)
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_value(expression, settings_module, **environment):
    code = f"import django; django.setup(); from django.conf import settings; print({expression})"
    result = run(["-c", code], settings_module, **environment)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
