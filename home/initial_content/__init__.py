"""The site's initial content, built by `manage.py load_initial_content`: a module per section.

A section module holds its pages as constants, each English text written as a `text.Text`
with its translations beside it, and functions that build what is missing. `languages`
gathers the translated pages of every section and translates them."""
