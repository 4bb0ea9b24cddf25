"""Widgets that share one style model (and, for HTML, one layout model) with the others.

ipywidgets gives every widget a Layout model of its own and every text box, HTML and button a
Style model of its own: 148 of E05's 231 models. Each one is a comm the kernel opens, a state
the page asks for and messages the server relays, and with a class of 30 opening exercises at
once that is most of what a learner waits for. The worksheet never changes these widgets'
style, nor an HTML widget's layout, so one model serves them all.

Never change ``.style`` of a widget made here, nor ``.layout`` of an HTML widget: it would change
every widget that shares it. Pass ``layout=``/``style=`` of their own to widgets that need it.
"""

from __future__ import annotations

from functools import cache

import ipywidgets as w
from ipywidgets.widgets.widget_string import HTMLStyle, TextStyle


@cache
def _one(model: type) -> w.Widget:
    """This kernel's one instance of a layout or style model (made on first use, in the kernel)."""
    return model()


def html(value: str = "", **kwargs) -> w.HTML:
    """An HTML widget with the shared style and, unless given, the shared plain layout."""
    kwargs.setdefault("layout", _one(w.Layout))
    kwargs.setdefault("style", _one(HTMLStyle))
    return w.HTML(value, **kwargs)


def text(**kwargs) -> w.Text:
    """A text box with the shared style (its layout is its own unless given)."""
    kwargs.setdefault("style", _one(TextStyle))
    return w.Text(**kwargs)


def button(**kwargs) -> w.Button:
    """A button with the shared style (its layout is its own unless given)."""
    kwargs.setdefault("style", _one(w.ButtonStyle))
    return w.Button(**kwargs)
