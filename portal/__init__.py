"""The project shell: settings, root URLs and wsgi. It sits above every app; no app imports it."""
