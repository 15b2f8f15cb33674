"""PlainPolicy: privacy policies in plain words, with evidence.

Stages, in the order data flows: load -> segment -> analyze -> summarize ->
render -> export; ``build.build_site`` runs them all.
"""

__version__ = "0.1.0"
