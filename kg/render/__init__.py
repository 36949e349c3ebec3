"""The interactive HTML graph."""

from .html import render_html

__all__ = ["render_html"]
