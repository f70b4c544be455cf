"""The site's initial content, built by `manage.py load_initial_content`: a module per section."""
