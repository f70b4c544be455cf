"""The search of `make run`: Wagtail's database backend on SQLite, whose full-text engine (FTS5)
has a query syntax of its own. The suite runs on PostgreSQL, so this runs in a fresh
interpreter with the development settings on an SQLite file: each string goes through the
backend's query building, as the site's search, the admin's search and its choosers ask it,
and SQLite runs the full-text query that comes out against a table holding one document."""

import json

from tests.hostile_corpus import CORPUS
from tests.site.helpers import run

SEARCH_EACH_STRING = """
import json, sys
import django

django.setup()
from django.db import DatabaseError, connection
from modelsearch.backends import get_search_backend
from modelsearch.backends.database.sqlite.query import (
    MatchExpression, SQLiteFTSIndexEntry, normalize,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import parse_query_string

from members.models import Member

table = SQLiteFTSIndexEntry._meta.db_table
with connection.cursor() as cursor:
    # The full-text table as Wagtail's migration creates it.
    cursor.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(autocomplete, body, title)")
    cursor.execute(f"INSERT INTO {table} VALUES ('Seoul a smart city', 'a \\"smart\\" city', 'Seoul')")

backend = get_search_backend()
outcomes = {}
for text in json.load(sys.stdin):
    # As typed (the site's search), then parsed for phrases in quotes (the admin's page search);
    # for whole words and, as choosers ask, for the beginning of the last one.
    for query in (text, parse_query_string(text)[1]):
        for compiler_class in (
            backend.query_compiler_class,
            backend.autocomplete_query_compiler_class,
        ):
            compiler = compiler_class(Member.objects.all(), query)
            normalized = normalize(compiler.query)
            if isinstance(normalized, (MatchAll, Not)):
                continue  # nothing to match: no full-text query is made
            match = MatchExpression(
                compiler.FTS_TABLE_FIELDS, compiler.build_search_query(normalized)
            )
            try:
                outcome = len(SQLiteFTSIndexEntry.objects.filter(match).values_list("pk"))
            except (DatabaseError, RecursionError) as error:
                outcome = str(error)
            outcomes.setdefault(text, []).append(outcome)
print(json.dumps(outcomes))
"""


def search_on_sqlite(tmp_path, texts):
    """For each text, what each way of asking found: a number of documents, or the error."""
    result = run(
        ["-c", SEARCH_EACH_STRING],
        "wego_site.settings.dev",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        stdin=json.dumps(texts),
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_no_hostile_string_breaks_the_full_text_query(tmp_path):
    texts = [hostile.value for hostile in CORPUS if isinstance(hostile.value, str)]
    errors = {
        text: outcome
        for text, outcomes in search_on_sqlite(tmp_path, texts).items()
        for outcome in outcomes
        if isinstance(outcome, str)
    }
    assert errors == {}


def test_quotes_and_nul_are_searched_as_text(tmp_path):
    outcomes = search_on_sqlite(tmp_path, ['"smart" city', 'Seoul"', "Seoul\x00", 'a"b', " "])
    assert outcomes['"smart" city'] == [1, 1, 1, 1]
    assert outcomes['Seoul"'] == [1, 1, 1, 1]
    assert outcomes["Seoul\x00"] == [1, 1, 1, 1]
    assert outcomes['a"b'] == [0, 0, 0, 0]
    # Blank: nothing found; the admin's parsing asks no query at all.
    assert outcomes[" "] == [0, 0]
