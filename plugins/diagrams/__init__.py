"""Diagrams as code: `docs/diagrams/<name>.py` rendered to light, self-contained SVG per language.

source.py loads and checks a diagram source, render.py turns it into SVG with Graphviz (cached,
in parallel), icons.py shrinks the AWS icons, svg.py makes the SVG self-contained, manager.py
ties results to pages and plugin.py holds the MkDocs hooks.
"""
