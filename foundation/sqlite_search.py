"""Wagtail's database search backend on SQLite (`make run`), for any text people type.

The backend puts each word of a query in double quotes for SQLite's full-text engine (FTS5),
but leaves as they are the double quotes typed inside a word, which end the string early, and
NUL, which ends it for FTS5's parser: `"`, `a"b` or `a<NUL>` made FTS5 refuse the query and
the page answer 500. It builds nothing from a query of no words, and nests one expression per
word, which Python compiles recursively: thousands of words exhausted the stack. Imported only
on SQLite: the modules it builds on define their models only there."""

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import And, Or, Phrase, PlainText

# Words (or quoted phrases) of a query that are searched; nobody types more.
MAX_TERMS = 100


def as_fts5_string(text):
    """The text as it may stand inside an FTS5 string: a doubled quote is the character itself;
    NUL separates words like a space."""
    return text.replace("\x00", " ").replace('"', '""')


def within_fts5_syntax(query):
    """The same query in terms FTS5 reads as text, at most MAX_TERMS of them. Queries combine
    these three kinds, which the compiler hands back here one by one."""
    if isinstance(query, PlainText):
        words = as_fts5_string(query.query_string).split()[:MAX_TERMS]
        return PlainText(" ".join(words), operator=query.operator, boost=query.boost)
    if isinstance(query, Phrase):
        return Phrase(as_fts5_string(query.query_string))
    if isinstance(query, And | Or):
        return type(query)(query.subqueries[:MAX_TERMS])
    return query


class WithinSyntaxMixin:
    def build_search_query_content(self, query, config=None):
        query = within_fts5_syntax(query)
        if isinstance(query, PlainText) and not query.query_string:
            # An empty string, which FTS5 finds nowhere.
            return SearchQueryExpression(Lexeme(""), config=config)
        return super().build_search_query_content(query, config=config)


class SearchQueryCompiler(WithinSyntaxMixin, SQLiteSearchQueryCompiler):
    pass


class AutocompleteQueryCompiler(WithinSyntaxMixin, SQLiteAutocompleteQueryCompiler):
    pass


class SearchBackend(SQLiteSearchBackend):
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
