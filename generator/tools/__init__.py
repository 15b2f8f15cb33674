"""Tools beside the build: evaluation, corpus analysis and the ``analyze`` command."""
