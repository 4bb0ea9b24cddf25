"""Sphinx extension: every page gets a Latvian ``<meta name="description">`` (search results and link
previews show it), taken from the page's own lead paragraph, so it never drifts from the text.

Sphinx has no page description of its own, and writing 100+ front-matter blocks by hand would.
"""

from __future__ import annotations

import html
import re

from docutils import nodes

DEFAULT = "Interaktīva darba burtnīca amatniekiem, kuri vēlas pārdot savus darbus internetā."
LIMIT = 160


def description(doctree: nodes.document) -> str:
    """The first paragraph of a page, whitespace collapsed and cut at a word near ``LIMIT`` characters."""
    for paragraph in doctree.findall(nodes.paragraph):
        text = re.sub(r"\s+", " ", paragraph.astext()).strip()
        if len(text) >= 40:
            if len(text) > LIMIT:
                text = text[:LIMIT].rsplit(" ", 1)[0].rstrip(",;:–-") + "…"
            return text
    return DEFAULT


def add_description(app, pagename, templatename, context, doctree) -> None:
    text = description(doctree) if doctree is not None else DEFAULT
    context["metatags"] = context.get("metatags", "") + f'\n<meta name="description" content="{html.escape(text)}" />'


def setup(app):
    app.connect("html-page-context", add_description)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
