"""Sphinx configuration of the reference site.

The build is offline and strict: ``tox -e docs`` runs it with ``-W --keep-going -n``,
so a warning or a reference that does not resolve fails it. Pages that are read off
the schemas (field tables, object graph, OpenAPI download) come from the project's
extension in ``_ext/schema_docs.py``.
"""

import builtins
import sys
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The project root, so a checkout builds without installing; tox installs it anyway.
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE / "_ext"))

project = "cohesity-appinstance-schemas"
author = "The cohesity-appinstance-schemas authors"
copyright = "2026, " + author
try:
    release = metadata.version(project)
except metadata.PackageNotFoundError:
    release = "unreleased"
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
    "sphinx.ext.napoleon",
    "sphinx.ext.graphviz",
    "sphinx.ext.doctest",
    "schema_docs",
]

exclude_patterns = ["_build"]
templates_path: list = []

# -- autodoc: pages like the source documentation's ------------------------------------

# Signatures read as the source pages do: `(app_access_token=None, ...)`, no hints.
autodoc_typehints = "none"
autodoc_member_order = "bysource"
autodoc_class_signature = "mixed"
# "Bases: models.base.Model", in full, as the source pages print it.
autodoc_typehints_format = "fully-qualified"

# -- napoleon: Google-style docstrings -------------------------------------------------

napoleon_google_docstring = True
napoleon_numpy_docstring = False
# `Attributes:` becomes one list headed "Attributes", each entry "name (type label) -
# meaning", as the source pages meant it. Rendered like `Args:` in plain text, so a
# type label is not taken for a class name; schema_docs skips autodoc's second entry
# for each of those members.
napoleon_custom_sections = [("Attributes", "params_style")]

# -- references ------------------------------------------------------------------------

nitpicky = True
# No intersphinx: the build fetches nothing. These targets stay plain text on purpose.
nitpick_ignore = [
    # Type labels of the source pages name wire types, not Python classes: `string`,
    # `long|int`, `dictionary`; `callable` is a plain word as well.
    ("py:class", "string"),
    ("py:class", "long"),
    ("py:class", "dictionary"),
    ("py:class", "callable"),
]
nitpick_ignore_regex = [
    # Classes of the libraries the project builds on; their docs are not fetched.
    (r"py:.*", r"(marshmallow|marshmallow_enum|apispec|sphinx|docutils)(\..*)?"),
    # Python's own modules and built-in functions, for the same reason (the list of
    # modules needs Python 3.10; Sphinx 9 needs 3.11 anyway).
    (r"py:.*", rf"({'|'.join(sorted(sys.stdlib_module_names))})(\..*)?"),
    (r"py:.*", rf"({'|'.join(name for name in dir(builtins) if name[0] != '_')})"),
]

# -- graphviz --------------------------------------------------------------------------

graphviz_output_format = "svg"

# -- HTML ------------------------------------------------------------------------------

html_theme = "sphinx_rtd_theme"
html_title = f"{project} {release}"
html_static_path = ["_static"]
html_css_files = ["schema_docs.css"]
html_theme_options = {"navigation_depth": 3}
html_show_sourcelink = True
