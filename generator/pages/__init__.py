"""Pages: view objects, Jinja2 pages, feeds and exports written for MkDocs (the output producers)."""
